# Le langage de commande pris à la lettre : un texte est entre guillemets,
# une option est l’une de celles de sa commande, et undo laisse les adoptions
# telles quelles. Le contrôle unique de ce que porte une commande : le nom
# de son auteur.

cmd-text-unquoted = { $arg } s’écrit entre guillemets droits, comme dans "{ $found }" : un mot sans guillemets n’est jamais pris pour un texte. Syntaxe : { $usage }
cmd-text-unquoted-shell = { $arg } s’écrit entre guillemets droits ; depuis le shell, protégez-les aussi, comme dans '"{ $found }"' : un mot sans guillemets n’est jamais pris pour un texte. Syntaxe : { $usage }
cmd-unknown-flag = "{ $found }" n’est pas une option de { $command }. { $suggestion ->
    [none] { $options ->
        [none] Cette commande n’en a aucune.
       *[other] Ses options : { $options }.
    }
   *[other] Vouliez-vous dire { $suggestion } ?
  } Syntaxe : { $usage }
err-id-dash = "{ $id }" commence par un tiret, que le langage de commande réserve aux options (--draft) : choisissez un identifiant qui commence par une lettre ou un chiffre.
undo-adoption-decision = impossible d’annuler "{ $command }" : undo n’annule jamais une adoption, et la décision { $id } reste adoptée. Pour la modifier, rouvrez-la, ce qui est consigné : { $reopen }
undo-adoption-communique = impossible d’annuler l’adoption du communiqué : undo n’annule jamais une adoption. Pour modifier le communiqué, rouvrez-le, ce qui est consigné : reopen communique
err-author-empty = le nom de l’auteur est vide : indiquez-en un avec --as NOM ou PLENARY_USER.
err-author-hidden-char = le nom de l’auteur "{ $author }" contient un caractère invisible, de contrôle ou de saut de ligne ({ $code }) : indiquez un nom fait de caractères visibles et de simples espaces avec --as NOM ou PLENARY_USER.
err-author-too-long = le nom de l’auteur compte { $chars } caractères ; il peut en compter au plus { $max }. Indiquez-en un plus court avec --as NOM ou PLENARY_USER.
record-import-refused = { $path } : l’événement { $seq } ne peut pas être importé : { $reason } Rien n’a été importé.
undo-reopening-decision = impossible d’annuler la réouverture de { $id } : undo ne rétablit jamais une adoption sans la consigner. Pour l’adopter de nouveau : { $adopt }
undo-reopening-communique = impossible d’annuler la réouverture du communiqué : undo ne rétablit jamais une adoption sans la consigner. Pour l’adopter de nouveau : adopt communique
err-reopen-not-adopted = la décision { $id } n’est pas adoptée : il n’y a rien à rouvrir.
