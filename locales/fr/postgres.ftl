# Le registre dans PostgreSQL : plusieurs machines pour une réunion.

store-pg = { $path } : PostgreSQL : { $detail }
store-pg-unreachable = non enregistré : registre injoignable ({ $path } : { $detail }). Rien n’a été enregistré ; réessayez quand le serveur répondra (une commande tapée à l’écran est conservée pour cela).
store-pg-not-url = { $url } : ce n’est pas un emplacement de registre. Donnez une URL postgres://…, ou omettez --record et PLENARY_RECORD pour garder le registre dans le fichier .plenary à côté de la réunion.
record-copy-done = { $events ->
    [one] un événement copié
   *[other] { $events } événements copiés
} de { $from } vers { $to } ; la chaîne tient dans les deux, tête { $head }.
record-copy-not-empty = { $path } contient déjà { $events ->
    [one] un événement
   *[other] { $events } événements
} : un registre ne se copie que dans un registre vide (une nouvelle base ou un nouveau fichier). Rien n’a été modifié.
