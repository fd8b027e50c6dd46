# Éléments sur lesquels d’autres messages s’appuient : noms de langues, dates.

language-name = { $code ->
    [en] anglais
    [fr] français
    [pt] portugais
    [es] espagnol
    [ru] russe
   *[other] { $code }
  }

# Le jour du mois là où le CLDR écrit un nombre : le premier s’écrit « 1er ».
date-day-number = { $day ->
    [1] 1er
   *[other] { $day }
  }
# Ligne de titre : « 1er–3 novembre 2011 », « 30 juin – 2 juillet 2009 ».
date-range = { $span ->
    [days] { $start }–{ $end }
   *[other] { $start } – { $end }
  }
# Les dates dans une phrase.
dates-one-day = le { $date }
dates-span = du { $start } au { $end }
