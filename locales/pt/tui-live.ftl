# O ecrã em sessão: identidade, falhas, confirmações, registo de mensagens.

key-messages = todas as mensagens da sessão, por inteiro
status-you = você: { $author }
status-more = (L para ler tudo)
status-undone = anulado: { $command }
status-not-saving = NÃO GUARDADO
status-refresh-failed = não foi possível ler os comandos dos outros terminais, o que se vê pode estar atrasado: { $reason }
status-conflict = um comando guardado já não se aplica ao ficheiro da reunião e fica de fora: { $command } ({ $reason })
status-conflicts = { $count ->
    [one] 1 comando guardado já não se aplica (L mostra-o)
   *[other] { $count } comandos guardados já não se aplicam (L mostra-os)
  }
status-store-gone = o registo deixou de estar acessível: nada mais é guardado.
blocked-store-gone = O registo deixou de estar acessível: nada mais pode ser guardado. { $count ->
    [0] Todos os comandos mostrados como guardados estão no registo.
    [one] Este comando não foi guardado: { $commands }
   *[other] Estes { $count } comandos não foram guardados: { $commands }
  } Saia e volte a abrir a sessão.
blocked-keys = q sai
status-paste-nowhere = o texto colado vai para uma caixa de texto: prima : para a linha de comandos, ou abra primeiro o editor. Nada foi feito.
status-no-delegation = nenhuma delegação corresponde a «{ $typed }»: escreva o seu identificador ou o início de uma palavra do nome.
status-editor-failed = o editor externo falhou, nada foi guardado: { $reason }
confirm-yes-no = y sim · n não
confirm-adopt = Adotar { $id } por consenso?
confirm-defer = Adiar a decisão sobre { $id }?
confirm-speaker-absent = { $name } não está marcado como presente. Inscrever mesmo assim na lista de oradores?
confirm-discard = As suas alterações a este texto não estão guardadas. Descartá-las?
confirm-discard-keys = y descartar · n continuar a editar
confirm-translation-changed = A tradução em { $lang } de { $id } foi guardada noutro terminal enquanto editava. Guardar a sua por cima?
confirm-original-amended = O original de { $id } foi alterado enquanto traduzia (painel da esquerda). Guardar o seu texto em { $lang } como tradução do novo original?
lead-chair = presidência
communique-building = A preparar o comunicado…
editor-keys-final = Ctrl-S guardar · Esc cancelar (pergunta se alterado)
editor-original-amended = Alterado entretanto: o original diz agora
editor-original-scroll = Alt-↑ Alt-↓ deslocar
log-title = Mensagens
log-empty = Ainda não há mensagens.
choose-title = Várias delegações correspondem a «{ $typed }»: escolha uma
choose-keys = ↑ ↓ escolher · Enter confirma · Esc cancela
cli-bad-ui-lang = --ui-lang { $lang }: o plenary fala { $languages }. Escolha uma destas línguas.
key-name-space = Espaço
key-name-enter = Enter
key-name-esc = Esc
key-name-tab = Tab
key-name-back-tab = Shift-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
