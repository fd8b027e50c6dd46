# La vue des délégués : `plenary publish`, ses pages et ses messages.

pub-nav-label = Pages de la réunion
pub-nav-meeting = Réunion et décisions
pub-nav-communique = Communiqué
pub-nav-fingerprints = Empreintes
pub-nav-languages = Langues
# Le nom de cette langue, écrit dans cette langue : le lien vers elle depuis les pages des autres langues.
pub-language-self = Français
pub-agenda = Ordre du jour
pub-col-number = N°
pub-col-item = Point
pub-col-status = État
pub-item-status = { $status ->
    [open] en cours
    [closed] clos
    [deferred] reporté
   *[pending] pas encore abordé
  }
pub-decisions = Décisions
pub-no-decisions = Aucune décision n’a encore été proposée.
pub-item-ref = point { $number } de l’ordre du jour
pub-outcome-pending = Pas encore adoptée ; le texte sera publié une fois adopté.
pub-outcome-not-adopted = Non adoptée ({ $date }).
pub-outcome-adopted = { $adopted }. { $rule26 }.
pub-fingerprints-title = Empreintes des décisions adoptées
pub-fingerprints-intro = Une décision imprimée se termine par son empreinte. Cherchez la décision et la langue de votre exemplaire : si l’empreinte qui y figure diffère de celle ci-dessous, le texte n’est pas celui qui a été adopté.
pub-fingerprints-none = Aucune décision n’a encore été adoptée.
pub-col-decision = Décision
pub-col-fingerprint = Empreinte
pub-col-languages = Langues de l’exemplaire
pub-fingerprint-original = { $language } (original, traduction en attente)

pub-done = { $dir } : { $written } { $written ->
    [one] fichier écrit
   *[other] fichiers écrits
  }, { $unchanged } inchangés, { $removed } supprimés.
pub-updated = après la commande { $seq } : { $written } { $written ->
    [one] fichier écrit
   *[other] fichiers écrits
  }, { $unchanged } inchangés, { $removed } supprimés.
pub-watching = Suivi du registre : le site est mis à jour après chaque commande. Ctrl-C pour arrêter.
pub-stopped = Arrêté ; le site est complet jusqu’à la dernière commande lue.
pub-not-a-folder = { $path } n’est pas un dossier. Indiquez un dossier pour le site (il est créé s’il n’existe pas).
pub-write-failed = impossible d’écrire le site dans { $path } : { $reason }. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.
pub-record-failed = impossible de lire le registre ({ $reason }) ; nouvel essai.
pub-signals-failed = impossible de surveiller Ctrl-C : { $reason }
pub-record-inside = { $path } contient le registre { $record } : un serveur web qui servirait le site servirait aussi le registre, projets compris. Indiquez pour le site un dossier qui lui soit propre.
