# La pantalla en sesión: identidad, fallos, confirmaciones, registro de mensajes.

key-messages = todos los mensajes de la sesión, completos
status-you = usted: { $author }
status-more = (L para leerlo todo)
status-undone = deshecho: { $command }
status-not-saving = SIN GUARDAR
status-refresh-failed = no se pudieron leer los comandos de los otros terminales, lo que se ve puede estar atrasado: { $reason }
status-conflict = un comando guardado ya no se aplica al archivo de la reunión y queda fuera: { $command } ({ $reason })
status-conflicts = { $count ->
    [one] 1 comando guardado ya no se aplica (L lo muestra)
   *[other] { $count } comandos guardados ya no se aplican (L los muestra)
  }
status-store-gone = ya no se puede acceder al registro: no se guarda nada más.
blocked-store-gone = Ya no se puede acceder al registro: no se puede guardar nada más. { $count ->
    [0] Todo comando mostrado como guardado está en el registro.
    [one] Este comando no se guardó: { $commands }
   *[other] Estos { $count } comandos no se guardaron: { $commands }
  } Salga y vuelva a abrir la sesión.
blocked-keys = q sale
status-paste-nowhere = el texto pegado va a un cuadro de texto: pulse : para la línea de comandos, o abra primero el editor. No se hizo nada.
status-no-delegation = ninguna delegación coincide con «{ $typed }»: escriba su identificador o el comienzo de una palabra de su nombre.
status-editor-failed = el editor externo falló, no se guardó nada: { $reason }
confirm-yes-no = y sí · n no
confirm-adopt = ¿Adoptar { $id } por consenso?
confirm-defer = ¿Aplazar la decisión sobre { $id }?
confirm-speaker-absent = { $name } no figura como presente. ¿Inscribirla de todos modos en la lista de oradores?
confirm-discard = Sus cambios en este texto no están guardados. ¿Descartarlos?
confirm-discard-keys = y descartar · n seguir editando
confirm-translation-changed = La traducción al { $lang } de { $id } se guardó en otro terminal mientras usted editaba. ¿Guardar la suya encima?
confirm-original-amended = El original de { $id } se modificó mientras usted traducía (panel izquierdo). ¿Guardar su texto en { $lang } como traducción del nuevo original?
lead-chair = presidencia
communique-building = Preparando el comunicado…
editor-keys-final = Ctrl-S guardar · Esc cancelar (pregunta si hay cambios)
editor-original-amended = Modificado entretanto: el original dice ahora
editor-original-scroll = Alt-↑ Alt-↓ desplazar
log-title = Mensajes
log-empty = Aún no hay mensajes.
choose-title = Varias delegaciones coinciden con «{ $typed }»: elija una
choose-keys = ↑ ↓ elegir · Intro confirma · Esc cancela
cli-bad-ui-lang = --ui-lang { $lang }: plenary habla { $languages }. Elija una de esas lenguas.
key-name-space = Espacio
key-name-enter = Intro
key-name-esc = Esc
key-name-tab = Tab
key-name-back-tab = Mayús-Tab
key-name-page-up = RePág
key-name-page-down = AvPág
