# The record in PostgreSQL: several machines on one meeting.

store-pg = { $path }: PostgreSQL: { $detail }
store-pg-unreachable = not saved: record unreachable ({ $path }: { $detail }). Nothing was recorded; try again when the server answers (a command typed on the live screen is kept for that).
store-pg-not-url = { $url }: not a place for a record. Give a postgres://… URL, or leave out --record and PLENARY_RECORD to keep the record in the .plenary file beside the meeting.
record-copy-done = { $events ->
    [one] one event copied
   *[other] { $events } events copied
} from { $from } to { $to }; the chain holds in both, head { $head }.
record-copy-not-empty = { $path } already holds { $events ->
    [one] one event
   *[other] { $events } events
}: a record is copied only into an empty one (a new database or a new file). Nothing was changed.
