# Elementos en los que se apoyan otros mensajes.

language-name = { $code ->
    [en] inglés
    [fr] francés
    [pt] portugués
    [es] español
    [ru] ruso
   *[other] { $code }
  }


# El día del mes donde el CLDR escribe un número («1 de noviembre de 2011»).
date-day-number = { $day }
# Línea de título: «1–3 de noviembre de 2011», «30 de junio – 2 de julio de 2009».
date-range = { $span ->
    [days] { $start }–{ $end }
   *[other] { $start } – { $end }
  }
# Las fechas en una oración.
dates-one-day = el { $date }
dates-span = del { $start } al { $end }
