# Names as grammatical terms: what `plenary check` says about them.

file-missing-forms = `{ $name }` has no { $forms } in { $lang }: add { $count ->
    [one] it
   *[other] them
  } under `forms.{ $lang }` (docs/file-formats.md, "Name forms"); until then its sentences use a construction that needs none.
cli-check-missing-forms = { $count ->
    [one] { $count } name lacks grammatical forms; the documents use a fallback construction for it.
   *[other] { $count } names lack grammatical forms; the documents use a fallback construction for them.
  }
