# Elementos en los que se apoyan otros mensajes.

language-name = { $code ->
    [en] inglés
    [fr] francés
    [pt] portugués
    [es] español
    [ru] ruso
   *[other] { $code }
  }

# «del 23 al 25 de junio de 2009»
date-range-days = del { $start } al { $end }
# «del 30 de junio al 2 de julio de 2009»
date-range = del { $start } al { $end }

count-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
  }
