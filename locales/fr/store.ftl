# Le registre de la séance.

store-sqlite = { $path } : le registre est inutilisable ({ $detail }).
store-newer = { $path } : ce registre a été écrit par une version plus récente de plenary (version de registre { $found } ; ce programme lit jusqu’à la version { $supported }). Utilisez la version plus récente de plenary ; le registre n’a pas été modifié.
store-foreign = { $path } : ce fichier n’est pas un registre plenary. Déplacez-le ou indiquez un autre fichier.
store-corrupt = { $path } : l’événement { $seq } est illisible ({ $detail }). Le registre a peut-être été modifié par un autre programme.
