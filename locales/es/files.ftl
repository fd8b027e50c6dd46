# Problemas en los archivos del órgano y de la reunión, mostrados como archivo:línea:columna: mensaje.

file-not-found = archivo no encontrado. Compruebe la ruta.
file-unreadable = no se puede leer el archivo ({ $reason }).
file-is-directory = esto es un directorio, no un archivo. Indique el archivo .toml de la reunión.
file-too-large = el archivo ocupa { $megabytes } MB, demasiado para un orden del día. Indique el archivo .toml de la reunión.
file-not-utf8 = a partir de aquí, el archivo no es texto UTF-8. Guárdelo como texto UTF-8.
file-empty = el archivo está vacío. Escriba en él sus claves como se describe en docs/file-formats.md.
file-toml-syntax = sintaxis TOML: { $detail }. Corrija la sintaxis aquí.
file-more-problems = { $count } { $count ->
    [one] problema más sin mostrar
   *[other] problemas más sin mostrar
  }. Corrija primero estos.
file-incomplete = no se pudo leer la reunión. Corrija los problemas anteriores.
file-wrong-type = `{ $key }` debe ser { $expected ->
    [string] una cadena
    [integer] un número entero
    [boolean] un booleano (true o false)
    [table] una tabla
    [array-of-strings] una lista de cadenas
    [array-of-tables] una lista de tablas
    [localised] una cadena o una tabla de idiomas
   *[other] { $expected }
  }, no { $found ->
    [string] una cadena
    [integer] un número entero
    [float] un número decimal
    [boolean] un booleano
    [datetime] una fecha u hora
    [array] una lista
    [table] una tabla
   *[other] { $found }
  }.
file-missing-key = falta la clave `{ $key }`. Añádala.
file-unknown-key = clave desconocida `{ $key }`. Se esperaba una de estas: { $expected }.
file-empty-value = la clave `{ $key }` está vacía. Escriba un valor o elimine la clave.
file-bad-integer = `{ $key }` no es un número entero dentro del rango admitido.
file-bad-date = `{ $key }` debe ser una fecha con el formato YYYY-MM-DD.
file-bad-choice = `{ $key }` no puede ser "{ $found }". Utilice uno de estos valores: { $expected }.
file-unknown-language = "{ $lang }" no es un idioma oficial del órgano ({ $languages }). Utilice uno de ellos o añádalo a los idiomas del órgano.
file-missing-original = `{ $key }` no tiene texto en el idioma original ({ $lang }). Añádalo: el original es obligatorio.
file-no-languages = el órgano no tiene idiomas oficiales. Enumérelos en `languages`, con el original en primer lugar.
file-unsupported-language = plenary no tiene traducción de sus propios mensajes a "{ $lang }". Idiomas disponibles: { $supported }.
file-duplicate-language = el idioma "{ $lang }" figura dos veces. Elimine uno.
file-bad-language-tag = "{ $lang }" no es una etiqueta de idioma. Utilice una etiqueta BCP 47, como en-GB o fr.
file-bad-id = el identificador "{ $id }" solo puede contener letras, dígitos, - y _. Cámbiele el nombre.
file-duplicate-id = el identificador "{ $id }" ya se usa en la línea { $line }. Los identificadores no distinguen entre mayúsculas y minúsculas: cambie el nombre de uno de ellos.
file-membership-and-category = la clave `{ $key }` no puede figurar junto a `membership`. Muévala a las entradas de `membership`.
file-empty-membership = `membership` está vacío. Añada al menos una entrada con `from` y `category`.
file-membership-order = la entrada de pertenencia del { $date } debe ir después de la del { $previous }. Ordene las entradas por fecha.
file-bad-country = "{ $code }" no es un código de país. Utilice dos letras mayúsculas ISO 3166, como AT.
file-duplicate-country = el país "{ $code }" figura dos veces. Elimine uno.
file-body-not-found = no se encontró el archivo del órgano "{ $path }" (se buscó en { $looked }). La ruta es relativa al archivo de la reunión.
file-body-has-problems = el archivo del órgano "{ $path }" tiene problemas, indicados con su nombre. Corríjalos.
file-closes-before-opens = la reunión se clausura ({ $closes }) antes de abrirse ({ $opens }). Corrija una de las fechas.
file-not-member-then = "{ $id }" no es miembro del órgano el día de apertura. Compruebe sus fechas de pertenencia en el archivo del órgano.
file-unknown-delegation = no hay ninguna delegación "{ $id }" en el archivo del órgano ni entre los invitados. Compruebe el identificador.
file-not-participant = "{ $id }" es { $category ->
    [observer] observador
    [applicant] candidato
    [guest] invitado
   *[other] { $category }
  } el día de apertura; debe ser un participante.
file-chair-is-vice-chair = "{ $id }" no puede ocupar a la vez la presidencia y la vicepresidencia. Designe otra vicepresidencia.
file-guest-id-taken = el identificador de invitado "{ $id }" ya corresponde a una delegación o a un órgano. Elija otro.
file-no-items = la reunión no tiene puntos en el orden del día. Añada al menos un [[items]].
file-bad-item-number = "{ $number }" no es un número de punto. Utilice dígitos y puntos, como 3 o 2.1.
file-quote-item-number = `{ $key } = { $number }` es un número decimal, no un número de punto. Escríbalo entre comillas: { $key } = "{ $number }".
file-duplicate-item = el punto { $number } ya figura en la línea { $line }. Renumere uno de ellos.
file-item-order = el punto { $number } va después del punto { $previous }. Ponga los puntos en orden.
file-bad-lead = "{ $id }" no es una delegación, ni un órgano subsidiario, ni "chair". Compruebe el identificador.
file-bad-minutes = { $minutes } minutos no es una duración posible para un punto. Indique un valor de 1 a 1440.
file-unknown-subsidiary = no existe el órgano subsidiario "{ $id }" en el archivo del órgano (conocidos: { $known }).
file-draft-and-final = el texto "{ $lang }" está a la vez en `text` y en `draft`, o es el original. Manténgalo en un solo lugar.
file-bad-year = `{ $key }` debe ser un año, como 2010.
file-bad-month = `{ $key }` debe ser un mes del 1 al 12.
file-not-regular = esto no es un archivo normal (dispositivo o tubería). Indique el archivo .toml de la reunión.
