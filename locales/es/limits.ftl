err-text-too-long = el texto tiene { $chars } caracteres; un texto puede tener como máximo { $max }. Divídalo, o ponga el anexo en un documento aparte.
