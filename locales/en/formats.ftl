# Parts that other messages build on: language names, dates.

language-name = { $code ->
    [en] English
    [fr] French
    [pt] Portuguese
    [es] Spanish
    [ru] Russian
   *[other] { $code }
  }

# The day of the month where CLDR writes a number ("1 November 2011").
date-day-number = { $day }
# A title line's range, CLDR's en dash: $span is days ("23–25 June 2009"),
# months ("30 June – 2 July 2009") or years ("30 December 2009 – 2 January 2010").
date-range = { $span ->
    [days] { $start }–{ $end }
   *[other] { $start } – { $end }
  }
# The dates as a sentence says them.
dates-one-day = on { $date }
# $span as in date-range, for languages whose wording depends on it.
dates-span = { $span ->
   *[other] from { $start } to { $end }
  }
