# Parts that other messages build on: language names, date ranges, counted nouns.

language-name = { $code ->
    [en] English
    [fr] French
    [pt] Portuguese
    [es] Spanish
    [ru] Russian
   *[other] { $code }
  }

# "23-25 June 2009": $start is the first day, $end the whole last date.
date-range-days = { $start }-{ $end }
# "30 June – 2 July 2009", "30 December 2009 – 2 January 2010".
date-range = { $start } – { $end }

count-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
  }
