# Seals and corrigenda: an adopted text is sealed in each language, and
# changes only by a corrigendum; each language has its own fingerprint.

help-cmd-correct = a corrigendum of an adopted text in one language: the new sealed words and why

err-sealed = { $id } is adopted and sealed in { $lang }, so { $what ->
    [amend] it cannot be amended
    [translate] its translation into { $lang } is final and cannot be replaced
    [propose] no proposal can be made on it
   *[accept] { $amendment } cannot be accepted
  }. A sealed text changes only by a corrigendum, which is recorded and printed: { $correct }. To negotiate it again, reopen it: { $reopen }
err-correct-unsealed = { $id } is not sealed in { $lang }: { $why ->
    [adopted] it is not adopted, so it changes by an amendment, not a corrigendum: { $amend }
   *[translation] its translation into { $lang } is not final yet, so it changes by a translation, not a corrigendum: { $translate }
  }
err-correct-no-reason = a corrigendum needs a reason, printed with it: give it as the last text, correct ID LANG "text" "reason".
undo-correction = cannot undo the corrigendum of { $id } in { $lang }: undo never reverses a sealed text. Record another corrigendum instead: { $correct }
undo-sealed = cannot undo "{ $command }": it would change the sealed text of { $id } in { $lang }. A sealed text changes only by a corrigendum: { $correct }

# The version line of a corrected original ("Version 3: corrected (a typing error), 24 June 2009.").
seal-version-corrected = corrected ({ $reason })
# Printed on the text, in every format, decision and communique.
seal-corrected = Corrected on { $date }: { $reason }
# The fingerprint of the text in the document's language, at its end and at the foot of each page.
seal-fingerprint = Fingerprint of the { $language } text (first 16 hexadecimal digits of its SHA-256): { $fingerprint }
seal-fingerprint-corrected = Corrigendum of { $date } in { $language }: fingerprint { $before } before, { $after } after.
cli-fingerprint-lang = { $id } ({ $language }): fingerprint { $fingerprint }

# The delegates' site: the fingerprints page.
pub-fingerprints-how = Each value is the first 16 hexadecimal digits of the SHA-256 of the text in that language as printed (its Unicode NFC form, in UTF-8, without a final line break): printf '%s' "TEXT" | sha256sum gives it.
pub-col-corrigenda = Earlier sealed versions
pub-corrigendum = { $language }, corrected on { $date }: { $reason }. Fingerprint before: { $before }; after: { $after }.
