# Where a record is kept (`record =`, --record, PLENARY_RECORD), and damage found in one.

location-empty = the record's place is empty. Leave out the line "record =" to keep the record in the .plenary file beside the meeting, or give a file name ending in .plenary or a postgres://… URL.
location-unknown = "{ $value }" is not a place for a record. Give a file name ending in .plenary (kept beside the meeting file) or a postgres://… URL.
location-absolute = "{ $value }" is a path from the root, and a record is kept beside its meeting file. Give a file name ending in .plenary, or a path below the meeting's folder.
location-escapes = "{ $value }" leads out of the meeting's folder (through ".."). Give a file name ending in .plenary, or a path below the meeting's folder.
location-not-record-name = "{ $value }" is not the name of a record: a record file's name ends in .plenary.
location-folder = "{ $value }" is a folder. Give the name of the record file, ending in .plenary.
location-no-host = "{ $value }" names no server. Add the host (postgres://HOST/DATABASE) or the socket folder (postgres:///DATABASE?host=/var/run/postgresql).
location-no-database = "{ $value }" names no database. Add it after the host: postgres://HOST/DATABASE.
location-password = "{ $value }" holds a password, and the meeting file is shared and kept for years. Take it out of the URL and put it in the password file that PGPASSFILE names (by default ~/.pgpass).
location-bad-url = "{ $value }" is not a PostgreSQL URL that can be read ({ $detail }). Write it as postgres://USER@HOST/DATABASE.

record-integrity = { $path }: what holds the record is damaged: the database's own check finds { $count ->
    [one] one problem
   *[other] { $count } problems
} ({ $detail }). The events may still read whole, but writing to the record could fail. Keep a copy, then make the record again from its export: plenary export, move the record away, plenary import.
store-damaged = { $path }: the record is damaged: its file cannot be read as a record ({ $detail }). Nothing was changed. Keep a copy of it, run plenary verify on it, and restore the record from a copy or an export.
record-read-refused = { $path }: nothing is made from a damaged record. Keep a copy of the file and run plenary verify on it; plenary export still reads what it holds, for rescue.
