# Errors of the command language, and of commands that cannot be done.

cmd-empty = no command given. Type a command such as: present NA
cmd-unknown = unknown command "{ $word }". { $suggestion ->
    [none] Commands: { $commands }.
   *[other] Did you mean "{ $suggestion }"? Commands: { $commands }.
  }
cmd-unclosed-quote = the quoted text is not closed. End it with ".
cmd-bad-escape = "{ $escape }" is not an escape. Inside quotes write \" for a quote and \\ for a backslash.
cmd-space-after-quote = put a space after the closing quote.
cmd-quote-in-word = a quote inside a word. Put the whole text in double quotes.
cmd-missing-arg = { $arg } is missing. Usage: { $usage }
cmd-extra-arg = unexpected "{ $found }". Put text in double quotes. Usage: { $usage }
cmd-expected-id = expected { $arg } (an id), found "{ $found }". Usage: { $usage }
cmd-expected-item = expected an item number such as 3 or 2.1, found "{ $found }". Usage: { $usage }
cmd-expected-decision = expected a decision id such as KP/2009/IS/3, found "{ $found }". Usage: { $usage }
cmd-expected-item-or-decision = expected an item number (3) or a decision id (KP/2009/IS/3), found "{ $found }". Usage: { $usage }
cmd-expected-choice = expected one of { $choices }, found "{ $found }". Usage: { $usage }
cmd-expected-year = expected a year such as 2010, found "{ $found }". Usage: { $usage }
cmd-expected-lang = expected a language such as fr, found "{ $found }". Put text in double quotes. Usage: { $usage }
cmd-expected-date = expected a date written YYYY-MM-DD, found "{ $found }". Usage: { $usage }
cmd-expected-option = unexpected "{ $found }"; options are { $options }. Usage: { $usage }
cmd-expected-action = expected an action id such as A1, found "{ $found }". Usage: { $usage }
cmd-empty-text = { $arg } is empty. Write it in double quotes. Usage: { $usage }

err-unknown-item = there is no item { $item } on the agenda.
err-unknown-delegation = no delegation "{ $id }" at this meeting. { $suggestions ->
    [none] Check the id.
   *[other] Did you mean { $suggestions }?
  }
err-body-not-delegation = "{ $id }" is a subsidiary body, not a delegation.
err-unknown-decision = no decision "{ $id }". Draft it first: draft ITEM { $id } "text"
err-unknown-paragraph = no paragraph "{ $id }".
err-unknown-body = no subsidiary body "{ $id }".
err-unknown-action = no action "{ $id }".
err-unknown-language = "{ $lang }" is not an official language ({ $languages }).
err-translate-original = "{ $lang }" is the original language: use amend to change the original.
err-empty-text = the text is empty.
err-nobody = no delegation is named.
err-not-participant = { $id } is { $category ->
    [observer] an observer
    [applicant] an applicant
   *[other] a { $category }
  }: only a participant can do this.
err-participant-suspended = { $id } is { $status }: it cannot do this until reinstated.
err-no-open-item = no item is open. Open one first: open ITEM
err-item-already-open = item { $item } is already open.
err-other-item-open = item { $item } is open. Close or defer it first: close { $item }
err-item-status = item { $item } is { $status }.
err-speaker-queued = { $id } is already on the speakers list.
err-no-speakers = the speakers list is empty. Add a speaker: speaker add ID
err-not-speaker = { $id } is not on the speakers list.
err-bad-decision-id = "{ $id }" is not a decision id: it needs a letter, and P1 or A1 are kept for paragraphs and actions.
err-decision-exists = a decision "{ $id }" already exists. Choose another id, or amend it.
err-same-text = the new text of { $id } is the same as the old.
err-already-adopted = { $id } is already adopted.
err-object-adopted = { $id } is already adopted: an objection cannot block it now.
err-reserve-not-adopted = { $id } is not adopted: a reservation attaches to an adopted decision.
err-defer-adopted = { $id } is adopted: it cannot be deferred.
err-already-deferred = { $id } is already deferred.
err-no-note = item { $item } has no note to translate. Write it first: note { $item } "text"
err-admit-not-applicant = { $id } is { $category ->
    [participant] already a participant
   *[other] not an applicant ({ $category })
  }: only an applicant can be admitted.
err-not-suspended = { $id } is not a suspended participant.
err-bad-year = { $year } is not a year.
err-both-roles = { $id } is already selected for { $year } in the other role.
err-action-done = action { $id } is already done.
err-communique-adopted = the communique is already adopted.
undo-nothing = nothing of yours to undo.
undo-later-depends = cannot undo: a later command needs it ("{ $command }" by { $author }). Undo that first.
