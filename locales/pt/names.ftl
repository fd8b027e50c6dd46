# Os nomes como termos gramaticais: o que diz `plenary check`.

file-missing-forms = `{ $name }` não tem a forma «{ $forms }» em { $lang }: acrescente-a em `forms.{ $lang }` (docs/file-formats.md, «Name forms»); até lá, as suas frases usam uma construção que dispensa essa forma.
cli-check-missing-forms = { $count ->
    [one] { $count } nome não tem todas as formas gramaticais; os documentos usam para ele uma construção alternativa.
   *[other] { $count } nomes não têm todas as formas gramaticais; os documentos usam para eles uma construção alternativa.
  }
