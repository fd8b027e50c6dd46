# Los nombres como términos gramaticales: lo que dice `plenary check`.

file-missing-forms = `{ $name }` no tiene { $count ->
    [one] la forma
   *[other] las formas
  } «{ $forms }» en { $lang }: { $count ->
    [one] añádala
   *[other] añádalas
  } en `forms.{ $lang }` (docs/file-formats.md, «Name forms»); mientras tanto, sus oraciones usan una construcción que no las necesita.
cli-check-missing-forms = { $count ->
    [one] { $count } nombre no tiene todas sus formas gramaticales; los documentos usan para él una construcción alternativa.
   *[other] { $count } nombres no tienen todas sus formas gramaticales; los documentos usan para ellos una construcción alternativa.
  }
