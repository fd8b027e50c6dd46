# Fichiers que le programme doit écrire (-o FICHIER, les pages du site) et
# tête du registre : imprimée sur chaque document, vérifiée par `plenary verify --head`.

anchor-output-not-a-file = impossible d’écrire { $path } : { $followed ->
        [yes] c’est un lien vers { $target }, qui est
       *[no] c’est
    } { $what ->
        [directory] un dossier
        [char-device] un périphérique
        [block-device] un périphérique de disque
        [fifo] un FIFO (tube nommé)
       *[socket] un socket
    }, pas un fichier ; il a été laissé tel quel. Donnez à -o le nom d’un fichier (nouveau, ou à remplacer), ou omettez -o pour écrire sur la sortie standard.
anchor-output-stream = impossible d’écrire { $path } : ce nom désigne l’un des flux standard du programme, pas un fichier. Omettez -o : le document va sur la sortie standard, que le shell peut rediriger (> FICHIER, | PROGRAMME).
anchor-head = Registre : { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }, tête de chaîne { $head } (16 premiers chiffres hexadécimaux).
anchor-head-empty = Registre : aucun événement pour l’instant.
anchor-head-bad = --head { $given } : ce n’est pas une tête. Donnez les événements et la tête de chaîne imprimés sur un document sous la forme ÉVÉNEMENTS:TÊTE, par exemple 1234:3f2a8c1d9e0b7a65 (au moins les 16 chiffres hexadécimaux imprimés, ou la tête entière qu’affiche plenary verify).
anchor-head-short = { $path } : le registre ne contient plus la tête imprimée sur le document : il compte { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }, moins que { $expected }. Des événements ont été retirés de sa fin, ou c’est un autre registre de la réunion. Retrouvez le registre d’où le document a été imprimé (une copie, une sauvegarde) et vérifiez-le avec la même tête.
anchor-head-differs = { $path } : l’événement { $seq } diffère de la tête imprimée sur le document : le registre a été remplacé ou réécrit depuis. Retrouvez le registre d’où le document a été imprimé (une copie, une sauvegarde) et vérifiez-le avec la même tête.
anchor-head-ok = { $path } : le registre contient la tête { $head } de l’événement { $seq } : son historique jusqu’à cet événement est celui qui a été imprimé.
