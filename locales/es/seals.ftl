# Sellos y correcciones: un texto aprobado queda sellado en cada idioma y
# solo cambia mediante una corrección; cada idioma tiene su huella digital.

help-cmd-correct = una corrección de un texto aprobado en un idioma: el nuevo texto sellado y su motivo

err-sealed = { $id } está aprobada y sellada en { $lang }, por lo que { $what ->
    [amend] su texto ya no se puede modificar
    [translate] su traducción al { $lang } es definitiva y no se puede sustituir
    [propose] no admite ninguna propuesta
   *[accept] la { $amendment } no puede aceptarse
  }. Un texto sellado solo cambia mediante una corrección, que queda registrada e impresa: { $correct }. Para volver a negociarla, reábrala: { $reopen }
err-correct-unsealed = { $id } no está sellada en { $lang }: { $why ->
    [adopted] no está aprobada, por lo que su texto cambia mediante una modificación, no una corrección: { $amend }
   *[translation] su traducción al { $lang } aún no es definitiva, por lo que cambia mediante una traducción, no una corrección: { $translate }
  }
err-correct-no-reason = una corrección necesita un motivo, que se imprime con ella: indíquelo como último texto, correct ID LANG "text" "reason".
undo-correction = no se puede deshacer la corrección de { $id } en { $lang }: undo nunca deshace un texto sellado. Registre en su lugar una nueva corrección: { $correct }
undo-sealed = no se puede deshacer "{ $command }": cambiaría el texto sellado de { $id } en { $lang }. Un texto sellado solo cambia mediante una corrección: { $correct }

# La línea de versión de un original corregido.
seal-version-corrected = corregida ({ $reason })
# Impreso con el texto, en todos los formatos, decisión y comunicado.
seal-corrected = Corregido el { $date }: { $reason }
# La huella digital del texto en el idioma del documento.
seal-fingerprint = Huella digital del texto en { $language } (primeros 16 dígitos hexadecimales de su SHA-256): { $fingerprint }
seal-fingerprint-corrected = Corrección del { $date } en { $language }: huella digital { $before } antes, { $after } después.
cli-fingerprint-lang = { $id } ({ $language }): huella digital { $fingerprint }

# El sitio de los delegados: la página de las huellas digitales.
pub-fingerprints-how = Cada valor son los primeros 16 dígitos hexadecimales del SHA-256 del texto en ese idioma tal como se imprime (su forma Unicode NFC, en UTF-8, sin salto de línea final): printf '%s' "TEXTO" | sha256sum lo da.
pub-col-corrigenda = Versiones selladas anteriores
pub-corrigendum = { $language }, corregido el { $date }: { $reason }. Huella digital antes: { $before }; después: { $after }.
