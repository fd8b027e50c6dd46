# The record as the body's archive: its meeting, its chain, reading and importing.

record-other-meeting = { $path }: this is the record of the meeting { $recorded }, not of { $expected }. Nothing was changed; name the meeting file this record belongs to, or move the record away.
record-break-sequence = { $path }: the record is damaged at event { $seq }: event { $expected } was due there (an event is missing or out of place).
record-break-group = { $path }: the record is damaged at event { $seq }: it names command { $grp }, which it cannot belong to.
record-break-hash = { $path }: the record is damaged at event { $seq }: its content or an earlier event was changed since it was recorded.
record-break-missing = { $path }: the record ends at event { $last }, but it had reached event { $head }: events at the end are missing.
record-foreign-log = { $path }: this log does not continue the record beside it (it comes from another copy of the record, or another record). Nothing was changed; move the log away and keep it for inspection.
record-rescue = warning: { $path } is read for rescue only; nothing can be recorded in it. Keep a copy and run plenary verify on it.
record-unchained = warning: { $path } is a record from before the hash chain; it is upgraded the first time a command is recorded in it.
record-none = { $path }: there is no record of this meeting yet, and none was made. Record a command first (plenary do, or the live screen).
record-verify-ok = { $path }: the record is whole: { $events } events of { $meeting }, chain head { $head }.
record-verify-unchained = { $path }: this record is from before the hash chain and cannot be verified. Record a command in it to upgrade it, then verify again.
record-verify-unreadable = { $path }: event { $seq } cannot be read ({ $detail }).
record-import-done = { $path }: { $events } events imported; chain head { $head }.
record-import-exists = { $path }: a record is already there. Import only makes a new record: move the old one away first.
record-import-unreadable = { $path }: not an export of plenary ({ $detail }).
record-write-kept = cannot write { $path }: { $reason }. The file that was there is unchanged.
