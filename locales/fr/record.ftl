# Le registre comme archive de l’organe : sa réunion, sa chaîne, la lecture et l’importation.

record-other-meeting = { $path } : ceci est le registre de la réunion { $recorded }, et non de { $expected }. Rien n’a été modifié ; indiquez le fichier de la réunion à laquelle ce registre appartient, ou déplacez le registre.
record-break-sequence = { $path } : le registre est endommagé à l’événement { $seq } : l’événement { $expected } était attendu à cet endroit (un événement manque ou n’est pas à sa place).
record-break-group = { $path } : le registre est endommagé à l’événement { $seq } : il renvoie à la commande { $grp }, à laquelle il ne peut pas appartenir.
record-break-hash = { $path } : le registre est endommagé à l’événement { $seq } : son contenu ou un événement antérieur a été modifié depuis son enregistrement.
record-break-missing = { $path } : le registre s’arrête à l’événement { $last }, alors qu’il avait atteint l’événement { $head } : des événements manquent à la fin.
record-foreign-log = { $path } : ce journal de transactions ne prolonge pas le registre voisin (il provient d’une autre copie du registre, ou d’un autre registre). Rien n’a été modifié ; déplacez ce journal et conservez-le pour examen.
record-rescue = avertissement : { $path } n’est lu que pour sauvetage ; rien ne peut y être enregistré. Conservez-en une copie et exécutez plenary verify sur celle-ci.
record-unchained = avertissement : { $path } est un registre antérieur à la chaîne d’empreintes ; il sera mis à niveau lors du premier enregistrement d’une commande.
record-none = { $path } : il n’existe pas encore de registre pour cette réunion, et aucun n’a été créé. Enregistrez d’abord une commande (plenary do, ou l’écran en direct).
record-verify-ok = { $path } : le registre est intègre : { $events } événements de { $meeting }, tête de chaîne { $head }.
record-verify-unchained = { $path } : ce registre est antérieur à la chaîne d’empreintes et ne peut pas être vérifié. Enregistrez-y une commande pour le mettre à niveau, puis vérifiez à nouveau.
record-verify-unreadable = { $path } : l’événement { $seq } est illisible ({ $detail }).
record-import-done = { $path } : { $events } événements importés ; tête de chaîne { $head }.
record-import-exists = { $path } : un registre existe déjà à cet endroit. L’importation ne crée qu’un nouveau registre : déplacez d’abord l’ancien.
record-import-unreadable = { $path } : ce n’est pas une exportation de plenary ({ $detail }).
record-write-kept = impossible d’écrire { $path } : { $reason }. Le fichier qui s’y trouvait est inchangé.
