# Ids, outcome history, the adopted communique, and the command table's help.

err-id-empty = an id cannot be empty.
err-id-keyword = "{ $id }" is a word of the command language and cannot be an id: choose another id.
err-id-hidden-char = this id holds an invisible or control character ({ $code }): retype it with visible characters and plain spaces only.
err-id-spaces = "{ $id }" has spaces where an id cannot: a delegation or body id is one word, and a decision id has single spaces between words, none at either end.
err-id-quote = "{ $id }" holds a double quote, which an id cannot.
err-id-no-letter = "{ $id }" is not a decision id: it needs a letter (such as KP/2009/IS/3), so that it cannot be taken for an item number.
err-id-program-made = "{ $id }" is not a decision id: P1, A1, R1, O1 and AM1 are the program's ids for paragraphs, actions, reservations, objections and amendments.
cmd-expected-text-id = expected the id of a decision, paragraph (P1), action (A1), reservation (R1) or objection (O1), found "{ $found }". Usage: { $usage }
err-unknown-text = no reservation or objection "{ $id }". The export and the translation matrix list every text with its id.
err-objector-absent = { $id } is not marked present, and only a participant present can object. If the delegation is in the room: present { $id }
err-already-objected = { $by } already has an objection standing to { $id }.
err-adopt-objected = { $id } cannot be adopted: { $by } objected, and the objection stands. Once it is withdrawn ({ $withdraw }), adopt it.
err-no-objection = { $by } has no objection standing to { $id }.
err-communique-final = the communique is adopted and can no longer change. To change it, first: reopen communique
err-communique-not-adopted = the communique is not adopted: there is nothing to reopen.

# $delegations: the names, each with its article, as after "by"
# (name-in-list, case "by"); $delegation and its forms: one name.
dec-blocked = Not adopted: consensus is blocked by { $delegations } (objection of { $date }; { $count ->
    [one] one objection stands
   *[other] { $count } objections stand
}).
dec-history = Outcome: { $steps }.
# Between two steps of the history.
dec-step-separator = { "; " }
dec-step-objected = objected to by { $delegation-article ->
    [the] the { $delegation }
   *[other] { $delegation }
  } on { $date } ({ $objection })
dec-step-withdrawn = objection { $objection } withdrawn by { $delegation-article ->
    [the] the { $delegation }
   *[other] { $delegation }
  } on { $date }
dec-step-deferred = deferred on { $date }
dec-step-adopted = adopted on { $date }
dec-step-reopened = reopened on { $date }
dec-objection = Objection { $objection } by { $delegation-article ->
    [the] the { $delegation }
   *[other] { $delegation }
  }: { $text }
dec-objection-withdrawn = Objection { $objection } by { $delegation-article ->
    [the] the { $delegation }
   *[other] { $delegation }
  }, since withdrawn: { $text }

cli-empty-author = --as needs a name: who is recording these commands?

help-commands = Commands (at the : prompt and in plenary do)
help-cmd-present = mark delegations present (or participants, observers, applicants, all)
help-cmd-absent = mark delegations absent
help-cmd-open = open an agenda item
help-cmd-close = close an agenda item
help-cmd-defer = defer an agenda item, or a decision
help-cmd-speaker = the speakers list of the open item
help-cmd-draft = a new decision under an item
help-cmd-amend = a new original text, before adoption; its translations become stale
help-cmd-translate = a translation of any text (decision, P, A, R or O id)
help-cmd-adopt = adopt a decision by consensus, or the communique as a whole
help-cmd-object = a participant present blocks consensus, with its reason
help-cmd-withdraw = a participant withdraws its objection, or a proposal (AMn) is withdrawn
help-cmd-reserve = a reservation on an adopted decision
help-cmd-note = a communique paragraph under an item, or its translation
help-cmd-admit = an applicant becomes a participant
help-cmd-suspend = suspend a participant
help-cmd-reinstate = reinstate a suspended participant
help-cmd-chair = the chair selected for a year
help-cmd-vice-chair = the vice-chair selected for a year
help-cmd-statement = a delegation's statement for the record
help-cmd-wg = a working group's report under an item
help-cmd-recommend = a decision recommended by a working group
help-cmd-action = an action item of a working group
help-cmd-done = an action item is done
help-cmd-reopen = reopen an adopted decision, or the adopted communique, so that it can change
help-cmd-undo = reverse your last command
help-cmd-hold = hold one paragraph of the communique for consultations (adopt Pn lifts the hold)
