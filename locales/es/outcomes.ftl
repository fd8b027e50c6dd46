# Identificadores, historial de las decisiones, comunicado aprobado, ayuda de los comandos.

err-id-empty = un identificador no puede estar vacío.
err-id-keyword = "{ $id }" es una palabra del lenguaje de comandos y no puede ser un identificador: elija otro.
err-id-hidden-char = este identificador contiene un carácter invisible o de control ({ $code }): vuelva a escribirlo solo con caracteres visibles y espacios simples.
err-id-spaces = "{ $id }" tiene espacios donde un identificador no puede tenerlos: el de una delegación o un órgano es una sola palabra, y el de una decisión solo lleva espacios simples entre palabras, ninguno al principio ni al final.
err-id-quote = "{ $id }" contiene comillas, que un identificador no puede contener.
err-id-no-letter = "{ $id }" no es un identificador de decisión: necesita una letra (como KP/2009/IS/3) para que no se confunda con el número de un tema.
err-id-program-made = "{ $id }" no es un identificador de decisión: P1, A1, R1, O1 y AM1 son los identificadores que el programa da a párrafos, acciones, reservas, objeciones y enmiendas.
cmd-expected-text-id = se esperaba el identificador de una decisión, un párrafo (P1), una acción (A1), una reserva (R1) o una objeción (O1), pero se encontró "{ $found }". Uso: { $usage }
err-unknown-text = no existe la reserva ni la objeción "{ $id }". La exportación y la matriz de traducciones indican cada texto con su identificador.
err-objector-absent = { $id } no está marcado como presente, y solo un participante presente puede objetar. Si la delegación está en la sala: present { $id }
err-already-objected = { $by } ya mantiene una objeción a { $id }.
err-adopt-objected = { $id } no puede aprobarse: { $by } objetó y la objeción se mantiene. Una vez retirada ({ $withdraw }), apruébela.
err-no-objection = { $by } no mantiene ninguna objeción a { $id }.
err-communique-final = el comunicado está aprobado y ya no puede cambiar. Para modificarlo, primero: reopen communique
err-communique-not-adopted = el comunicado no está aprobado: no hay nada que reabrir.

dec-blocked = No aprobada: consenso bloqueado por { $delegations } (objeción del { $date }; { $count ->
    [one] se mantiene una objeción
   *[other] se mantienen { $count } objeciones
}).
dec-history = Trayectoria: { $steps }.
# Between two steps of the history.
dec-step-separator = { "; " }
dec-step-objected = objeción { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [el] del { $delegation }
        [la] de la { $delegation }
        [los] de los { $delegation }
        [las] de las { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegación: { $delegation })
  }, el { $date }
dec-step-withdrawn = retirada de la objeción { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [el] del { $delegation }
        [la] de la { $delegation }
        [los] de los { $delegation }
        [las] de las { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegación: { $delegation })
  }, el { $date }
dec-step-deferred = aplazada el { $date }
dec-step-adopted = aprobada el { $date }
dec-step-reopened = reabierta el { $date }
dec-objection = Objeción { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [el] del { $delegation }
        [la] de la { $delegation }
        [los] de los { $delegation }
        [las] de las { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegación: { $delegation })
  }: { $text }
dec-objection-withdrawn = Objeción { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [el] del { $delegation }
        [la] de la { $delegation }
        [los] de los { $delegation }
        [las] de las { $delegation }
       *[other] de { $delegation }
      }
   *[other] (delegación: { $delegation })
  }, retirada después: { $text }
cli-empty-author = --as necesita un nombre: ¿quién registra estos comandos?

help-commands = Comandos (en la línea : y en plenary do)
help-cmd-present = marcar delegaciones como presentes (o participants, observers, applicants, all)
help-cmd-absent = marcar delegaciones como ausentes
help-cmd-open = abrir un tema del programa
help-cmd-close = cerrar un tema del programa
help-cmd-defer = aplazar un tema del programa, o una decisión
help-cmd-speaker = la lista de oradores del tema abierto
help-cmd-draft = una nueva decisión en un tema
help-cmd-amend = un nuevo texto original, antes de la aprobación; sus traducciones quedan desfasadas
help-cmd-translate = la traducción de cualquier texto (identificador de decisión, P, A, R u O)
help-cmd-adopt = aprobar una decisión por consenso, o el comunicado en su conjunto
help-cmd-object = un participante presente bloquea el consenso, con su motivo
help-cmd-withdraw = un participante retira su objeción, o se retira una propuesta (AMn)
help-cmd-reserve = una reserva sobre una decisión aprobada
help-cmd-note = un párrafo del comunicado en un tema, o su traducción
help-cmd-admit = un candidato pasa a ser participante
help-cmd-suspend = suspender a un participante
help-cmd-reinstate = readmitir a un participante suspendido
help-cmd-chair = la presidencia elegida para un año
help-cmd-vice-chair = la vicepresidencia elegida para un año
help-cmd-statement = la declaración de una delegación, para que conste en acta
help-cmd-wg = el informe de un grupo de trabajo en un tema
help-cmd-recommend = una decisión recomendada por un grupo de trabajo
help-cmd-action = una acción de un grupo de trabajo
help-cmd-done = una acción está cumplida
help-cmd-reopen = reabrir una decisión aprobada, o el comunicado aprobado, para poder modificarlos
help-cmd-undo = deshacer su último comando
help-cmd-hold = reservar un párrafo del comunicado para consultas (adopt Pn levanta la reserva)
