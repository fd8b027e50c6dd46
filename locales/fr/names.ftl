# Les noms comme termes grammaticaux : ce que dit `plenary check`.

file-missing-forms = `{ $name }` n’a pas { $count ->
    [one] la forme
   *[other] les formes
  } « { $forms } » en { $lang } : { $count ->
    [one] ajoutez-la
   *[other] ajoutez-les
  } sous `forms.{ $lang }` (docs/file-formats.md, « Name forms ») ; d’ici là, ses phrases emploient une construction qui s’en passe.
cli-check-missing-forms = { $count ->
    [one] { $count } nom n’a pas toutes ses formes grammaticales ; les documents emploient pour lui une construction de repli.
   *[other] { $count } noms n’ont pas toutes leurs formes grammaticales ; les documents emploient pour eux une construction de repli.
  }
