# Instantanés de l’état replié (un cache à côté des événements du registre), tels que `plenary verify` les juge.
snapshot-bad-digest = { $path } : l’instantané à l’événement { $seq } est endommagé : son contenu ne correspond pas à sa propre empreinte.
snapshot-bad-chain = { $path } : l’instantané à l’événement { $seq } ne correspond pas à la chaîne du registre à cet événement.
snapshot-bad-unreadable = { $path } : l’instantané à l’événement { $seq } est illisible ({ $detail }).
snapshot-disagrees = { $path } : l’instantané à l’événement { $seq } ne correspond pas à ce que donne le repli du registre à cet événement.
snapshot-bad-advice = { $path } : les événements eux-mêmes sont intègres, et un instantané qui échoue à ces contrôles n’est jamais utilisé ; mais ce fichier a été modifié par autre chose que plenary : découvrez quoi avant de vous y fier.
snapshot-unused-program = { $path } : l’instantané à l’événement { $seq } a été écrit par { $program } et n’est pas utilisé par cette version (elle replie elle-même les événements).
snapshot-unused-meeting = { $path } : l’instantané à l’événement { $seq } a été pris avec une autre version du fichier de la réunion et n’est pas utilisé (les événements sont repliés avec le fichier de la réunion tel qu’il est maintenant).
