# El registro de la sesión.

store-sqlite = { $path }: el registro no se puede utilizar ({ $detail }).
store-newer = { $path }: este registro lo escribió una versión más reciente de plenary (versión del registro { $found }; este programa lee hasta la versión { $supported }). Utilice la versión más reciente de plenary; el registro no se ha modificado.
store-foreign = { $path }: este archivo no es un registro de plenary. Muévalo a otro lugar o indique otro archivo.
store-corrupt = { $path }: no se puede leer el evento { $seq } ({ $detail }). Es posible que otro programa haya modificado el registro.
