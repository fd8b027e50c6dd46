# The communique paragraph by paragraph: adopt Pn ["text"], hold Pn, reopen Pn.

cmd-expected-paragraph = expected a paragraph id such as P3 or G-totals, found "{ $found }". Usage: { $usage }

para-err-unknown = no paragraph "{ $id }" in the communique: recorded paragraphs are P1, P2 …, generated ones G-opening, G-attendance, G-totals, G-admissions, G-chair-ITEM, G-chair, G-adoption, G-thanks and G-next (the live screen's Communique view shows each id).
para-err-not-printed = the communique has no paragraph { $id } now: the facts it would state are not recorded yet.
para-err-adopted = paragraph { $id } is adopted: its words change only if it is reopened ({ $reopen }).
para-err-bracketed = paragraph { $id } still has words in brackets ({ $brackets }): agree or drop each before adopting it.
para-err-words = the words of paragraph { $id } in { $lang } are missing or not in an official language: adopt it again from the program, which records them as printed.
para-err-held = paragraph { $id } is already held for consultations: adopt it when they are over (adopt { $id }).
para-err-not-adopted = paragraph { $id } is not adopted: there is nothing to reopen.
para-err-communique-held = the communique still has paragraphs held for consultations: { $paragraphs }. Adopt each (adopt Pn, or adopt Pn "text" as orally amended) before adopting the communique.
undo-adoption-paragraph = cannot undo the adoption of paragraph { $id }: undo never reverses an adoption. To change the paragraph, reopen it, which is recorded: { $reopen }
undo-reopening-paragraph = cannot undo the reopening of paragraph { $id }: adopt it again, which is recorded: { $adopt }

# Printed under a paragraph of a draft communique held for consultations.
para-held-note = Held for consultations.

# A version made by adopting a paragraph as orally amended (after "Version n, ").
para-version-oral = adopted as orally amended

# The live screen's Communique view, after the id of a paragraph adopted one by one: [P3, adopted].
para-screen-adopted = adopted

# Keys of the live screen's Communique view (shown by ?).
para-key-next = next paragraph (to adopt or hold)
para-key-prev = previous paragraph
para-key-adopt = adopt the selected paragraph as it stands
para-key-hold = hold the selected paragraph for consultations
