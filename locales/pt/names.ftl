# Os nomes como termos gramaticais: o que diz `plenary check`.

file-missing-forms = `{ $name }` não tem { $count ->
    [one] a forma
   *[other] as formas
  } «{ $forms }» em { $lang }: { $count ->
    [one] acrescente-a
   *[other] acrescente-as
  } em `forms.{ $lang }` (docs/file-formats.md, «Name forms»); até lá, as suas frases usam uma construção que as dispensa.
cli-check-missing-forms = { $count ->
    [one] { $count } nome não tem todas as formas gramaticais; os documentos usam para ele uma construção alternativa.
   *[other] { $count } nomes não têm todas as formas gramaticais; os documentos usam para eles uma construção alternativa.
  }
