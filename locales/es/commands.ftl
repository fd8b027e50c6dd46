# Errores del lenguaje de comandos y de los comandos que no se pueden ejecutar.

cmd-empty = no se ha indicado ningún comando. Escriba un comando, por ejemplo: present NA
cmd-unknown = comando desconocido "{ $word }". { $suggestion ->
    [none] Comandos: { $commands }.
   *[other] ¿Quiso decir "{ $suggestion }"? Comandos: { $commands }.
  }
cmd-unclosed-quote = el texto entre comillas no está cerrado. Termínelo con ".
cmd-bad-escape = "{ $escape }" no es una secuencia de escape. Entre comillas, escriba \" para unas comillas y \\ para una barra invertida.
cmd-space-after-quote = ponga un espacio después de las comillas de cierre.
cmd-quote-in-word = hay comillas dentro de una palabra. Ponga todo el texto entre comillas dobles.
cmd-missing-arg = falta { $arg }. Uso: { $usage }
cmd-extra-arg = "{ $found }" inesperado. Ponga el texto entre comillas dobles. Uso: { $usage }
cmd-expected-id = se esperaba { $arg } (un identificador), pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-item = se esperaba un número de punto, como 3 o 2.1, pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-decision = se esperaba un identificador de decisión, como KP/2009/IS/3, pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-item-or-decision = se esperaba un número de punto (3) o un identificador de decisión (KP/2009/IS/3), pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-choice = se esperaba uno de estos valores: { $choices }, pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-year = se esperaba un año, como 2010, pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-lang = se esperaba un idioma, como fr, pero se encontró "{ $found }". Ponga el texto entre comillas dobles. Uso: { $usage }
cmd-expected-date = se esperaba una fecha con el formato YYYY-MM-DD, pero se encontró "{ $found }". Uso: { $usage }
cmd-expected-option = "{ $found }" inesperado; las opciones son { $options }. Uso: { $usage }
cmd-expected-action = se esperaba un identificador de acción, como A1, pero se encontró "{ $found }". Uso: { $usage }
cmd-empty-text = { $arg } está vacío. Escríbalo entre comillas dobles. Uso: { $usage }

err-unknown-item = no hay ningún punto { $item } en el orden del día.
err-unknown-delegation = no hay ninguna delegación "{ $id }" en esta reunión. { $suggestions ->
    [none] Compruebe el identificador.
   *[other] ¿Quiso decir { $suggestions }?
  }
err-body-not-delegation = "{ $id }" es un órgano subsidiario, no una delegación.
err-unknown-decision = no existe la decisión "{ $id }". Redáctela primero: draft ITEM { $id } "text"
err-unknown-paragraph = no existe el párrafo "{ $id }".
err-unknown-body = no existe el órgano subsidiario "{ $id }".
err-unknown-action = no existe la acción "{ $id }".
err-unknown-language = "{ $lang }" no es un idioma oficial ({ $languages }).
err-translate-original = "{ $lang }" es el idioma original: utilice amend para modificar el original.
err-empty-text = el texto está vacío.
err-nobody = no se ha indicado ninguna delegación.
err-not-participant = { $id } es { $category ->
    [observer] observador
    [applicant] candidato
    [guest] invitado
   *[other] { $category }
  }: solo un participante puede hacer esto.
err-participant-suspended = { $id } está { $status ->
    [suspended] suspendido
    [self-suspended] autosuspendido
   *[other] { $status }
  }: no puede hacer esto mientras no se levante la suspensión.
err-no-open-item = no hay ningún punto abierto. Abra uno primero: open ITEM
err-item-already-open = el punto { $item } ya está abierto.
err-other-item-open = el punto { $item } está abierto. Ciérrelo o aplácelo primero: close { $item }
err-item-status = el punto { $item } está { $status ->
    [pending] pendiente
    [open] abierto
    [closed] cerrado
    [deferred] aplazado
   *[other] { $status }
  }.
err-speaker-queued = { $id } ya está en la lista de oradores.
err-no-speakers = la lista de oradores está vacía. Añada un orador: speaker add ID
err-not-speaker = { $id } no está en la lista de oradores.
err-bad-decision-id = "{ $id }" no es un identificador de decisión: necesita una letra, y P1 o A1 están reservados para párrafos y acciones.
err-decision-exists = ya existe una decisión "{ $id }". Elija otro identificador o modifíquela.
err-same-text = el nuevo texto de { $id } es igual al anterior.
err-already-adopted = la decisión { $id } ya está adoptada.
err-object-adopted = la decisión { $id } ya está adoptada: una objeción ya no puede bloquearla.
err-reserve-not-adopted = la decisión { $id } no está adoptada: una reserva se formula sobre una decisión adoptada.
err-defer-adopted = la decisión { $id } está adoptada: no se puede aplazar.
err-already-deferred = la decisión { $id } ya está aplazada.
err-no-note = el punto { $item } no tiene ninguna nota que traducir. Escríbala primero: note { $item } "text"
err-admit-not-applicant = { $id } { $category ->
    [participant] ya es participante
    [observer] es observador, no candidato
    [guest] es invitado, no candidato
   *[other] no es candidato ({ $category })
  }: solo se puede admitir a un candidato.
err-not-suspended = { $id } no es un participante suspendido.
err-bad-year = { $year } no es un año.
err-both-roles = { $id } ya está designado para { $year } en la otra función.
err-action-done = la acción { $id } ya está realizada.
err-communique-adopted = el comunicado ya está adoptado.
undo-nothing = no hay nada suyo que deshacer.
undo-later-depends = no se puede deshacer: un comando posterior depende de él ("{ $command }" de { $author }). Deshaga ese primero.
