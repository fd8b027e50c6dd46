# Elementos em que outras mensagens se apoiam.

language-name = { $code ->
    [en] inglês
    [fr] francês
    [pt] português
    [es] espanhol
    [ru] russo
   *[other] { $code }
  }

# «de 23 a 25 de junho de 2009»
date-range-days = de { $start } a { $end }
# «de 30 de junho a 2 de julho de 2009»
date-range = de { $start } a { $end }

count-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
  }
