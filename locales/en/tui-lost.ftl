# A record lost under a writer: deleted, or another file moved over it.

record-replaced = { $path }: this record was deleted, or another file was put in its place, while plenary had it open: nothing more is saved to it. Find out what became of the file (a backup, a copy moved over it), then open the session again.
blocked-record-replaced = The record's file was deleted, or another file was put in its place: nothing more can be saved. { $count ->
    [0] No command was waiting to be saved.
    [one] This command was not saved: { $commands }
   *[other] These { $count } commands were not saved: { $commands }
  } Quit, then open the session again.
