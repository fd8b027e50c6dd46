# A linguagem de comandos à letra: um texto vai entre aspas, uma opção é uma
# das do seu comando, e undo deixa as adoções como estão. A verificação única
# do que um comando traz: o nome do seu autor.

cmd-text-unquoted = { $arg } escreve-se entre aspas duplas, como em "{ $found }": uma palavra sem aspas nunca é tomada como texto. Utilização: { $usage }
cmd-text-unquoted-shell = { $arg } escreve-se entre aspas duplas; a partir da shell, proteja-as também, como em '"{ $found }"': uma palavra sem aspas nunca é tomada como texto. Utilização: { $usage }
cmd-unknown-flag = "{ $found }" não é uma opção de { $command }. { $suggestion ->
    [none] { $options ->
        [none] Este comando não tem opções.
       *[other] As suas opções: { $options }.
    }
   *[other] Queria dizer { $suggestion }?
  } Utilização: { $usage }
err-id-dash = "{ $id }" começa por um hífen, que a linguagem de comandos reserva às opções (--draft): escolha um identificador que comece por uma letra ou um algarismo.
undo-adoption-decision = não é possível anular "{ $command }": undo nunca anula uma adoção, e a decisão { $id } continua adotada. Para a alterar, reabra-a, o que fica registado: { $reopen }
undo-adoption-communique = não é possível anular a adoção do comunicado: undo nunca anula uma adoção. Para alterar o comunicado, reabra-o, o que fica registado: reopen communique
err-author-empty = o nome do autor está vazio: indique um com --as NOME ou PLENARY_USER.
err-author-hidden-char = o nome do autor "{ $author }" contém um carácter invisível, de controlo ou de mudança de linha ({ $code }): indique um nome só com caracteres visíveis e espaços simples com --as NOME ou PLENARY_USER.
err-author-too-long = o nome do autor tem { $chars } caracteres; pode ter no máximo { $max }. Indique um mais curto com --as NOME ou PLENARY_USER.
record-import-refused = { $path }: o evento { $seq } não pode ser importado: { $reason } Nada foi importado.
undo-reopening-decision = não é possível anular a reabertura de { $id }: undo nunca repõe uma adoção sem a registar. Para a adotar de novo: { $adopt }
undo-reopening-communique = não é possível anular a reabertura do comunicado: undo nunca repõe uma adoção sem a registar. Para o adotar de novo: adopt communique
err-reopen-not-adopted = a decisão { $id } não está adotada: não há nada a reabrir.
