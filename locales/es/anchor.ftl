# Archivos que el programa debe escribir (-o ARCHIVO, las páginas del sitio) y
# la cabeza del registro: impresa en cada documento, verificada por `plenary verify --head`.

anchor-output-not-a-file = no se puede escribir { $path }: { $followed ->
        [yes] es un enlace a { $target }, que es
       *[no] es
    } { $what ->
        [directory] una carpeta
        [char-device] un dispositivo
        [block-device] un dispositivo de disco
        [fifo] un FIFO (tubería con nombre)
       *[socket] un socket
    }, no un archivo; se ha dejado como estaba. Indique en -o el nombre de un archivo (nuevo o que se vaya a sustituir), u omita -o para escribir en la salida estándar.
anchor-output-stream = no se puede escribir { $path }: este nombre designa uno de los flujos estándar del programa, no un archivo. Omita -o: el documento va a la salida estándar, que el shell puede redirigir (> ARCHIVO, | PROGRAMA).
anchor-head = Registro: { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }, cabeza de la cadena { $head } (primeros 16 dígitos hexadecimales).
anchor-head-empty = Registro: todavía sin eventos.
anchor-head-bad = --head { $given }: no es una cabeza. Indique los eventos y la cabeza de la cadena impresos en un documento en la forma EVENTOS:CABEZA, por ejemplo 1234:3f2a8c1d9e0b7a65 (al menos los 16 dígitos hexadecimales impresos, o la cabeza entera que muestra plenary verify).
anchor-head-short = { $path }: el registro ya no contiene la cabeza impresa en el documento: tiene { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }, menos de { $expected }. Se cortaron eventos de su final, o es otro registro de la reunión. Busque el registro del que se imprimió el documento (una copia, una copia de seguridad) y verifíquelo con la misma cabeza.
anchor-head-differs = { $path }: el evento { $seq } difiere de la cabeza impresa en el documento: el registro se ha sustituido o reescrito desde entonces. Busque el registro del que se imprimió el documento (una copia, una copia de seguridad) y verifíquelo con la misma cabeza.
anchor-head-ok = { $path }: el registro contiene la cabeza { $head } del evento { $seq }: su historial hasta ese evento es la que se imprimió.
