# Части, из которых строятся другие сообщения.

language-name = { $code ->
    [en] английский
    [fr] французский
    [pt] португальский
    [es] испанский
    [ru] русский
   *[other] { $code }
  }

# «23–25 июня 2009 г.»
date-range-days = { $start }–{ $end }
# «30 июня – 2 июля 2009 г.», «30 декабря 2009 г. – 2 января 2010 г.»
date-range = { $start } – { $end }

count-participants = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
  }
