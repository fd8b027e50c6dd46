# Даты в тексте предложения: «23 июня 2009 года», «ноябрь 2009 года»
# («г.» остается в заголовках и строках статуса).
# $day-month: «23 июня»; $year: «2009»; $month: «ноябрь».
date-running = { $day-month } { $year } года
date-month-year-running = { $month } { $year } года

# Город отдельно (строки заголовка): именительный падеж.
name-city-alone = { $city }
file-missing-city-forms = у названия города нет форм ({ $forms }) на языке { $lang }: добавьте { $count ->
    [one] ее
    [few] их
   *[many] их
  } в `city_forms.{ $lang }` (docs/file-formats.md, раздел «Name forms»); до тех пор во вступительной фразе используется конструкция, которой они не нужны.
