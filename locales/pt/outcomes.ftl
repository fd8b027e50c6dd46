# Identificadores, histórico das decisões, comunicado adotado, ajuda dos comandos.

err-id-empty = um identificador não pode estar vazio.
err-id-keyword = "{ $id }" é uma palavra da linguagem de comandos e não pode ser um identificador: escolha outro.
err-id-hidden-char = este identificador contém um carácter invisível ou de controlo ({ $code }): volte a escrevê-lo só com caracteres visíveis e espaços simples.
err-id-spaces = "{ $id }" tem espaços onde um identificador não os pode ter: o identificador de uma delegação ou de um órgão é uma só palavra, e o de uma decisão tem apenas espaços simples entre palavras, nenhum no início nem no fim.
err-id-quote = "{ $id }" contém aspas, que um identificador não pode conter.
err-id-no-letter = "{ $id }" não é um identificador de decisão: precisa de uma letra (como KP/2009/IS/3) para não ser confundido com o número de um ponto.
err-id-program-made = "{ $id }" não é um identificador de decisão: P1, A1, R1, O1 e AM1 são os identificadores que o programa dá a parágrafos, ações, reservas, objeções e alterações.
cmd-expected-text-id = esperava-se o identificador de uma decisão, parágrafo (P1), ação (A1), reserva (R1) ou objeção (O1), mas encontrou-se "{ $found }". Utilização: { $usage }
err-unknown-text = não existe a reserva ou objeção "{ $id }". A exportação e a matriz de traduções indicam cada texto com o seu identificador.
err-objector-absent = { $id } não está marcado como presente, e só um participante presente pode objetar. Se a delegação estiver na sala: present { $id }
err-already-objected = { $by } já mantém uma objeção a { $id }.
err-adopt-objected = { $id } não pode ser adotado: { $by } objetou, e a objeção mantém-se. Depois de retirada ({ $withdraw }), adote-o.
err-no-objection = { $by } não mantém nenhuma objeção a { $id }.
err-communique-final = o comunicado está adotado e já não pode mudar. Para o alterar, primeiro: reopen communique
err-communique-not-adopted = o comunicado não está adotado: não há nada a reabrir.

dec-blocked = Não adotada: consenso bloqueado { $delegations } (objeção de { $date }; { $count ->
    [one] mantém-se uma objeção
   *[other] mantêm-se { $count } objeções
}).
dec-history = Percurso: { $steps }.
# Between two steps of the history.
dec-step-separator = { "; " }
dec-step-objected = objeção { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [o] do { $delegation }
        [a] da { $delegation }
        [os] dos { $delegation }
        [as] das { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegação: { $delegation })
  }, em { $date }
dec-step-withdrawn = retirada da objeção { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [o] do { $delegation }
        [a] da { $delegation }
        [os] dos { $delegation }
        [as] das { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegação: { $delegation })
  }, em { $date }
dec-step-deferred = adiada em { $date }
dec-step-adopted = adotada em { $date }
dec-step-reopened = reaberta em { $date }
dec-objection = Objeção { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [o] do { $delegation }
        [a] da { $delegation }
        [os] dos { $delegation }
        [as] das { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegação: { $delegation })
  }: { $text }
dec-objection-withdrawn = Objeção { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [o] do { $delegation }
        [a] da { $delegation }
        [os] dos { $delegation }
        [as] das { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegação: { $delegation })
  }, entretanto retirada: { $text }
cli-empty-author = --as precisa de um nome: quem está a registar estes comandos?

help-commands = Comandos (na linha : e em plenary do)
help-cmd-present = marcar delegações como presentes (ou participants, observers, applicants, all)
help-cmd-absent = marcar delegações como ausentes
help-cmd-open = abrir um ponto da ordem do dia
help-cmd-close = encerrar um ponto da ordem do dia
help-cmd-defer = adiar um ponto da ordem do dia, ou uma decisão
help-cmd-speaker = a lista de oradores do ponto aberto
help-cmd-draft = uma nova decisão num ponto
help-cmd-amend = um novo texto original, antes da adoção; as traduções ficam desatualizadas
help-cmd-translate = a tradução de qualquer texto (identificador de decisão, P, A, R ou O)
help-cmd-adopt = adotar uma decisão por consenso, ou o comunicado no seu conjunto
help-cmd-object = um participante presente bloqueia o consenso, indicando a razão
help-cmd-withdraw = um participante retira a sua objeção, ou é retirada uma proposta (AMn)
help-cmd-reserve = uma reserva a uma decisão adotada
help-cmd-note = um parágrafo do comunicado num ponto, ou a sua tradução
help-cmd-admit = um candidato torna-se participante
help-cmd-suspend = suspender um participante
help-cmd-reinstate = reintegrar um participante suspenso
help-cmd-chair = a presidência escolhida para um ano
help-cmd-vice-chair = a vice-presidência escolhida para um ano
help-cmd-statement = a declaração de uma delegação, para a ata
help-cmd-wg = o relatório de um grupo de trabalho num ponto
help-cmd-recommend = uma decisão recomendada por um grupo de trabalho
help-cmd-action = uma ação de um grupo de trabalho
help-cmd-done = uma ação está concluída
help-cmd-reopen = reabrir uma decisão adotada, ou o comunicado adotado, para os poder alterar
help-cmd-undo = anular o seu último comando
help-cmd-hold = reservar um parágrafo do comunicado para consultas (adopt Pn levanta a reserva)
