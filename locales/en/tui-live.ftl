# The live screen under pressure: identity, failures, confirmations, the message log.

key-messages = all messages of this session, whole
status-you = you: { $author }
status-more = (L reads all)
status-undone = undone: { $command }
status-not-saving = NOT SAVING
status-refresh-failed = could not read the other terminals' commands, what is shown may be behind: { $reason }
status-conflict = a stored command no longer applies to the meeting file and is left out: { $command } ({ $reason })
status-conflicts = { $count ->
    [one] 1 stored command no longer applies (L lists it)
   *[other] { $count } stored commands no longer apply (L lists them)
  }
status-store-gone = the record can no longer be reached: nothing more is saved.
blocked-store-gone = The record can no longer be reached: nothing more can be saved. { $count ->
    [0] Every command shown as saved is in the record.
    [one] This command was not saved: { $commands }
   *[other] These { $count } commands were not saved: { $commands }
  } Quit, then open the session again.
blocked-keys = q quits
status-paste-nowhere = pasted text goes into a box: press : for the prompt, or open the editor first. Nothing was done.
status-no-delegation = no delegation fits "{ $typed }": type its id or the start of a word of its name.
status-editor-failed = the external editor failed, nothing was saved: { $reason }
confirm-yes-no = y yes · n no
confirm-adopt = Adopt { $id } by consensus?
confirm-defer = Defer the decision on { $id }?
confirm-speaker-absent = { $name } is not marked present. Add it to the speakers list anyway?
confirm-discard = Your changes to this text are not saved. Throw them away?
confirm-discard-keys = y throw away · n keep editing
confirm-translation-changed = The { $lang } translation of { $id } was saved at another terminal while you were editing. Save yours over it?
confirm-original-amended = The original of { $id } was amended while you were translating (left pane). Save your { $lang } text as the translation of the new original?
lead-chair = chair
communique-building = Building the communique…
editor-keys-final = Ctrl-S save · Esc cancel (asks if changed)
editor-original-amended = Amended meanwhile: the original now reads
editor-original-scroll = Alt-↑ Alt-↓ scroll
log-title = Messages
log-empty = No message yet.
choose-title = Several delegations fit "{ $typed }": choose one
choose-keys = ↑ ↓ choose · Enter takes it · Esc cancels
cli-bad-ui-lang = --ui-lang { $lang }: plenary speaks { $languages }. Choose one of them.
key-name-space = Space
key-name-enter = Enter
key-name-esc = Esc
key-name-tab = Tab
key-name-back-tab = S-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
