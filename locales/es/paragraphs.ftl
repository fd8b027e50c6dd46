# El comunicado párrafo por párrafo: adopt Pn ["texto"], hold Pn, reopen Pn.

cmd-expected-paragraph = se esperaba un identificador de párrafo como P3 o G-totals, se encontró "{ $found }". Uso: { $usage }

para-err-unknown = no existe el párrafo "{ $id }" en el comunicado: los párrafos registrados son P1, P2…, los generados G-opening, G-attendance, G-totals, G-admissions, G-chair-TEMA, G-chair, G-adoption, G-thanks y G-next (la vista Comunicado de la pantalla en directo muestra cada identificador).
para-err-not-printed = el comunicado no tiene por ahora el párrafo { $id }: los hechos que enunciaría aún no están registrados.
para-err-adopted = el párrafo { $id } está aprobado: su texto solo puede cambiar si se reabre ({ $reopen }).
para-err-bracketed = el párrafo { $id } aún tiene palabras entre corchetes ({ $brackets }): acuerde o suprima cada uno antes de aprobarlo.
para-err-words = falta el texto del párrafo { $id } en { $lang } o no está en un idioma oficial: apruébelo de nuevo desde el programa, que lo registra tal como se imprime.
para-err-held = el párrafo { $id } ya está reservado para consultas: apruébelo cuando terminen (adopt { $id }).
para-err-not-adopted = el párrafo { $id } no está aprobado: no hay nada que reabrir.
para-err-communique-held = el comunicado aún tiene párrafos reservados para consultas: { $paragraphs }. Apruebe cada uno (adopt Pn, o adopt Pn "texto" en su forma enmendada oralmente) antes de aprobar el comunicado.
undo-adoption-paragraph = no se puede deshacer la aprobación del párrafo { $id }: undo nunca deshace una aprobación. Para modificar el párrafo, reábralo, lo que queda registrado: { $reopen }
undo-reopening-paragraph = no se puede deshacer la reapertura del párrafo { $id }: apruébelo de nuevo, lo que queda registrado: { $adopt }

# Impreso bajo un párrafo de un proyecto de comunicado reservado para consultas.
para-held-note = Reservado para consultas.

# Versión resultante de aprobar un párrafo en su forma enmendada oralmente.
para-version-oral = aprobada en su forma enmendada oralmente

# Vista Comunicado de la pantalla en directo, tras el identificador de un párrafo aprobado: [P3, aprobado].
para-screen-adopted = aprobado

# Teclas de la vista Comunicado de la pantalla en directo (mostradas con ?).
para-key-next = párrafo siguiente (para aprobar o reservar)
para-key-prev = párrafo anterior
para-key-adopt = aprobar el párrafo seleccionado tal como está
para-key-hold = reservar el párrafo seleccionado para consultas
