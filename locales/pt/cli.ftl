# A linha de comandos.
# Nota: o código cria o pacote com a etiqueta "pt", cujas regras CLDR classificam 0 como "one";
# as variantes [0] mantêm o plural europeu ("0 observadores").

cli-no-session = indique um ficheiro de reunião ou um registo .plenary, por exemplo: plenary agendas/windhoek-2009-intersessional.toml (plenary --help lista os comandos)
cli-conflict = aviso: o comando registado { $seq } ("{ $command }") já não se aplica ao ficheiro da reunião e foi omitido: { $reason }
cli-write-failed = não é possível escrever { $path }: { $reason }
cli-export-failed = não é possível exportar: { $reason }
cli-check-ok = { $file }: ok — { $city }, de { $opens } a { $closes }; { $delegations } { $delegations ->
    [0] delegações
    [one] delegação
   *[other] delegações
  }, { $items } { $items ->
    [0] pontos
    [one] ponto
   *[other] pontos
  }, { $decisions } { $decisions ->
    [0] decisões preparadas
    [one] decisão preparada
   *[other] decisões preparadas
  }
cli-check-failed = { $count } { $count ->
    [0] problemas encontrados
    [one] problema encontrado
   *[other] problemas encontrados
  }.
cli-bad-time = "{ $time }" não é uma data e hora. Escreva-a no formato RFC 3339, por exemplo 2009-06-23T11:42:00+02:00.
cli-cannot-read = não é possível ler { $path }.
cli-not-utf8 = esta linha não é texto UTF-8.
cli-do-line-error = { $place }:{ $line }:{ $column }: { $message }
cli-do-saved = { $place }:{ $line }: registado: { $command }
cli-overview-meeting = { $body }, reunião { $kind ->
    [plenary] plenária
    [intersessional] intersessional
    [extraordinary] extraordinária
   *[other] { $kind }
  }, { $city }, de { $opens } a { $closes }
cli-overview-attendance = Presentes: { $present } de { $total } participantes ({ $countries } países no total), { $observers } { $observers ->
    [0] observadores
    [one] observador
   *[other] observadores
  }, { $applicants } { $applicants ->
    [0] candidatos
    [one] candidato
   *[other] candidatos
  }
cli-overview-record = Registo: { $path }
cli-item-pending = pendente
cli-item-open = ABERTO
cli-item-closed = encerrado
cli-item-deferred = adiado
cli-outcome-drafted = em projeto
cli-outcome-adopted = adotada
cli-outcome-not-adopted = não adotada
cli-outcome-deferred = adiada
cli-pending = { $lang }: { $count } { $count ->
    [0] parágrafos aguardam
    [one] parágrafo aguarda
   *[other] parágrafos aguardam
  } a tradução definitiva.
cli-terminal-failed = não foi possível utilizar o terminal: { $reason }
