# La vista de los delegados: `plenary publish`, sus páginas y sus mensajes.

pub-nav-label = Páginas de la reunión
pub-nav-meeting = Reunión y decisiones
pub-nav-communique = Comunicado
pub-nav-fingerprints = Huellas
pub-nav-languages = Idiomas
# El nombre de este idioma, escrito en él mismo: el enlace desde las páginas en los demás idiomas.
pub-language-self = Español
pub-agenda = Orden del día
pub-col-number = N.º
pub-col-item = Tema
pub-col-status = Estado
pub-item-status = { $status ->
    [open] en curso
    [closed] cerrado
    [deferred] aplazado
   *[pending] aún no tratado
  }
pub-decisions = Decisiones
pub-no-decisions = Todavía no se ha propuesto ninguna decisión.
pub-item-ref = tema { $number } del orden del día
pub-outcome-pending = Aún no adoptada; el texto se publica una vez adoptado.
pub-outcome-not-adopted = No adoptada ({ $date }).
pub-outcome-adopted = { $adopted }. { $rule26 }.
pub-fingerprints-title = Huellas de las decisiones adoptadas
pub-fingerprints-intro = Una decisión impresa termina con su huella. Busque la decisión y el idioma de su ejemplar: si la huella impresa en él difiere de la que figura abajo, el texto no es el adoptado.
pub-fingerprints-none = Todavía no se ha adoptado ninguna decisión.
pub-col-decision = Decisión
pub-col-fingerprint = Huella
pub-col-languages = Idiomas del ejemplar
pub-fingerprint-original = { $language } (original, traducción pendiente)

pub-done = { $dir }: { $written } { $written ->
    [one] archivo escrito
   *[other] archivos escritos
  }, { $unchanged } sin cambios, { $removed } eliminados.
pub-updated = tras el comando { $seq }: { $written } { $written ->
    [one] archivo escrito
   *[other] archivos escritos
  }, { $unchanged } sin cambios, { $removed } eliminados.
pub-watching = Siguiendo el registro: el sitio se actualiza tras cada comando. Ctrl-C para detener.
pub-stopped = Detenido; el sitio está completo hasta el último comando leído.
pub-not-a-folder = { $path } no es una carpeta. Indique una carpeta para el sitio (se crea si no existe).
pub-write-failed = no se puede escribir el sitio en { $path }: { $reason }. Compruebe que la carpeta admite escritura y que el disco no está lleno.
pub-record-failed = no se puede leer el registro ({ $reason }); se intentará de nuevo.
pub-signals-failed = no se puede vigilar Ctrl-C: { $reason }
pub-record-inside = { $path } contiene el registro { $record }: un servidor web que sirviera el sitio serviría también el registro, borradores incluidos. Indique una carpeta propia para el sitio.
