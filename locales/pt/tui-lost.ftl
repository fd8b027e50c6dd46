# A record lost under a writer: deleted, or another file moved over it.

record-replaced = { $path }: este registo foi apagado, ou foi posto outro ficheiro no seu lugar, enquanto o plenary o tinha aberto: já nada é guardado nele. Averigue o que aconteceu ao ficheiro (uma cópia de segurança, uma cópia movida por cima) e volte a abrir a sessão.
blocked-record-replaced = O ficheiro do registo foi apagado, ou foi posto outro ficheiro no seu lugar: nada mais pode ser guardado. { $count ->
    [0] Nenhum comando estava à espera de ser guardado.
    [one] Este comando não foi guardado: { $commands }
   *[other] Estes { $count } comandos não foram guardados: { $commands }
  } Saia e volte a abrir a sessão.
