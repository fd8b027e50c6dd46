# O registo em PostgreSQL: várias máquinas numa reunião.

store-pg = { $path }: PostgreSQL: { $detail }
store-pg-unreachable = não guardado: registo inacessível ({ $path }: { $detail }). Nada foi registado; tente de novo quando o servidor responder (um comando escrito no ecrã é mantido para isso).
store-pg-not-url = { $url }: não é um local para um registo. Indique um URL postgres://…, ou omita --record e PLENARY_RECORD para manter o registo no ficheiro .plenary junto da reunião.
record-copy-done = { $events ->
    [one] um evento copiado
   *[other] { $events } eventos copiados
} de { $from } para { $to }; a cadeia mantém-se em ambos, cabeça { $head }.
record-copy-not-empty = { $path } já contém { $events ->
    [one] um evento
   *[other] { $events } eventos
}: um registo só é copiado para um registo vazio (uma base de dados nova ou um ficheiro novo). Nada foi alterado.
