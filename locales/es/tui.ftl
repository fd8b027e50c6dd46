# La interfaz de pantalla completa.

tab-agenda = Orden del día
tab-roll-call = Asistencia
tab-floor = Oradores
tab-decisions = Decisiones
tab-communique = Comunicado

too-small = El terminal mide { $width }×{ $height }; plenary necesita al menos { $min_width }×{ $min_height }. Agrande la ventana.

key-help = ayuda
key-prompt = comando
key-undo = deshacer
key-quit = salir
key-next-tab = pantalla siguiente
key-prev-tab = pantalla anterior
key-tab-agenda = pantalla del orden del día
key-tab-roll-call = pantalla de asistencia
key-tab-floor = pantalla de oradores
key-tab-decisions = pantalla de decisiones
key-tab-communique = pantalla del comunicado
key-up = subir
key-down = bajar
key-page-up = página anterior
key-page-down = página siguiente
key-ui-language = cambiar el idioma de la interfaz
key-open-item = abrir el punto
key-close-item = cerrar el punto
key-defer-item = aplazar el punto
key-toggle-present = presente / ausente
key-filter = buscar por nombre
key-participants-present = todos los participantes presentes
key-observers-present = todos los observadores presentes
key-applicants-present = todos los candidatos presentes
key-speaker-add = añadir orador
key-speaker-next = siguiente orador
key-speaker-remove = quitar de la lista
key-new-decision = nueva decisión
key-edit-decision = editar el texto
key-edit-external = editar en $EDITOR
key-adopt = adoptar
key-object = objeción
key-reserve = reserva
key-defer-decision = aplazar la decisión
key-doc-language = idioma
key-matrix = matriz de traducciones
key-translate = traducir

help-title = Teclas
help-close = cualquier otra tecla cierra
help-global = En todas partes
help-prompt-keys = En la línea de comandos (:): Tab completa comandos e identificadores, ↑ ↓ recuperan comandos anteriores, Enter ejecuta, Esc cancela.
help-editor-keys = En el editor: Ctrl-S guarda (versión definitiva), Ctrl-D guarda una traducción como borrador (solo las traducciones tienen borrador), Esc cancela y pregunta antes si el texto cambió, Alt-↑ Alt-↓ desplazan el original, lo pegado entra entero.

status-open-item = punto { $item } abierto
status-no-open-item = ningún punto abierto
status-saving = guardando…
status-saved = guardado
status-saved-command = guardado: { $command } — u deshace
status-undo-hint = u deshace su último comando
status-help-hint = ? muestra todas las teclas, : ejecuta un comando
status-prompt-error = columna { $column }: { $message }
status-choose-language = el comunicado se muestra en su idioma original: pulse l para elegir el idioma al que traducir.
status-edit-cancelled = edición cancelada; no se ha guardado nada.

col-item = Punto
col-status = Estado
col-lead = Ponente
col-time = Tiempo
col-title = Título
col-decision = Decisión
col-outcome = Resultado
col-rule = Artículo 26
col-text = Texto

item-pending = pendiente
item-open = ABIERTO
item-closed = cerrado
item-deferred = aplazado
agenda-summary = Puntos: { $items }, cerrados: { $closed }

category-participant = participante
category-observer = observador
category-applicant = candidato
category-guest = invitado
delegation-status = { $status ->
    [suspended] suspendido
    [self-suspended] autosuspendido
   *[other] { $status }
  }
roll-counts = Participantes { $present }/{ $total } · países { $countries_present }/{ $countries } · observadores { $observers }/{ $observers_total } · candidatos { $applicants }/{ $applicants_total }
roll-filter = Nombres que coinciden con "{ $filter }" (/ para cambiar, Esc en la búsqueda para borrar)
roll-filter-none = / busca una delegación por nombre o identificador
roll-no-match = Ninguna delegación coincide.

floor-no-item = No hay ningún punto abierto. Abra uno en la pantalla del orden del día (o).
floor-item = Punto { $number }: { $title } — { $elapsed }
floor-speaking = En el uso de la palabra: { $delegation }, { $elapsed }
floor-nobody = Nadie tiene la palabra.
floor-queue = En espera ({ $count })
floor-spoken = Ya intervinieron ({ $count })

decisions-of-item = Decisiones del punto { $number }: { $title }
decisions-all = Todas las decisiones (ningún punto abierto)
decisions-none = Todavía no hay decisiones: n redacta una.
outcome-drafted = en proyecto
outcome-adopted = adoptada
outcome-not-adopted = no adoptada
outcome-deferred = aplazada
rule-formally-adopted = adoptada formalmente
rule-all-languages = definitiva en todos los idiomas
rule-pending = pendiente: { $languages }
translation-original = original
translation-missing = falta
translation-draft = borrador
translation-stale = OBSOLETA
translation-final = final
detail-adopted = Adoptada por consenso, { $time }
detail-not-adopted = No adoptada: objeción de { $delegation } ({ $reason })
detail-reservation = Reserva de { $delegation }: { $text }

communique-head = Comunicado ({ $lang }) — { $pending } { $pending ->
    [one] párrafo espera
   *[other] párrafos esperan
  } traducción (l idioma, m matriz)
matrix-head = Traducciones — idioma de destino: { $lang } (l idioma, t traducir, m comunicado)

editor-draft = Nueva decisión { $id } del punto { $item }
editor-amend = Modificar { $id }
editor-translate = Traducir { $id } al idioma { $lang }
editor-keys = Ctrl-S guardar · Ctrl-D guardar como borrador · Esc cancelar
confirm-changed-meanwhile = El texto de { $id } se modificó en otro terminal mientras usted lo editaba. ¿Guardar su texto encima?
confirm-keys = y guardar el mío · n seguir editando

ask-speaker = Orador: identificador o parte del nombre
ask-object-by = ¿Quién se opone a { $id }? (identificador o parte del nombre)
ask-object-reason = Motivo de la objeción a { $id } ({ $delegation })
ask-reserve-by = ¿Quién formula una reserva sobre { $id }?
ask-reserve-text = Reserva sobre { $id } ({ $delegation })
ask-decision-id = Identificador de la nueva decisión del punto { $item }
ask-filter = Buscar una delegación por nombre o identificador
ask-keys = Enter confirma · Esc cancela
prompt-hint = un comando, por ejemplo: present NA ZW · Tab completa · Esc cancela
