# Erreurs du langage de commande, et des commandes qui ne peuvent pas être exécutées.

cmd-empty = aucune commande n’a été donnée. Tapez une commande, par exemple : present NA
cmd-unknown = commande inconnue "{ $word }". { $suggestion ->
    [none] Commandes : { $commands }.
   *[other] Vouliez-vous dire "{ $suggestion }" ? Commandes : { $commands }.
  }
cmd-unclosed-quote = le texte entre guillemets n’est pas fermé. Terminez-le par ".
cmd-bad-escape = "{ $escape }" n’est pas une séquence d’échappement. Entre guillemets, écrivez \" pour un guillemet et \\ pour une barre oblique inverse.
cmd-space-after-quote = mettez une espace après le guillemet fermant.
cmd-quote-in-word = guillemet à l’intérieur d’un mot. Mettez tout le texte entre guillemets droits.
cmd-missing-arg = il manque { $arg }. Syntaxe : { $usage }
cmd-extra-arg = "{ $found }" inattendu. Mettez le texte entre guillemets droits. Syntaxe : { $usage }
cmd-expected-id = il faut { $arg } (un identifiant), et non "{ $found }". Syntaxe : { $usage }
cmd-expected-item = il faut un numéro de point tel que 3 ou 2.1, et non "{ $found }". Syntaxe : { $usage }
cmd-expected-decision = il faut un identifiant de décision tel que KP/2009/IS/3, et non "{ $found }". Syntaxe : { $usage }
cmd-expected-item-or-decision = il faut un numéro de point (3) ou un identifiant de décision (KP/2009/IS/3), et non "{ $found }". Syntaxe : { $usage }
cmd-expected-choice = il faut l’une des valeurs { $choices }, et non "{ $found }". Syntaxe : { $usage }
cmd-expected-year = il faut une année telle que 2010, et non "{ $found }". Syntaxe : { $usage }
cmd-expected-lang = il faut une langue telle que fr, et non "{ $found }". Mettez le texte entre guillemets droits. Syntaxe : { $usage }
cmd-expected-date = il faut une date au format YYYY-MM-DD, et non "{ $found }". Syntaxe : { $usage }
cmd-expected-option = "{ $found }" inattendu ; les options sont { $options }. Syntaxe : { $usage }
cmd-expected-action = il faut un identifiant d’action tel que A1, et non "{ $found }". Syntaxe : { $usage }
cmd-empty-text = { $arg } est vide. Écrivez-le entre guillemets droits. Syntaxe : { $usage }

err-unknown-item = il n’y a pas de point { $item } à l’ordre du jour.
err-unknown-delegation = aucune délégation "{ $id }" à cette réunion. { $suggestions ->
    [none] Vérifiez l’identifiant.
   *[other] Vouliez-vous dire { $suggestions } ?
  }
err-body-not-delegation = "{ $id }" est un organe subsidiaire, pas une délégation.
err-unknown-decision = aucune décision "{ $id }". Rédigez-la d’abord : draft ITEM { $id } "text"
err-unknown-paragraph = aucun paragraphe "{ $id }".
err-unknown-body = aucun organe subsidiaire "{ $id }".
err-unknown-action = aucune action "{ $id }".
err-unknown-language = "{ $lang }" n’est pas une langue officielle ({ $languages }).
err-translate-original = "{ $lang }" est la langue originale : utilisez amend pour modifier l’original.
err-empty-text = le texte est vide.
err-nobody = aucune délégation n’est indiquée.
err-not-participant = { $id } est { $category ->
    [observer] observateur
    [applicant] candidat
    [guest] invité
   *[other] { $category }
  } : seul un participant peut faire cela.
err-participant-suspended = { $id } est { $status ->
    [suspended] suspendu
    [self-suspended] auto-suspendu
   *[other] { $status }
  } : il ne peut pas faire cela tant que la suspension n’est pas levée.
err-no-open-item = aucun point n’est ouvert. Ouvrez-en un d’abord : open ITEM
err-item-already-open = le point { $item } est déjà ouvert.
err-other-item-open = le point { $item } est ouvert. Clôturez-le ou reportez-le d’abord : close { $item }
err-item-status = le point { $item } est { $status ->
    [pending] à venir
    [open] ouvert
    [closed] clos
    [deferred] reporté
   *[other] { $status }
  }.
err-speaker-queued = { $id } est déjà sur la liste des orateurs.
err-no-speakers = la liste des orateurs est vide. Ajoutez un orateur : speaker add ID
err-not-speaker = { $id } n’est pas sur la liste des orateurs.
err-bad-decision-id = "{ $id }" n’est pas un identifiant de décision : il doit contenir une lettre, et P1 ou A1 sont réservés aux paragraphes et aux actions.
err-decision-exists = une décision "{ $id }" existe déjà. Choisissez un autre identifiant, ou modifiez-la.
err-same-text = le nouveau texte de { $id } est identique à l’ancien.
err-already-adopted = la décision { $id } est déjà adoptée.
err-object-adopted = la décision { $id } est déjà adoptée : une objection ne peut plus la bloquer.
err-reserve-not-adopted = la décision { $id } n’est pas adoptée : une réserve se rattache à une décision adoptée.
err-defer-adopted = la décision { $id } est adoptée : elle ne peut pas être reportée.
err-already-deferred = la décision { $id } est déjà reportée.
err-no-note = le point { $item } n’a pas de note à traduire. Rédigez-la d’abord : note { $item } "text"
err-admit-not-applicant = { $id } { $category ->
    [participant] est déjà participant
    [observer] est observateur, et non candidat
    [guest] est invité, et non candidat
   *[other] n’est pas candidat ({ $category })
  } : seul un candidat peut être admis.
err-not-suspended = { $id } n’est pas un participant suspendu.
err-bad-year = { $year } n’est pas une année.
err-both-roles = { $id } est déjà désigné pour { $year } dans l’autre fonction.
err-action-done = l’action { $id } est déjà accomplie.
err-communique-adopted = le communiqué est déjà adopté.
undo-nothing = vous n’avez rien à annuler.
undo-later-depends = annulation impossible : une commande ultérieure en dépend ("{ $command }" de { $author }). Annulez-la d’abord.
