# A interface de ecrã inteiro.
# Nota: o código cria o pacote com a etiqueta "pt", cujas regras CLDR classificam 0 como "one";
# as variantes [0] mantêm o plural europeu.

tab-agenda = Ordem do dia
tab-roll-call = Chamada
tab-floor = Oradores
tab-decisions = Decisões
tab-communique = Comunicado

too-small = O terminal tem { $width }×{ $height }; o plenary precisa de pelo menos { $min_width }×{ $min_height }. Aumente a janela.

key-help = ajuda
key-prompt = comando
key-undo = anular
key-quit = sair
key-next-tab = ecrã seguinte
key-prev-tab = ecrã anterior
key-tab-agenda = ecrã da ordem do dia
key-tab-roll-call = ecrã da chamada
key-tab-floor = ecrã dos oradores
key-tab-decisions = ecrã das decisões
key-tab-communique = ecrã do comunicado
key-up = subir
key-down = descer
key-page-up = página anterior
key-page-down = página seguinte
key-ui-language = mudar a língua da interface
key-open-item = abrir o ponto
key-close-item = encerrar o ponto
key-defer-item = adiar o ponto
key-toggle-present = presente / ausente
key-filter = procurar por nome
key-participants-present = todos os participantes presentes
key-observers-present = todos os observadores presentes
key-applicants-present = todos os candidatos presentes
key-speaker-add = acrescentar orador
key-speaker-next = orador seguinte
key-speaker-remove = retirar da lista
key-new-decision = nova decisão
key-edit-decision = editar o texto
key-edit-external = editar em $EDITOR
key-adopt = adotar
key-object = objeção
key-reserve = reserva
key-defer-decision = adiar a decisão
key-doc-language = língua
key-matrix = matriz de traduções
key-translate = traduzir

help-title = Teclas
help-close = qualquer outra tecla fecha
help-global = Em todo o lado
help-prompt-keys = Na linha de comando (:): Tab completa comandos e identificadores, ↑ ↓ recuperam comandos anteriores, Enter executa, Esc cancela.
help-editor-keys = No editor: Ctrl-S guarda (versão definitiva), Ctrl-D guarda uma tradução como projeto (só as traduções têm projeto), Esc cancela e pergunta antes se o texto mudou, Alt-↑ Alt-↓ deslocam o original, o texto colado entra inteiro.

status-open-item = ponto { $item } aberto
status-no-open-item = nenhum ponto aberto
status-saving = a guardar…
status-saved = guardado
status-saved-command = guardado: { $command } — u anula
status-undo-hint = u anula o seu último comando
status-help-hint = ? mostra todas as teclas, : executa um comando
status-prompt-error = coluna { $column }: { $message }
status-choose-language = o comunicado é apresentado na língua original: prima l para escolher a língua para a qual traduzir.
status-edit-cancelled = edição cancelada; nada foi guardado.

col-item = Ponto
col-status = Estado
col-lead = Relator
col-time = Tempo
col-title = Título
col-decision = Decisão
col-outcome = Resultado
col-rule = Artigo 26
col-text = Texto

item-pending = pendente
item-open = ABERTO
item-closed = encerrado
item-deferred = adiado
agenda-summary = Pontos: { $items }, encerrados: { $closed }

category-participant = participante
category-observer = observador
category-applicant = candidato
category-guest = convidado
delegation-status = { $status ->
    [suspended] suspenso
    [self-suspended] autossuspenso
   *[other] { $status }
  }
roll-counts = Participantes { $present }/{ $total } · países { $countries_present }/{ $countries } · observadores { $observers }/{ $observers_total } · candidatos { $applicants }/{ $applicants_total }
roll-filter = Nomes que correspondem a "{ $filter }" (/ para alterar, Esc na pesquisa para limpar)
roll-filter-none = / procura uma delegação por nome ou identificador
roll-no-match = Nenhuma delegação corresponde.

floor-no-item = Nenhum ponto está aberto. Abra um no ecrã da ordem do dia (o).
floor-item = Ponto { $number }: { $title } — { $elapsed }
floor-speaking = No uso da palavra: { $delegation }, { $elapsed }
floor-nobody = Ninguém tem a palavra.
floor-queue = Em espera ({ $count })
floor-spoken = Já intervieram ({ $count })

decisions-of-item = Decisões no âmbito do ponto { $number }: { $title }
decisions-all = Todas as decisões (nenhum ponto aberto)
decisions-none = Ainda não há decisões: n redige uma.
outcome-drafted = em projeto
outcome-adopted = adotada
outcome-not-adopted = não adotada
outcome-deferred = adiada
rule-formally-adopted = formalmente adotada
rule-all-languages = definitiva em todas as línguas
rule-pending = pendente: { $languages }
translation-original = original
translation-missing = em falta
translation-draft = projeto
translation-stale = OBSOLETA
translation-final = final
detail-adopted = Adotada por consenso, { $time }
detail-not-adopted = Não adotada: objeção de { $delegation } ({ $reason })
detail-reservation = Reserva de { $delegation }: { $text }

communique-head = Comunicado ({ $lang }) — { $pending } { $pending ->
    [0] parágrafos aguardam
    [one] parágrafo aguarda
   *[other] parágrafos aguardam
  } tradução (l língua, m matriz)
matrix-head = Traduções — língua de chegada: { $lang } (l língua, t traduzir, m comunicado)

editor-draft = Nova decisão { $id } no âmbito do ponto { $item }
editor-amend = Alterar { $id }
editor-translate = Traduzir { $id } para { $lang }
editor-keys = Ctrl-S guardar · Ctrl-D guardar como projeto · Esc cancelar
confirm-changed-meanwhile = O texto de { $id } foi alterado noutro terminal enquanto o editava. Guardar o seu texto por cima?
confirm-keys = y guardar o meu · n continuar a editar

ask-speaker = Orador: identificador ou parte do nome
ask-object-by = Quem se opõe a { $id }? (identificador ou parte do nome)
ask-object-reason = Motivo da objeção a { $id } ({ $delegation })
ask-reserve-by = Quem formula uma reserva a { $id }?
ask-reserve-text = Reserva a { $id } ({ $delegation })
ask-decision-id = Identificador da nova decisão no âmbito do ponto { $item }
ask-filter = Procurar uma delegação por nome ou identificador
ask-keys = Enter confirma · Esc cancela
prompt-hint = um comando, por exemplo: present NA ZW · Tab completa · Esc cancela
