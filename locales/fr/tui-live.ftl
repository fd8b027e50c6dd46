# L’écran en séance : identité, échecs, confirmations, journal des messages.

key-messages = tous les messages de la séance, en entier
status-you = vous : { $author }
status-more = (L pour tout lire)
status-undone = annulé : { $command }
status-not-saving = NON ENREGISTRÉ
status-refresh-failed = impossible de lire les commandes des autres terminaux, l’affichage peut être en retard : { $reason }
status-conflict = une commande enregistrée ne s’applique plus au fichier de la réunion et est écartée : { $command } ({ $reason })
status-conflicts = { $count ->
    [one] 1 commande enregistrée ne s’applique plus (L la montre)
   *[other] { $count } commandes enregistrées ne s’appliquent plus (L les montre)
  }
status-store-gone = le registre n’est plus accessible : plus rien n’est enregistré.
blocked-store-gone = Le registre n’est plus accessible : plus rien ne peut être enregistré. { $count ->
    [0] Toute commande affichée comme enregistrée figure au registre.
    [one] Cette commande n’a pas été enregistrée : { $commands }
   *[other] Ces { $count } commandes n’ont pas été enregistrées : { $commands }
  } Quittez, puis rouvrez la séance.
blocked-keys = q quitte
status-paste-nowhere = un texte collé va dans une zone de saisie : appuyez sur « : » pour l’invite, ou ouvrez d’abord l’éditeur. Rien n’a été fait.
status-no-delegation = aucune délégation ne correspond à « { $typed } » : tapez son identifiant ou le début d’un mot de son nom.
status-editor-failed = l’éditeur externe a échoué, rien n’a été enregistré : { $reason }
confirm-yes-no = y oui · n non
confirm-adopt = Adopter { $id } par consensus ?
confirm-defer = Reporter la décision sur { $id } ?
confirm-speaker-absent = { $name } n’est pas marqué présent. L’inscrire quand même sur la liste des orateurs ?
confirm-discard = Vos modifications de ce texte ne sont pas enregistrées. Les abandonner ?
confirm-discard-keys = y abandonner · n continuer l’édition
confirm-translation-changed = La traduction en { $lang } de { $id } a été enregistrée sur un autre terminal pendant votre édition. Enregistrer la vôtre à sa place ?
confirm-original-amended = L’original de { $id } a été modifié pendant votre traduction (volet de gauche). Enregistrer votre texte en { $lang } comme traduction du nouvel original ?
lead-chair = présidence
communique-building = Préparation du communiqué…
editor-keys-final = Ctrl-S enregistrer · Esc annuler (demande si modifié)
editor-original-amended = Modifié entre-temps : l’original se lit désormais
editor-original-scroll = Alt-↑ Alt-↓ défiler
log-title = Messages
log-empty = Aucun message pour l’instant.
choose-title = Plusieurs délégations correspondent à « { $typed } » : choisissez-en une
choose-keys = ↑ ↓ choisir · Entrée valide · Esc annule
cli-bad-ui-lang = --ui-lang { $lang } : plenary parle { $languages }. Choisissez l’une de ces langues.
key-name-space = Espace
key-name-enter = Entrée
key-name-esc = Échap
key-name-tab = Tab
key-name-back-tab = Maj-Tab
key-name-page-up = PgPréc
key-name-page-down = PgSuiv
