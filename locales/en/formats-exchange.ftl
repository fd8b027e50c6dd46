# XLIFF exchange with translators' CAT tools, and binary document formats.

xliff-not-well-formed = the file is not well-formed XML: { $reason }. Check that it was saved whole by the CAT tool.
xliff-doctype = the file declares a DOCTYPE: XLIFF needs none, and entities could expand without end. Export the file again from the CAT tool.
xliff-entity = the file uses an entity that XML does not define ({ $reason }): write the character itself.
xliff-version = this is XLIFF { $version }; plenary reads XLIFF 1.2. Export version 1.2 from the CAT tool.
xliff-not-xliff = this is not an XLIFF file (it starts with “{ $element }”): give the .xlf file the CAT tool wrote.
xliff-no-target-language = the <file> element has no target-language: say which language was translated into.
xliff-mixed-languages = the file mixes several language pairs: import one language at a time.
xliff-unit-without-id = a <trans-unit> has no id: this file was not exported by plenary.
xliff-one-language = give one language to translate into, not all.
xliff-target-is-original = { $lang } is the original language of the documents: give a language to translate into.
xliff-kind = { $kind ->
    [decision] decision
    [recommendation] recommendation
    [administrative-decision] administrative decision
    [note] paragraph of the communique
    [report] working-group report
    [statement] statement for the record
    [reservation] reservation on a decision
    [objection] reason given for an objection
    [action] action to be taken
   *[other] { $kind }
  }
xliff-note = Agenda item { $item }: { $kind }
xliff-note-stale = The original was amended after this translation was made: check the translation against the new original.
xliff-exported = { $lang }: { $count } { $count ->
    [one] text waits
   *[other] texts wait
  } for translation.
xliff-source-language = { $file }: the source language is { $found }, but the original language of this meeting is { $expected }.
xliff-unknown-unit = { $file }: no text of this meeting has the id { $id }: the file is for another meeting. Nothing was recorded.
xliff-unit-changed = { $id }: the original was amended since the export; the { $lang } translation is not recorded. Export again and translate the new original.
xliff-unit-refused = { $id }: { $reason }. Nothing was recorded.
xliff-imported = { $lang }: { $count } { $count ->
    [one] translation recorded
   *[other] translations recorded
  }, { $unchanged } unchanged, { $refused } refused.
xliff-not-utf8 = { $file } is not UTF-8: save it from the CAT tool as UTF-8.
formats-binary-to-terminal = a { $format } document is not text for a terminal: write it to a file with -o FILE, or redirect standard output.
formats-pdf-failed = the PDF could not be typeset: { $reason }
