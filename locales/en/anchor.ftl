# Files the program is told to write (-o FILE, the site's pages), and the
# record's head: printed on every document, checked by `plenary verify --head`.

anchor-output-not-a-file = cannot write { $path }: { $followed ->
        [yes] it is a link to { $target }, which is
       *[no] it is
    } { $what ->
        [directory] a folder
        [char-device] a device
        [block-device] a disk device
        [fifo] a FIFO (a named pipe)
       *[socket] a socket
    }, not a file; it was left as it was. Give -o the name of a file (a new one, or a file to replace), or leave out -o to write to standard output.
anchor-output-stream = cannot write { $path }: it names one of the program's standard streams, not a file. Leave out -o: the document goes to standard output, which the shell can send on (> FILE, | PROGRAM).
anchor-head = Record: { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, chain head { $head } (first 16 hexadecimal digits).
anchor-head-empty = Record: no events yet.
anchor-head-bad = --head { $given }: not a head. Give the events and the chain head printed on a document as EVENTS:HEAD, such as 1234:3f2a8c1d9e0b7a65 (at least the 16 hexadecimal digits printed, or the whole head that plenary verify prints).
anchor-head-short = { $path }: the record no longer holds the head printed on the document: it has { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, fewer than { $expected }. Events were cut from its end, or it is another record of the meeting. Find the record the document was printed from (a copy, a backup) and verify that one with the same head.
anchor-head-differs = { $path }: event { $seq } differs from the head printed on the document: the record was replaced or rewritten since. Find the record the document was printed from (a copy, a backup) and verify that one with the same head.
anchor-head-ok = { $path }: the record holds the head { $head } of event { $seq }: its history up to that event is the one printed.
