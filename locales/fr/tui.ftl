# L’interface plein écran.

tab-agenda = Ordre du jour
tab-roll-call = Appel
tab-floor = Orateurs
tab-decisions = Décisions
tab-communique = Communiqué

too-small = Le terminal mesure { $width }×{ $height } ; plenary a besoin d’au moins { $min_width }×{ $min_height }. Agrandissez la fenêtre.

key-help = aide
key-prompt = commande
key-undo = annuler
key-quit = quitter
key-next-tab = écran suivant
key-prev-tab = écran précédent
key-tab-agenda = écran de l’ordre du jour
key-tab-roll-call = écran de l’appel
key-tab-floor = écran des orateurs
key-tab-decisions = écran des décisions
key-tab-communique = écran du communiqué
key-up = monter
key-down = descendre
key-page-up = page précédente
key-page-down = page suivante
key-ui-language = changer la langue de l’interface
key-open-item = ouvrir le point
key-close-item = clore le point
key-defer-item = reporter le point
key-toggle-present = présent / absent
key-filter = chercher par nom
key-participants-present = tous les participants présents
key-observers-present = tous les observateurs présents
key-applicants-present = tous les candidats présents
key-speaker-add = ajouter un orateur
key-speaker-next = orateur suivant
key-speaker-remove = retirer de la liste
key-new-decision = nouvelle décision
key-edit-decision = modifier le texte
key-edit-external = modifier dans $EDITOR
key-adopt = adopter
key-object = objection
key-reserve = réserve
key-defer-decision = reporter la décision
key-doc-language = langue
key-matrix = matrice des traductions
key-translate = traduire

help-title = Touches
help-close = toute autre touche ferme
help-global = Partout
help-prompt-keys = Dans l’invite de commande (:) : Tab complète les commandes et les identifiants, ↑ ↓ rappellent les commandes précédentes, Enter exécute, Esc annule.
help-editor-keys = Dans l’éditeur : Ctrl-S enregistre (version définitive), Ctrl-D enregistre une traduction comme projet (seules les traductions ont un projet), Esc annule et demande d’abord si le texte a changé, Alt-↑ Alt-↓ font défiler l’original, un texte collé entre en entier.

status-open-item = point { $item } ouvert
status-no-open-item = aucun point ouvert
status-saving = enregistrement…
status-saved = enregistré
status-saved-command = enregistré : { $command } — u annule
status-undo-hint = u annule votre dernière commande
status-help-hint = ? affiche toutes les touches, : exécute une commande
status-prompt-error = colonne { $column } : { $message }
status-choose-language = le communiqué est affiché dans sa langue originale : appuyez sur l pour choisir la langue de traduction.
status-edit-cancelled = modification annulée ; rien n’a été enregistré.

col-item = Point
col-status = Statut
col-lead = Pilote
col-time = Temps
col-title = Titre
col-decision = Décision
col-outcome = Résultat
col-rule = Article 26
col-text = Texte

item-pending = à venir
item-open = OUVERT
item-closed = clos
item-deferred = reporté
agenda-summary = Points : { $items }, clos : { $closed }

category-participant = participant
category-observer = observateur
category-applicant = candidat
category-guest = invité
delegation-status = { $status ->
    [suspended] suspendu
    [self-suspended] auto-suspendu
   *[other] { $status }
  }
roll-counts = Participants { $present }/{ $total } · pays { $countries_present }/{ $countries } · observateurs { $observers }/{ $observers_total } · candidats { $applicants }/{ $applicants_total }
roll-filter = Noms correspondant à "{ $filter }" (/ pour modifier, Esc dans la recherche pour effacer)
roll-filter-none = / cherche une délégation par nom ou identifiant
roll-no-match = Aucune délégation ne correspond.

floor-no-item = Aucun point n’est ouvert. Ouvrez-en un sur l’écran de l’ordre du jour (o).
floor-item = Point { $number } : { $title } — { $elapsed }
floor-speaking = A la parole : { $delegation }, { $elapsed }
floor-nobody = Personne n’a la parole.
floor-queue = En attente ({ $count })
floor-spoken = Sont intervenus ({ $count })

decisions-of-item = Décisions au titre du point { $number } : { $title }
decisions-all = Toutes les décisions (aucun point n’est ouvert)
decisions-none = Aucune décision pour l’instant : n en rédige une.
outcome-drafted = en projet
outcome-adopted = adoptée
outcome-not-adopted = non adoptée
outcome-deferred = reportée
rule-formally-adopted = formellement adoptée
rule-all-languages = définitive dans toutes les langues
rule-pending = en attente : { $languages }
translation-original = original
translation-missing = absente
translation-draft = projet
translation-stale = PÉRIMÉE
translation-final = finale
detail-adopted = Adoptée par consensus, { $time }
detail-not-adopted = Non adoptée : objection de { $delegation } ({ $reason })
detail-reservation = Réserve de { $delegation } : { $text }

communique-head = Communiqué ({ $lang }) — { $pending } { $pending ->
    [one] paragraphe attend
   *[other] paragraphes attendent
  } une traduction (l langue, m matrice)
matrix-head = Traductions — langue cible : { $lang } (l langue, t traduire, m communiqué)

editor-draft = Nouvelle décision { $id } au titre du point { $item }
editor-amend = Modifier { $id }
editor-translate = Traduire { $id } vers { $lang }
editor-keys = Ctrl-S enregistrer · Ctrl-D enregistrer comme projet · Esc annuler
confirm-changed-meanwhile = Le texte de { $id } a été modifié sur un autre terminal pendant que vous le modifiiez. Enregistrer votre texte à la place ?
confirm-keys = y enregistrer le mien · n continuer l’édition

ask-speaker = Orateur : identifiant ou partie du nom
ask-object-by = Qui fait objection à { $id } ? (identifiant ou partie du nom)
ask-object-reason = Motif de l’objection à { $id } ({ $delegation })
ask-reserve-by = Qui émet une réserve sur { $id } ?
ask-reserve-text = Réserve sur { $id } ({ $delegation })
ask-decision-id = Identifiant de la nouvelle décision au titre du point { $item }
ask-filter = Chercher une délégation par nom ou identifiant
ask-keys = Enter valide · Esc annule
prompt-hint = une commande, par exemple : present NA ZW · Tab complète · Esc annule
