# Dates in running text, over CLDR's parts: $day-month ("1 March"), $year, $month ("November").
date-running = { $day-month } { $year }
date-month-year-running = { $month } { $year }

# The city standing alone (title lines): its name. English writes the same
# whatever forms the meeting file gives ($city-forms, $city-article … are for
# the languages that decline or contract it).
name-city-alone = { $city-forms ->
   *[other] { $city }
  }
file-missing-city-forms = the city has no { $forms } in { $lang }: add { $count ->
    [one] it
   *[other] them
  } under `city_forms.{ $lang }` (docs/file-formats.md, "Name forms"); until then the opening sentence uses a construction that needs none.
