# Éléments sur lesquels d'autres messages s'appuient.

language-name = { $code ->
    [en] anglais
    [fr] français
    [pt] portugais
    [es] espagnol
    [ru] russe
   *[other] { $code }
  }

# « du 23 au 25 juin 2009 »
date-range-days = du { $start } au { $end }
# « du 30 juin au 2 juillet 2009 », « du 30 décembre 2009 au 2 janvier 2010 »
date-range = du { $start } au { $end }

count-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
  }
