# Даты в тексте предложения: «23 июня 2009 года», «ноябрь 2009 года»
# («г.» остается в заголовках и строках статуса).
# $day-month: «23 июня»; $year: «2009»; $month: «ноябрь».
date-running = { $day-month } { $year } года
date-month-year-running = { $month } { $year } года
