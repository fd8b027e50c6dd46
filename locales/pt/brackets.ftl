# Parênteses retos: palavras de um texto ainda não acordadas.

help-cmd-bracket = pôr entre parênteses retos palavras de um texto ainda não acordadas (B1, B2…), pela delegação que o pediu (--by)
help-cmd-agree = as palavras entre parênteses retos são acordadas: os parênteses retos são retirados, as palavras ficam
help-cmd-drop = as palavras entre parênteses retos são suprimidas (nova versão do texto)

cmd-expected-bracket = esperava-se um identificador de parênteses retos, como B1, mas encontrou-se "{ $found }". Utilização: { $usage }

err-bracket-not-found = as palavras "{ $words }" não constam do texto atual de { $id }: copie-as da versão em vigor.
err-bracket-ambiguous = as palavras "{ $words }" constam { $count } vezes do texto de { $id }: acrescente as palavras à sua volta para que constem uma só vez.
err-bracket-overlap = estas palavras sobrepõem-se a { $other } em { $id }: acorde ou suprima primeiro { $other }, ou ponha outras palavras entre parênteses.
err-bracket-adopted = { $id } está adotada: as suas palavras só podem ser postas entre parênteses se for reaberta ({ $reopen }).
err-unknown-bracket = não existem os parênteses retos { $id }: { $count ->
    [0] ainda não se puseram palavras entre parênteses (bracket ID "words").
    [one] só existe B1.
   *[other] existem B1 a B{ $count }.
  }
err-bracket-closed = { $id } já foi { $state ->
    [agreed] acordado
   *[dropped] suprimido
  }: só parênteses abertos podem ser acordados ou suprimidos.
err-bracket-gone = as palavras de { $id } já não constam do texto de { $target }: acorde { $id } para o encerrar.
err-bracket-whole = as palavras de { $id } são todo o texto de { $target }: suprimi-las não deixaria texto. Altere o texto, ou acorde { $id }.
err-adopt-brackets = { $id } ainda tem palavras entre parênteses retos ({ $brackets }): acorde ou suprima cada um antes de adotar o texto (agree { $first }, drop { $first }).
err-communique-brackets = o comunicado ainda tem palavras entre parênteses retos: { $brackets }. Acorde ou suprima cada um antes de o adotar.

# Impresso depois de um texto com parênteses retos.
doc-bracket = { $id }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  }{ $words ->
    [none] {""}
   *[other] , sobre palavras que esta versão já não tem: «{ $words }»
  }
doc-brackets = Entre parênteses retos, ainda não acordado: { $brackets }.
doc-version-dropped = Versão { $number }{ $current ->
    [yes] { " " }(o texto acima)
   *[no] {""}
  }: palavras de { $bracket }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  } suprimidas{ $date ->
    [none] {""}
   *[other] , { $date }
  }.

# Importação XLIFF.
xliff-unit-bracket-lost = { $id }: a tradução para { $lang } perdeu os parênteses de { $bracket } (os códigos { $bracket }-open e { $bracket }-close); não é registada. Volte a pôr os dois códigos à volta das palavras traduzidas, como no original.
