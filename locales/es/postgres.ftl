# El registro en PostgreSQL: varias máquinas en una reunión.

store-pg = { $path }: PostgreSQL: { $detail }
store-pg-unreachable = no guardado: registro inaccesible ({ $path }: { $detail }). No se registró nada; vuelva a intentarlo cuando el servidor responda (un comando escrito en pantalla se conserva para ello).
store-pg-not-url = { $url }: no es un lugar para un registro. Indique una URL postgres://…, u omita --record y PLENARY_RECORD para guardar el registro en el archivo .plenary junto a la reunión.
record-copy-done = { $events ->
    [one] un evento copiado
   *[other] { $events } eventos copiados
} de { $from } a { $to }; la cadena se mantiene en ambos, cabeza { $head }.
record-copy-not-empty = { $path } ya contiene { $events ->
    [one] un evento
   *[other] { $events } eventos
}: un registro solo se copia en uno vacío (una base de datos nueva o un archivo nuevo). No se cambió nada.
