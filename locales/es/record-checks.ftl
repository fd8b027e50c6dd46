# Dónde se guarda el registro (`record =`, --record, PLENARY_RECORD), y los daños que se hallen en él.

location-empty = el lugar del registro está vacío. Quite la línea «record =» para guardar el registro en el archivo .plenary junto a la reunión, o indique un nombre de archivo terminado en .plenary o una URL postgres://….
location-unknown = "{ $value }" no es un lugar para un registro. Indique un nombre de archivo terminado en .plenary (guardado junto al archivo de la reunión) o una URL postgres://….
location-absolute = "{ $value }" es una ruta desde la raíz, pero un registro se guarda junto al archivo de su reunión. Indique un nombre de archivo terminado en .plenary, o una ruta dentro de la carpeta de la reunión.
location-escapes = "{ $value }" sale de la carpeta de la reunión (por «..»). Indique un nombre de archivo terminado en .plenary, o una ruta dentro de la carpeta de la reunión.
location-not-record-name = "{ $value }" no es el nombre de un registro: el nombre de un archivo de registro termina en .plenary.
location-folder = "{ $value }" es una carpeta. Indique el nombre del archivo del registro, terminado en .plenary.
location-no-host = "{ $value }" no indica ningún servidor. Añada el host (postgres://HOST/BASE) o la carpeta del socket (postgres:///BASE?host=/var/run/postgresql).
location-no-database = "{ $value }" no indica ninguna base de datos. Añádala después del host: postgres://HOST/BASE.
location-password = "{ $value }" contiene una contraseña, y el archivo de la reunión se comparte y se conserva durante años. Quítela de la URL y póngala en el archivo de contraseñas que indica PGPASSFILE (por defecto ~/.pgpass).
location-bad-url = "{ $value }" no es una URL de PostgreSQL legible ({ $detail }). Escríbala como postgres://USUARIO@HOST/BASE.

record-integrity = { $path }: lo que guarda el registro está dañado: la comprobación propia de la base de datos encuentra { $count ->
    [one] un problema
   *[other] { $count } problemas
} ({ $detail }). Puede que los eventos aún se lean enteros, pero escribir en el registro podría fallar. Guarde una copia del archivo y rehaga el registro a partir de su exportación: plenary export, aparte el archivo, plenary import.
store-damaged = { $path }: el registro está dañado: su archivo no puede leerse como un registro ({ $detail }). No se ha cambiado nada. Guarde una copia, ejecute plenary verify sobre ella y restaure el registro a partir de una copia o de una exportación.
record-read-refused = { $path }: no se produce nada a partir de un registro dañado. Guarde una copia del archivo y ejecute plenary verify sobre él; plenary export aún lee lo que contiene, para rescatarlo.
