# Elementos em que outras mensagens se apoiam.

language-name = { $code ->
    [en] inglês
    [fr] francês
    [pt] português
    [es] espanhol
    [ru] russo
   *[other] { $code }
  }


# O dia do mês onde o CLDR escreve um número («1 de novembro de 2011»).
date-day-number = { $day }
# Linha de título: «1–3 de novembro de 2011», «30 de junho – 2 de julho de 2009».
date-range = { $span ->
    [days] { $start }–{ $end }
   *[other] { $start } – { $end }
  }
# As datas numa frase.
dates-one-day = em { $date }
dates-span = de { $start } a { $end }
