# A record lost under a writer: deleted, or another file moved over it.

record-replaced = { $path } : ce registre a été supprimé, ou un autre fichier a été mis à sa place, pendant que plenary l’avait ouvert : plus rien n’y est enregistré. Cherchez ce qu’est devenu le fichier (une sauvegarde, une copie déplacée par-dessus), puis rouvrez la séance.
blocked-record-replaced = Le fichier du registre a été supprimé, ou un autre fichier a été mis à sa place : plus rien ne peut être enregistré. { $count ->
    [0] Aucune commande n’attendait d’être enregistrée.
    [one] Cette commande n’a pas été enregistrée : { $commands }
   *[other] Ces { $count } commandes n’ont pas été enregistrées : { $commands }
  } Quittez, puis rouvrez la séance.
