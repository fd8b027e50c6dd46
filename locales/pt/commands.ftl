# Erros da linguagem de comandos e de comandos que não podem ser executados.

cmd-empty = nenhum comando indicado. Escreva um comando, por exemplo: present NA
cmd-unknown = comando desconhecido "{ $word }". { $suggestion ->
    [none] Comandos: { $commands }.
   *[other] Queria dizer "{ $suggestion }"? Comandos: { $commands }.
  }
cmd-unclosed-quote = o texto entre aspas não está fechado. Termine-o com ".
cmd-bad-escape = "{ $escape }" não é uma sequência de escape. Entre aspas, escreva \" para umas aspas e \\ para uma barra invertida.
cmd-space-after-quote = coloque um espaço depois das aspas de fecho.
cmd-quote-in-word = aspas no meio de uma palavra. Ponha o texto inteiro entre aspas duplas.
cmd-missing-arg = falta { $arg }. Utilização: { $usage }
cmd-extra-arg = "{ $found }" inesperado. Ponha o texto entre aspas duplas. Utilização: { $usage }
cmd-expected-id = esperava-se { $arg } (um identificador), mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-item = esperava-se um número de ponto, como 3 ou 2.1, mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-decision = esperava-se um identificador de decisão, como KP/2009/IS/3, mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-item-or-decision = esperava-se um número de ponto (3) ou um identificador de decisão (KP/2009/IS/3), mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-choice = esperava-se um dos valores { $choices }, mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-year = esperava-se um ano, como 2010, mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-lang = esperava-se uma língua, como fr, mas encontrou-se "{ $found }". Ponha o texto entre aspas duplas. Utilização: { $usage }
cmd-expected-date = esperava-se uma data no formato YYYY-MM-DD, mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-expected-option = "{ $found }" inesperado; as opções são { $options }. Utilização: { $usage }
cmd-expected-action = esperava-se um identificador de ação, como A1, mas encontrou-se "{ $found }". Utilização: { $usage }
cmd-empty-text = { $arg } está vazio. Escreva-o entre aspas duplas. Utilização: { $usage }

err-unknown-item = não existe o ponto { $item } na ordem do dia.
err-unknown-delegation = não existe nenhuma delegação "{ $id }" nesta reunião. { $suggestions ->
    [none] Verifique o identificador.
   *[other] Queria dizer { $suggestions }?
  }
err-body-not-delegation = "{ $id }" é um órgão subsidiário, não uma delegação.
err-unknown-decision = não existe a decisão "{ $id }". Redija-a primeiro: draft ITEM { $id } "text"
err-unknown-paragraph = não existe o parágrafo "{ $id }".
err-unknown-body = não existe o órgão subsidiário "{ $id }".
err-unknown-action = não existe a ação "{ $id }".
err-unknown-language = "{ $lang }" não é uma língua oficial ({ $languages }).
err-translate-original = "{ $lang }" é a língua original: utilize amend para alterar o original.
err-empty-text = o texto está vazio.
err-nobody = não foi indicada nenhuma delegação.
err-not-participant = { $id } é { $category ->
    [observer] observador
    [applicant] candidato
    [guest] convidado
   *[other] { $category }
  }: só um participante pode fazer isto.
err-participant-suspended = { $id } está { $status ->
    [suspended] suspenso
    [self-suspended] autossuspenso
   *[other] { $status }
  }: não pode fazer isto enquanto a suspensão não for levantada.
err-no-open-item = nenhum ponto está aberto. Abra um primeiro: open ITEM
err-item-already-open = o ponto { $item } já está aberto.
err-other-item-open = o ponto { $item } está aberto. Encerre-o ou adie-o primeiro: close { $item }
err-item-status = o ponto { $item } está { $status ->
    [pending] pendente
    [open] aberto
    [closed] encerrado
    [deferred] adiado
   *[other] { $status }
  }.
err-speaker-queued = { $id } já está na lista de oradores.
err-no-speakers = a lista de oradores está vazia. Acrescente um orador: speaker add ID
err-not-speaker = { $id } não está na lista de oradores.
err-bad-decision-id = "{ $id }" não é um identificador de decisão: precisa de uma letra, e P1 ou A1 estão reservados para parágrafos e ações.
err-decision-exists = já existe uma decisão "{ $id }". Escolha outro identificador ou altere-a.
err-same-text = o novo texto de { $id } é igual ao anterior.
err-already-adopted = a decisão { $id } já está adotada.
err-object-adopted = a decisão { $id } já está adotada: uma objeção já não a pode bloquear.
err-reserve-not-adopted = a decisão { $id } não está adotada: uma reserva aplica-se a uma decisão adotada.
err-defer-adopted = a decisão { $id } está adotada: não pode ser adiada.
err-already-deferred = a decisão { $id } já está adiada.
err-no-note = o ponto { $item } não tem nenhuma nota para traduzir. Escreva-a primeiro: note { $item } "text"
err-admit-not-applicant = { $id } { $category ->
    [participant] já é participante
    [observer] é observador, não candidato
    [guest] é convidado, não candidato
   *[other] não é candidato ({ $category })
  }: só um candidato pode ser admitido.
err-not-suspended = { $id } não é um participante suspenso.
err-bad-year = { $year } não é um ano.
err-both-roles = { $id } já está designado para { $year } na outra função.
err-action-done = a ação { $id } já está concluída.
err-communique-adopted = o comunicado já está adotado.
undo-nothing = não há nada seu para anular.
undo-later-depends = não é possível anular: um comando posterior depende dele ("{ $command }" de { $author }). Anule esse primeiro.
