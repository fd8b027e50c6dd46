# La línea de comandos.

cli-no-session = indique un archivo de reunión o un registro .plenary, por ejemplo: plenary agendas/windhoek-2009-intersessional.toml (plenary --help enumera los comandos)
cli-conflict = advertencia: el comando guardado { $seq } ("{ $command }") ya no se aplica al archivo de la reunión y se omite: { $reason }
cli-write-failed = no se puede escribir { $path }: { $reason }
cli-export-failed = no se puede exportar: { $reason }
cli-check-ok = { $file }: ok — { $city }, del { $opens } al { $closes }; { $delegations } { $delegations ->
    [one] delegación
   *[other] delegaciones
  }, { $items } { $items ->
    [one] punto
   *[other] puntos
  }, { $decisions } { $decisions ->
    [one] decisión preparada
   *[other] decisiones preparadas
  }
cli-check-failed = { $count } { $count ->
    [one] problema encontrado
   *[other] problemas encontrados
  }.
cli-bad-time = "{ $time }" no es una fecha y hora. Escríbala en formato RFC 3339, por ejemplo 2009-06-23T11:42:00+02:00.
cli-cannot-read = no se puede leer { $path }.
cli-not-utf8 = esta línea no es texto UTF-8.
cli-do-line-error = { $place }:{ $line }:{ $column }: { $message }
cli-do-saved = { $place }:{ $line }: guardado: { $command }
cli-overview-meeting = { $body }, reunión { $kind ->
    [plenary] plenaria
    [intersessional] intersesional
    [extraordinary] extraordinaria
   *[other] { $kind }
  }, { $city }, del { $opens } al { $closes }
cli-overview-attendance = Presentes: { $present } de { $total } participantes ({ $countries } países en total), { $observers } { $observers ->
    [one] observador
   *[other] observadores
  }, { $applicants } { $applicants ->
    [one] candidato
   *[other] candidatos
  }
cli-overview-record = Registro: { $path }
cli-item-pending = pendiente
cli-item-open = ABIERTO
cli-item-closed = cerrado
cli-item-deferred = aplazado
cli-outcome-drafted = en proyecto
cli-outcome-adopted = adoptada
cli-outcome-not-adopted = no adoptada
cli-outcome-deferred = aplazada
cli-pending = { $lang }: { $count } { $count ->
    [one] párrafo espera
   *[other] párrafos esperan
  } la traducción definitiva.
cli-terminal-failed = no se pudo utilizar el terminal: { $reason }
