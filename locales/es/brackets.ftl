# Corchetes: palabras de un texto aún no acordadas.

help-cmd-bracket = poner entre corchetes palabras de un texto aún no acordadas (B1, B2…), por la delegación que lo pidió (--by)
help-cmd-agree = las palabras entre corchetes quedan acordadas: se quitan los corchetes y las palabras se mantienen
help-cmd-drop = las palabras entre corchetes se suprimen (nueva versión del texto)

cmd-expected-bracket = se esperaba un identificador de corchetes, como B1, pero se encontró "{ $found }". Uso: { $usage }

err-bracket-not-found = las palabras "{ $words }" no figuran en el texto actual de { $id }: cópielas de la versión vigente.
err-bracket-ambiguous = las palabras "{ $words }" figuran { $count } veces en el texto de { $id }: añada las palabras que las rodean para que figuren una sola vez.
err-bracket-overlap = estas palabras se solapan con { $other } en { $id }: acuerde o suprima primero { $other }, o ponga otras palabras entre corchetes.
err-bracket-adopted = { $id } está aprobada: sus palabras solo pueden ponerse entre corchetes si se reabre ({ $reopen }).
err-unknown-bracket = no existen los corchetes { $id }: { $count ->
    [0] aún no se ha puesto ninguna palabra entre corchetes (bracket ID "words").
    [one] solo existe B1.
   *[other] existen B1 a B{ $count }.
  }
err-bracket-closed = { $id } ya fue { $state ->
    [agreed] acordado
   *[dropped] suprimido
  }: solo pueden acordarse o suprimirse corchetes abiertos.
err-bracket-gone = las palabras de { $id } ya no figuran en el texto de { $target }: acuerde { $id } para cerrarlo.
err-bracket-whole = las palabras de { $id } son todo el texto de { $target }: suprimirlas no dejaría texto. Modifique el texto, o acuerde { $id }.
err-adopt-brackets = { $id } aún tiene palabras entre corchetes ({ $brackets }): acuerde o suprima cada uno antes de aprobar el texto (agree { $first }, drop { $first }).
err-communique-brackets = el comunicado aún tiene palabras entre corchetes: { $brackets }. Acuerde o suprima cada uno antes de aprobarlo.

# Impreso después de un texto con corchetes.
doc-bracket = { $id }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  }{ $words ->
    [none] {""}
   *[other] , sobre palabras que esta versión ya no tiene: «{ $words }»
  }
doc-brackets = Entre corchetes, aún no acordado: { $brackets }.
doc-version-dropped = Versión { $number }{ $current ->
    [yes] { " " }(el texto de arriba)
   *[no] {""}
  }: palabras de { $bracket }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  } suprimidas{ $date ->
    [none] {""}
   *[other] , { $date }
  }.

# Importación XLIFF.
xliff-unit-bracket-lost = { $id }: la traducción al { $lang } ha perdido los corchetes de { $bracket } (sus códigos { $bracket }-open y { $bracket }-close); no se registra. Vuelva a poner ambos códigos alrededor de las palabras traducidas, como en el original.
