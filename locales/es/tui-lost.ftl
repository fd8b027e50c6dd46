# A record lost under a writer: deleted, or another file moved over it.

record-replaced = { $path }: este registro se ha borrado, o se ha puesto otro archivo en su lugar, mientras plenary lo tenía abierto: ya no se guarda nada en él. Averigüe qué ha sido del archivo (una copia de seguridad, una copia movida encima) y vuelva a abrir la sesión.
blocked-record-replaced = El archivo del registro se ha borrado, o se ha puesto otro archivo en su lugar: no se puede guardar nada más. { $count ->
    [0] Ningún comando esperaba a ser guardado.
    [one] Este comando no se guardó: { $commands }
   *[other] Estos { $count } comandos no se guardaron: { $commands }
  } Salga y vuelva a abrir la sesión.
