err-text-too-long = o texto tem { $chars } caracteres; um texto pode ter no máximo { $max }. Divida-o, ou ponha o anexo num documento à parte.
