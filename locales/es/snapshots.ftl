# Instantáneas del estado acumulado (una caché junto a los eventos del registro), tal como `plenary verify` las juzga.
snapshot-bad-digest = { $path }: la instantánea en el evento { $seq } está dañada: su contenido no coincide con su propio resumen criptográfico.
snapshot-bad-chain = { $path }: la instantánea en el evento { $seq } no coincide con la cadena del registro en ese evento.
snapshot-bad-unreadable = { $path }: la instantánea en el evento { $seq } no se puede leer ({ $detail }).
snapshot-disagrees = { $path }: la instantánea en el evento { $seq } no coincide con lo que da la acumulación del registro en ese evento.
snapshot-bad-advice = { $path }: los eventos en sí están íntegros, y nunca se usa una instantánea que no supere estas comprobaciones; pero algo distinto de plenary modificó este archivo: averigüe qué antes de confiar en él.
snapshot-unused-program = { $path }: la instantánea en el evento { $seq } la escribió { $program } y esta versión no la usa (acumula los eventos por sí misma).
snapshot-unused-meeting = { $path }: la instantánea en el evento { $seq } se tomó con otra versión del archivo de la reunión y no se usa (los eventos se acumulan con el archivo de la reunión tal como está ahora).
