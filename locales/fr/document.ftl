# Les mots des documents.

doc-communique-draft = PROJET DE COMMUNIQUÉ — { $body }, { $city }
doc-communique-final = COMMUNIQUÉ — { $body }, { $city }
doc-decision = { $text } ({ $id })
doc-statement = Déclaration de { $by } : { $text }
doc-status-draft = PROJET — non adopté
doc-status-adopted = Adoptée par consensus le { $date }
doc-status-not-adopted = Non adoptée : objection de { $by } ({ $reason })
doc-status-deferred = Reportée
doc-original-language = Original : { $lang }
doc-reservation = Réserve de { $by } : { $text }
