# Dates in running text: CLDR's long date as it stands.
date-running = { $date }
date-month-year-running = { $month_year }
