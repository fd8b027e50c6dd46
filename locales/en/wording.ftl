# Dates in running text: CLDR's long date as it stands.
date-running = { $date }
date-month-year-running = { $month_year }

# The city standing alone (title lines): its name.
name-city-alone = { $city }
file-missing-city-forms = the city has no { $forms } in { $lang }: add { $count ->
    [one] it
   *[other] them
  } under `city_forms.{ $lang }` (docs/file-formats.md, "Name forms"); until then the opening sentence uses a construction that needs none.
