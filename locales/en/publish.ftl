# The delegates' view: `plenary publish`, its pages and its messages.

pub-nav-label = Meeting pages
pub-nav-meeting = Meeting and decisions
pub-nav-communique = Communique
pub-nav-fingerprints = Fingerprints
pub-nav-languages = Languages
# This language's name, written in itself: the link to it from the pages in other languages.
pub-language-self = English
pub-agenda = Agenda
pub-col-number = No.
pub-col-item = Item
pub-col-status = Status
pub-item-status = { $status ->
    [open] open now
    [closed] closed
    [deferred] deferred
   *[pending] not yet taken up
  }
pub-decisions = Decisions
pub-no-decisions = No decision has been proposed yet.
pub-item-ref = agenda item { $number }
pub-outcome-pending = Not yet adopted; the text is published once it is adopted.
pub-outcome-not-adopted = Not adopted ({ $date }).
pub-outcome-adopted = { $adopted }. { $rule26 }.
pub-fingerprints-title = Fingerprints of the adopted decisions
pub-fingerprints-intro = A printed decision ends with its fingerprint. Find the decision and the language of your copy: if the fingerprint printed on it differs from the one below, the text is not the one adopted.
pub-fingerprints-none = No decision has been adopted yet.
pub-col-decision = Decision
pub-col-fingerprint = Fingerprint
pub-col-languages = Languages of the copy
pub-fingerprint-original = { $language } (original, translation pending)

pub-done = { $dir }: { $written } { $written ->
    [one] file written
   *[other] files written
  }, { $unchanged } unchanged, { $removed } removed.
pub-updated = after command { $seq }: { $written } { $written ->
    [one] file written
   *[other] files written
  }, { $unchanged } unchanged, { $removed } removed.
pub-watching = Following the record: the site is brought up to date after each command. Ctrl-C stops.
pub-stopped = Stopped; the site is complete as of the last command read.
pub-not-a-folder = { $path } is not a folder. Name a folder for the site (it is created if missing).
pub-write-failed = cannot write the site into { $path }: { $reason }. Check that the folder is writable and the disk not full.
pub-record-failed = cannot read the record ({ $reason }); trying again.
pub-signals-failed = cannot watch for Ctrl-C: { $reason }
pub-record-inside = { $path } holds the record { $record }: a web server serving the site would serve the record too, drafts included. Name a folder of its own for the site.
