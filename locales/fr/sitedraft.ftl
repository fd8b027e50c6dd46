# Ce que le site des délégués montre d’une réunion en cours, et la mention
# « projet » sur chaque page imprimée d’un projet.

sitedraft-running-communique = Projet de communiqué — non adopté
sitedraft-running-decision = { $id } — { $outcome ->
        [adopted] adoptée, pas encore formellement adoptée
       *[other] projet, non adoptée
    }
sitedraft-formally-adopted = Formellement adoptée : le texte de la { $kind ->
        [recommendation] recommandation
       *[other] décision
    } est définitif dans toutes les langues officielles (article { $rule })
sitedraft-attached-pending = { $count ->
        [one] La déclaration jointe ci-dessous ne fait pas partie de ce texte : sa traduction est en attente.
       *[other] Les { $count } déclarations jointes ci-dessous ne font pas partie de ce texte : leur traduction est en attente.
    }

sitedraft-updated = Dernière mise à jour : { $date } à { $time }.
sitedraft-never-updated = Rien n’a encore été enregistré.
sitedraft-communique-draft = Le communiqué est un projet : il n’est pas encore adopté.
sitedraft-communique-adopted = Le communiqué a été adopté le { $date }.
sitedraft-withheld = Les textes préparés pour les points de l’ordre du jour qui n’ont pas encore été abordés sont publiés dès que la réunion les aborde.
