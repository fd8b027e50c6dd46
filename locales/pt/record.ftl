# O registo como arquivo do órgão: a sua reunião, a sua cadeia, a leitura e a importação.

record-other-meeting = { $path }: este é o registo da reunião { $recorded }, e não de { $expected }. Nada foi alterado; indique o ficheiro da reunião a que este registo pertence, ou retire o registo daí.
record-break-sequence = { $path }: o registo está danificado no evento { $seq }: era esperado ali o evento { $expected } (falta um evento ou está fora do lugar).
record-break-group = { $path }: o registo está danificado no evento { $seq }: refere o comando { $grp }, ao qual não pode pertencer.
record-break-hash = { $path }: o registo está danificado no evento { $seq }: o seu conteúdo ou um evento anterior foi alterado depois de registado.
record-break-missing = { $path }: o registo termina no evento { $last }, mas já tinha chegado ao evento { $head }: faltam eventos no fim.
record-foreign-log = { $path }: este ficheiro de transações não continua o registo ao lado (vem de outra cópia do registo, ou de outro registo). Nada foi alterado; retire esse ficheiro e guarde-o para análise.
record-rescue = aviso: { $path } é lido apenas para recuperação; nada pode ser registado nele. Guarde uma cópia e execute plenary verify sobre ela.
record-unchained = aviso: { $path } é um registo anterior à cadeia de resumos; será atualizado na primeira vez que nele se registar um comando.
record-none = { $path }: ainda não existe registo desta reunião, e nenhum foi criado. Registe primeiro um comando (plenary do, ou o ecrã em direto).
record-verify-ok = { $path }: o registo está íntegro: { $events } eventos de { $meeting }, topo da cadeia { $head }.
record-verify-unchained = { $path }: este registo é anterior à cadeia de resumos e não pode ser verificado. Registe nele um comando para o atualizar e verifique de novo.
record-verify-unreadable = { $path }: o evento { $seq } não pode ser lido ({ $detail }).
record-import-done = { $path }: { $events } eventos importados; topo da cadeia { $head }.
record-import-exists = { $path }: já existe ali um registo. A importação só cria um registo novo: retire primeiro o antigo.
record-import-unreadable = { $path }: não é uma exportação do plenary ({ $detail }).
record-write-kept = não é possível escrever { $path }: { $reason }. O ficheiro que lá estava não foi alterado.
