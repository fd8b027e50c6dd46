# El lenguaje de comandos al pie de la letra: un texto va entre comillas,
# una opción es una de las de su comando, y undo deja las adopciones como
# están. La comprobación única de lo que lleva un comando: el nombre de su
# autor.

cmd-text-unquoted = { $arg } se escribe entre comillas dobles, como en "{ $found }": una palabra sin comillas nunca se toma como texto. Uso: { $usage }
cmd-text-unquoted-shell = { $arg } se escribe entre comillas dobles; desde el shell, protéjalas también, como en '"{ $found }"': una palabra sin comillas nunca se toma como texto. Uso: { $usage }
cmd-unknown-flag = "{ $found }" no es una opción de { $command }. { $suggestion ->
    [none] { $options ->
        [none] Este comando no tiene opciones.
       *[other] Sus opciones: { $options }.
    }
   *[other] ¿Quiso decir { $suggestion }?
  } Uso: { $usage }
err-id-dash = "{ $id }" empieza por un guion, que el lenguaje de comandos reserva a las opciones (--draft): elija un identificador que empiece por una letra o una cifra.
undo-adoption-decision = no se puede deshacer "{ $command }": undo nunca deshace una aprobación, y la decisión { $id } sigue aprobada. Para modificarla, reábrala, lo que queda registrado: { $reopen }
undo-adoption-communique = no se puede deshacer la aprobación del comunicado: undo nunca deshace una aprobación. Para modificar el comunicado, reábralo, lo que queda registrado: reopen communique
err-author-empty = el nombre del autor está vacío: indique uno con --as NOMBRE o PLENARY_USER.
err-author-hidden-char = el nombre del autor "{ $author }" contiene un carácter invisible, de control o de salto de línea ({ $code }): indique un nombre solo con caracteres visibles y espacios simples con --as NOMBRE o PLENARY_USER.
err-author-too-long = el nombre del autor tiene { $chars } caracteres; puede tener como máximo { $max }. Indique uno más corto con --as NOMBRE o PLENARY_USER.
record-import-refused = { $path }: el evento { $seq } no se puede importar: { $reason } No se importó nada.
undo-reopening-decision = no se puede deshacer la reapertura de { $id }: undo nunca restablece una aprobación sin registrarla. Para aprobarla de nuevo: { $adopt }
undo-reopening-communique = no se puede deshacer la reapertura del comunicado: undo nunca restablece una aprobación sin registrarla. Para aprobarlo de nuevo: adopt communique
err-reopen-not-adopted = la decisión { $id } no está aprobada: no hay nada que reabrir.
