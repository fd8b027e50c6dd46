# Où le registre est tenu (`record =`, --record, PLENARY_RECORD), et les dommages qu’on y trouve.

location-empty = l’emplacement du registre est vide. Supprimez la ligne « record = » pour tenir le registre dans le fichier .plenary à côté de la réunion, ou indiquez un nom de fichier se terminant par .plenary ou une URL postgres://….
location-unknown = "{ $value }" n’est pas un emplacement de registre. Indiquez un nom de fichier se terminant par .plenary (tenu à côté du fichier de la réunion) ou une URL postgres://….
location-absolute = "{ $value }" est un chemin depuis la racine, or un registre est tenu à côté du fichier de sa réunion. Indiquez un nom de fichier se terminant par .plenary, ou un chemin sous le dossier de la réunion.
location-escapes = "{ $value }" sort du dossier de la réunion (par « .. »). Indiquez un nom de fichier se terminant par .plenary, ou un chemin sous le dossier de la réunion.
location-not-record-name = "{ $value }" n’est pas le nom d’un registre : le nom d’un fichier de registre se termine par .plenary.
location-folder = "{ $value }" est un dossier. Indiquez le nom du fichier du registre, se terminant par .plenary.
location-no-host = "{ $value }" ne nomme aucun serveur. Ajoutez l’hôte (postgres://HÔTE/BASE) ou le dossier du socket (postgres:///BASE?host=/var/run/postgresql).
location-no-database = "{ $value }" ne nomme aucune base de données. Ajoutez-la après l’hôte : postgres://HÔTE/BASE.
location-password = "{ $value }" contient un mot de passe, or le fichier de la réunion est partagé et conservé des années. Retirez-le de l’URL et placez-le dans le fichier de mots de passe que nomme PGPASSFILE (par défaut ~/.pgpass).
location-bad-url = "{ $value }" n’est pas une URL PostgreSQL lisible ({ $detail }). Écrivez-la sous la forme postgres://UTILISATEUR@HÔTE/BASE.

record-integrity = { $path } : ce qui contient le registre est endommagé : la vérification propre à la base de données trouve { $count ->
    [one] un problème
   *[other] { $count } problèmes
} ({ $detail }). Les événements se lisent peut-être encore en entier, mais une écriture dans le registre pourrait échouer. Gardez une copie du fichier, puis refaites le registre à partir de son export : plenary export, déplacez le fichier, plenary import.
store-damaged = { $path } : le registre est endommagé : son fichier ne peut être lu comme un registre ({ $detail }). Rien n’a été modifié. Gardez-en une copie, lancez plenary verify dessus et restaurez le registre à partir d’une copie ou d’un export.
record-read-refused = { $path } : aucun document n’est produit à partir d’un registre endommagé. Gardez une copie du fichier et lancez plenary verify dessus ; plenary export lit encore ce qu’il contient, à des fins de sauvetage.
