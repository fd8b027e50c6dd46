# Fechas dentro de una frase, a partir de las partes del CLDR: $day-month («1 de marzo»), $year, $month («noviembre»).
date-running = { $day-month } de { $year }
date-month-year-running = { $month } de { $year }

# La ciudad sola (líneas de título): su nombre, con el artículo que forma parte de él («El Cairo»).
name-city-alone = { $city }
file-missing-city-forms = la ciudad no tiene { $forms } en { $lang }: { $count ->
    [one] añádala
   *[other] añádalas
  } en `city_forms.{ $lang }` (docs/file-formats.md, «Name forms»); mientras tanto, la frase de apertura usa una construcción que no las necesita.
