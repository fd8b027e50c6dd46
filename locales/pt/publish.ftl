# A vista dos delegados: `plenary publish`, as suas páginas e mensagens.

pub-nav-label = Páginas da reunião
pub-nav-meeting = Reunião e decisões
pub-nav-communique = Comunicado
pub-nav-fingerprints = Impressões digitais
pub-nav-languages = Línguas
# O nome desta língua, escrito nela própria: a ligação a partir das páginas nas outras línguas.
pub-language-self = Português
pub-agenda = Ordem do dia
pub-col-number = N.º
pub-col-item = Ponto
pub-col-status = Estado
pub-item-status = { $status ->
    [open] em curso
    [closed] encerrado
    [deferred] adiado
   *[pending] ainda não tratado
  }
pub-decisions = Decisões
pub-no-decisions = Ainda não foi proposta nenhuma decisão.
pub-item-ref = ponto { $number } da ordem do dia
pub-outcome-pending = Ainda não adotada; o texto é publicado depois de adotado.
pub-outcome-not-adopted = Não adotada ({ $date }).
pub-outcome-adopted = { $adopted }. { $rule26 }.
pub-fingerprints-title = Impressões digitais das decisões adotadas
pub-fingerprints-intro = Uma decisão impressa termina com a sua impressão digital. Procure a decisão e a língua do seu exemplar: se a impressão digital nele impressa for diferente da indicada abaixo, o texto não é o que foi adotado.
pub-fingerprints-none = Ainda não foi adotada nenhuma decisão.
pub-col-decision = Decisão
pub-col-fingerprint = Impressão digital
pub-col-languages = Línguas do exemplar
pub-fingerprint-original = { $language } (original, tradução pendente)

pub-done = { $dir }: { $written } { $written ->
    [one] ficheiro escrito
   *[other] ficheiros escritos
  }, { $unchanged } inalterados, { $removed } removidos.
pub-updated = após o comando { $seq }: { $written } { $written ->
    [one] ficheiro escrito
   *[other] ficheiros escritos
  }, { $unchanged } inalterados, { $removed } removidos.
pub-watching = A acompanhar o registo: o sítio é atualizado após cada comando. Ctrl-C para parar.
pub-stopped = Parado; o sítio está completo até ao último comando lido.
pub-not-a-folder = { $path } não é uma pasta. Indique uma pasta para o sítio (é criada se não existir).
pub-write-failed = não é possível escrever o sítio em { $path }: { $reason }. Verifique se a pasta permite escrita e se o disco não está cheio.
pub-record-failed = não é possível ler o registo ({ $reason }); nova tentativa.
pub-signals-failed = não é possível vigiar Ctrl-C: { $reason }
pub-record-inside = { $path } contém o registo { $record }: um servidor web que servisse o sítio serviria também o registo, incluindo os projetos. Indique uma pasta própria para o sítio.
