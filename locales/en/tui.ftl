# The live terminal interface.

tab-agenda = Agenda
tab-roll-call = Roll call
tab-floor = Floor
tab-decisions = Decisions
tab-communique = Communique

too-small = The terminal is { $width }×{ $height }; plenary needs at least { $min_width }×{ $min_height }. Enlarge the window.

key-help = help
key-prompt = command
key-undo = undo
key-quit = quit
key-next-tab = next screen
key-prev-tab = previous screen
key-tab-agenda = agenda screen
key-tab-roll-call = roll-call screen
key-tab-floor = floor screen
key-tab-decisions = decisions screen
key-tab-communique = communique screen
key-up = move up
key-down = move down
key-page-up = page up
key-page-down = page down
key-ui-language = change the interface language
key-open-item = open item
key-close-item = close item
key-defer-item = defer item
key-toggle-present = present / absent
key-filter = find by name
key-participants-present = all participants present
key-observers-present = all observers present
key-applicants-present = all applicants present
key-speaker-add = add speaker
key-speaker-next = next speaker
key-speaker-remove = remove from list
key-new-decision = new decision
key-edit-decision = edit text
key-edit-external = edit in $EDITOR
key-adopt = adopt
key-object = objection
key-reserve = reservation
key-defer-decision = defer decision
key-doc-language = language
key-matrix = translation matrix
key-translate = translate

help-title = Keys
help-close = any other key closes
help-global = Everywhere
help-prompt-keys = At the : prompt: Tab completes commands and ids, ↑ ↓ recall earlier commands, Enter runs, Esc cancels.
help-editor-keys = In the editor: Ctrl-S saves (final), Ctrl-D saves a translation as draft (nothing else has a draft), Esc cancels and asks first if the text changed, Alt-↑ Alt-↓ scroll the original, a paste goes in whole.

status-open-item = item { $item } open
status-no-open-item = no item open
status-saving = saving…
status-saved = saved
status-saved-command = saved: { $command } — u undoes
status-undo-hint = u undoes your last command
status-help-hint = ? shows every key, : runs a command
status-prompt-error = column { $column }: { $message }
status-choose-language = the communique is shown in its original language: press l to choose the language to translate into.
status-edit-cancelled = editing cancelled; nothing was saved.

col-item = Item
col-status = Status
col-lead = Lead
col-time = Time
col-title = Title
col-decision = Decision
col-outcome = Outcome
col-rule = Rule 26
col-text = Text

item-pending = pending
item-open = OPEN
item-closed = closed
item-deferred = deferred
agenda-summary = { $items } items, { $closed } closed

category-participant = participant
category-observer = observer
category-applicant = applicant
category-guest = guest
delegation-status = { $status ->
    [suspended] suspended
    [self-suspended] self-suspended
   *[other] { $status }
  }
roll-counts = Participants { $present }/{ $total } · countries { $countries_present }/{ $countries } · observers { $observers }/{ $observers_total } · applicants { $applicants }/{ $applicants_total }
roll-filter = Showing names matching "{ $filter }" (/ to change, Esc in the search to clear)
roll-filter-none = / finds a delegation by name or id
roll-no-match = No delegation matches.

floor-no-item = No item is open. Open one on the agenda screen (o).
floor-item = Item { $number }: { $title } — { $elapsed }
floor-speaking = On the floor: { $delegation }, { $elapsed }
floor-nobody = Nobody has the floor.
floor-queue = Waiting ({ $count })
floor-spoken = Spoke ({ $count })

decisions-of-item = Decisions under item { $number }: { $title }
decisions-all = All decisions (no item is open)
decisions-none = No decision yet: n drafts one.
outcome-drafted = drafted
outcome-adopted = adopted
outcome-not-adopted = not adopted
outcome-deferred = deferred
rule-formally-adopted = formally adopted
rule-all-languages = all languages final
rule-pending = pending: { $languages }
translation-original = original
translation-missing = missing
translation-draft = draft
translation-stale = STALE
translation-final = final
detail-adopted = Adopted by consensus, { $time }
detail-not-adopted = Not adopted: { $delegation } objected ({ $reason })
detail-reservation = Reservation by { $delegation }: { $text }

communique-head = Communique in { $lang } — { $pending } { $pending ->
    [one] paragraph waits
   *[other] paragraphs wait
  } for translation (l language, m matrix)
matrix-head = Translations into { $lang } (l language, t translate, m communique)

editor-draft = New decision { $id } under item { $item }
editor-amend = Amend { $id }
editor-translate = Translate { $id } into { $lang }
editor-keys = Ctrl-S save · Ctrl-D save as draft · Esc cancel
confirm-changed-meanwhile = { $id } was amended at another terminal while you were editing. Save your text over it?
confirm-keys = y save mine · n keep editing

ask-speaker = Speaker: id or part of the name
ask-object-by = Who objects to { $id }? (id or part of the name)
ask-object-reason = Reason given by { $delegation } for objecting to { $id }
ask-reserve-by = Who enters a reservation on { $id }?
ask-reserve-text = Reservation by { $delegation } on { $id }
ask-decision-id = Id of the new decision under item { $item }
ask-filter = Find a delegation by name or id
ask-keys = Enter confirms · Esc cancels
prompt-hint = a command, such as: present NA ZW · Tab completes · Esc cancels
