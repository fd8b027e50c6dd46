# Intercambio XLIFF con las herramientas de TAO de los traductores, y formatos binarios.

xliff-not-well-formed = el archivo no es XML bien formado: { $reason }. Compruebe que la herramienta de TAO lo guardó entero.
xliff-doctype = el archivo declara un DOCTYPE: XLIFF no necesita ninguno, y las entidades podrían expandirse sin fin. Exporte de nuevo el archivo desde la herramienta de TAO.
xliff-entity = el archivo usa una entidad que XML no define ({ $reason }): escriba el propio carácter.
xliff-version = este archivo está en XLIFF { $version }; plenary lee XLIFF 1.2. Exporte la versión 1.2 desde la herramienta de TAO.
xliff-not-xliff = este no es un archivo XLIFF (empieza por «{ $element }»): indique el archivo .xlf que escribió la herramienta de TAO.
xliff-no-target-language = el elemento <file> no tiene target-language: indique a qué idioma se tradujo.
xliff-mixed-languages = el archivo mezcla varios pares de idiomas: importe un idioma cada vez.
xliff-unit-without-id = un <trans-unit> no tiene identificador: este archivo no lo exportó plenary.
xliff-one-language = indique un solo idioma de traducción, no todos.
xliff-target-is-original = { $lang } es el idioma original de los documentos: indique un idioma de traducción.
xliff-kind = { $kind ->
    [decision] decisión
    [recommendation] recomendación
    [administrative-decision] decisión administrativa
    [note] párrafo del comunicado
    [report] informe de grupo de trabajo
    [statement] declaración para que conste en acta
    [reservation] reserva sobre una decisión
    [objection] motivo de una objeción
    [action] medida que debe adoptarse
   *[other] { $kind }
  }
xliff-note = Tema { $item } del programa: { $kind }
xliff-note-stale = El original se modificó después de hacerse esta traducción: revise la traducción frente al nuevo original.
xliff-exported = { $lang }: { $count } { $count ->
    [one] texto espera
   *[other] textos esperan
  } traducción.
xliff-source-language = { $file }: el idioma de origen es { $found }, pero el idioma original de esta reunión es { $expected }.
xliff-unknown-unit = { $file }: ningún texto de esta reunión tiene el identificador { $id }: el archivo es de otra reunión. No se registró nada.
xliff-unit-changed = { $id }: el original se modificó desde la exportación; la traducción al { $lang } no se registra. Exporte de nuevo y traduzca el nuevo original.
xliff-unit-refused = { $id }: { $reason }. No se registró nada.
xliff-imported = { $lang }: { $count } { $count ->
    [one] traducción registrada
   *[other] traducciones registradas
  }, { $unchanged } sin cambios, { $refused } rechazada(s).
xliff-not-utf8 = { $file } no está en UTF-8: guárdelo en UTF-8 desde la herramienta de TAO.
formats-binary-to-terminal = un documento { $format } no es texto para un terminal: escríbalo en un archivo con -o ARCHIVO, o redirija la salida estándar.
formats-pdf-failed = no se pudo componer el PDF: { $reason }
