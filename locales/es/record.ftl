# El registro como archivo del órgano: su reunión, su cadena, la lectura y la importación.

record-other-meeting = { $path }: este es el registro de la reunión { $recorded }, no de { $expected }. No se ha modificado nada; indique el archivo de la reunión a la que pertenece este registro, o retire el registro.
record-break-sequence = { $path }: el registro está dañado en el evento { $seq }: allí correspondía el evento { $expected } (falta un evento o está fuera de lugar).
record-break-group = { $path }: el registro está dañado en el evento { $seq }: remite al comando { $grp }, al que no puede pertenecer.
record-break-hash = { $path }: el registro está dañado en el evento { $seq }: su contenido o un evento anterior se modificó después de registrarse.
record-break-missing = { $path }: el registro termina en el evento { $last }, pero había llegado al evento { $head }: faltan eventos al final.
record-foreign-log = { $path }: este archivo de transacciones no continúa el registro contiguo (procede de otra copia del registro, o de otro registro). No se ha modificado nada; retire ese archivo y consérvelo para examinarlo.
record-rescue = aviso: { $path } se lee solo para rescate; no se puede registrar nada en él. Guarde una copia y ejecute plenary verify sobre ella.
record-unchained = aviso: { $path } es un registro anterior a la cadena de resúmenes; se actualizará la primera vez que se registre en él un comando.
record-none = { $path }: todavía no hay registro de esta reunión, y no se ha creado ninguno. Registre primero un comando (plenary do, o la pantalla en directo).
record-verify-ok = { $path }: el registro está íntegro: { $events } eventos de { $meeting }, cabeza de la cadena { $head }.
record-verify-unchained = { $path }: este registro es anterior a la cadena de resúmenes y no se puede verificar. Registre en él un comando para actualizarlo y verifique de nuevo.
record-verify-unreadable = { $path }: el evento { $seq } no se puede leer ({ $detail }).
record-import-done = { $path }: { $events } eventos importados; cabeza de la cadena { $head }.
record-import-exists = { $path }: ya hay un registro allí. La importación solo crea un registro nuevo: retire primero el anterior.
record-import-unreadable = { $path }: no es una exportación de plenary ({ $detail }).
record-write-kept = no se puede escribir { $path }: { $reason }. El archivo que había no se ha modificado.
