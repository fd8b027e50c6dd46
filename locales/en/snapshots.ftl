# Snapshots of the folded state (a cache beside the record's events), as `plenary verify` judges them.
snapshot-bad-digest = { $path }: the snapshot at event { $seq } is damaged: its contents do not match its own digest.
snapshot-bad-chain = { $path }: the snapshot at event { $seq } does not match the record's chain at that event.
snapshot-bad-unreadable = { $path }: the snapshot at event { $seq } cannot be read ({ $detail }).
snapshot-disagrees = { $path }: the snapshot at event { $seq } is not what the fold of the record gives at that event.
snapshot-bad-advice = { $path }: the events themselves are whole, and no snapshot that fails these checks is ever used; but something other than plenary changed this file: find out what before relying on it.
snapshot-unused-program = { $path }: the snapshot at event { $seq } was written by { $program } and is not used by this version (it folds the events itself).
snapshot-unused-meeting = { $path }: the snapshot at event { $seq } was taken with another version of the meeting file and is not used (the events are folded with the meeting file as it is now).
