# Dates in running text: CLDR's long date as it stands.
date-running = { $date }
date-month-year-running = { $month_year }

# La ciudad sola (líneas de título): su nombre, con el artículo que forma parte de él («El Cairo»).
name-city-alone = { $city }
file-missing-city-forms = la ciudad no tiene { $forms } en { $lang }: { $count ->
    [one] añádala
   *[other] añádalas
  } en `city_forms.{ $lang }` (docs/file-formats.md, «Name forms»); mientras tanto, la frase de apertura usa una construcción que no las necesita.
