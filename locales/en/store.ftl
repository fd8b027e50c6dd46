# The session record.

store-sqlite = { $path }: the record cannot be used ({ $detail }).
store-newer = { $path }: this record was written by a newer plenary (record version { $found }; this program reads up to { $supported }). Use the newer plenary; the record was not changed.
store-foreign = { $path }: this file is not a plenary record. Move it away or name another file.
store-corrupt = { $path }: event { $seq } cannot be read ({ $detail }). The record may have been changed by another program.
