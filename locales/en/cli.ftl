# The command line.

cli-no-session = name a meeting file or a .plenary record, such as: plenary agendas/windhoek-2009-intersessional.toml (plenary --help lists the commands)
cli-conflict = warning: stored command { $seq } ("{ $command }") no longer applies to the meeting file and is left out: { $reason }
cli-write-failed = cannot write { $path }: { $reason }
cli-export-failed = cannot export: { $reason }
cli-check-ok = { $file }: ok — { $city }, { $opens } to { $closes }; { $delegations } { $delegations ->
    [one] delegation
   *[other] delegations
  }, { $items } { $items ->
    [one] item
   *[other] items
  }, { $decisions } prepared { $decisions ->
    [one] decision
   *[other] decisions
  }
cli-check-failed = { $count } { $count ->
    [one] problem
   *[other] problems
  } found.
cli-bad-time = "{ $time }" is not a time. Write it as RFC 3339, such as 2009-06-23T11:42:00+02:00.
cli-cannot-read = cannot read { $path }.
cli-not-utf8 = this line is not UTF-8 text.
cli-do-line-error = { $place }:{ $line }:{ $column }: { $message }
cli-do-saved = { $place }:{ $line }: saved: { $command }
cli-overview-meeting = { $body }, { $kind } meeting, { $city }, { $opens } to { $closes }
cli-overview-attendance = Present: { $present } of { $total } participants ({ $countries } countries in all), { $observers } { $observers ->
    [one] observer
   *[other] observers
  }, { $applicants } { $applicants ->
    [one] applicant
   *[other] applicants
  }
cli-overview-record = Record: { $path }
cli-item-pending = pending
cli-item-open = OPEN
cli-item-closed = closed
cli-item-deferred = deferred
cli-outcome-drafted = drafted
cli-outcome-adopted = adopted
cli-outcome-not-adopted = not adopted
cli-outcome-deferred = deferred
cli-pending = { $lang }: { $count } { $count ->
    [one] paragraph waits
   *[other] paragraphs wait
  } for a final translation.
cli-terminal-failed = the terminal could not be used: { $reason }
