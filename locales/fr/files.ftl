# Problèmes dans les fichiers d’organe et de réunion, affichés sous la forme fichier:ligne:colonne: message.

file-not-found = fichier introuvable. Vérifiez le chemin.
file-unreadable = impossible de lire le fichier ({ $reason }).
file-is-directory = ceci est un répertoire, pas un fichier. Indiquez le fichier .toml de la réunion.
file-too-large = le fichier fait { $megabytes } Mo, c’est trop pour un ordre du jour. Indiquez le fichier .toml de la réunion.
file-not-utf8 = à partir d’ici, le fichier n’est pas du texte UTF-8. Enregistrez-le en texte UTF-8.
file-empty = le fichier est vide. Écrivez-y ses clés comme l’indique docs/file-formats.md.
file-toml-syntax = syntaxe TOML : { $detail }. Corrigez la syntaxe ici.
file-more-problems = { $count } { $count ->
    [one] autre problème non affiché
   *[other] autres problèmes non affichés
  }. Corrigez d’abord ceux qui sont affichés.
file-incomplete = la réunion n’a pas pu être lue. Corrigez les problèmes ci-dessus.
file-wrong-type = `{ $key }` doit être { $expected ->
    [string] une chaîne
    [integer] un entier
    [boolean] un booléen (true ou false)
    [table] une table
    [array-of-strings] un tableau de chaînes
    [array-of-tables] un tableau de tables
    [localised] une chaîne ou une table de langues
   *[other] { $expected }
  }, et non { $found ->
    [string] une chaîne
    [integer] un entier
    [float] un nombre décimal
    [boolean] un booléen
    [datetime] une date ou une heure
    [array] un tableau
    [table] une table
   *[other] { $found }
  }.
file-missing-key = la clé `{ $key }` est absente. Ajoutez-la.
file-unknown-key = clé inconnue `{ $key }`. Clés attendues : { $expected }.
file-empty-value = la clé `{ $key }` est vide. Écrivez une valeur ou supprimez la clé.
file-bad-integer = `{ $key }` n’est pas un nombre entier dans la plage admise.
file-bad-date = `{ $key }` doit être une date au format YYYY-MM-DD.
file-bad-choice = `{ $key }` ne peut pas valoir "{ $found }". Utilisez l’une des valeurs suivantes : { $expected }.
file-unknown-language = "{ $lang }" n’est pas une langue officielle de l’organe ({ $languages }). Utilisez l’une de celles-ci ou ajoutez-la aux langues de l’organe.
file-missing-original = `{ $key }` n’a pas de texte dans la langue originale ({ $lang }). Ajoutez-le : l’original est obligatoire.
file-no-languages = l’organe n’a aucune langue officielle. Énumérez-les dans `languages`, la langue originale en premier.
file-unsupported-language = plenary ne dispose d’aucune traduction de ses propres messages en "{ $lang }". Langues prises en charge : { $supported }.
file-duplicate-language = la langue "{ $lang }" figure deux fois. Supprimez-en une.
file-bad-language-tag = "{ $lang }" n’est pas une étiquette de langue. Utilisez une étiquette BCP 47 telle que en-GB ou fr.
file-bad-id = l’identifiant "{ $id }" ne peut contenir que des lettres, des chiffres, - et _. Renommez-le.
file-duplicate-id = l’identifiant "{ $id }" est déjà utilisé à la ligne { $line }. Les identifiants ne distinguent pas les majuscules des minuscules : renommez-en un.
file-membership-and-category = la clé `{ $key }` ne peut pas figurer à côté de `membership`. Déplacez-la dans les entrées de `membership`.
file-empty-membership = `membership` est vide. Ajoutez au moins une entrée avec `from` et `category`.
file-membership-order = l’entrée d’adhésion du { $date } doit venir après celle du { $previous }. Classez les entrées par date.
file-bad-country = "{ $code }" n’est pas un code de pays. Utilisez deux lettres majuscules ISO 3166, par exemple AT.
file-duplicate-country = le pays "{ $code }" figure deux fois. Supprimez-en un.
file-body-not-found = le fichier d’organe "{ $path }" est introuvable (recherché : { $looked }). Le chemin est relatif au fichier de réunion.
file-body-has-problems = le fichier d’organe "{ $path }" comporte des problèmes, signalés sous son nom. Corrigez-les.
file-closes-before-opens = la réunion se clôt ({ $closes }) avant de s’ouvrir ({ $opens }). Corrigez l’une des dates.
file-not-member-then = "{ $id }" n’est pas membre de l’organe le jour de l’ouverture. Vérifiez ses dates d’adhésion dans le fichier d’organe.
file-unknown-delegation = aucune délégation "{ $id }" dans le fichier d’organe ni parmi les invités. Vérifiez l’identifiant.
file-not-participant = "{ $id }" est { $category ->
    [observer] observateur
    [applicant] candidat
    [guest] invité
   *[other] { $category }
  } le jour de l’ouverture ; il doit s’agir d’un participant.
file-chair-is-vice-chair = "{ $id }" ne peut pas assurer à la fois la présidence et la vice-présidence. Désignez une autre vice-présidence.
file-guest-id-taken = l’identifiant d’invité "{ $id }" est déjà celui d’une délégation ou d’un organe. Choisissez-en un autre.
file-no-items = la réunion n’a aucun point à l’ordre du jour. Ajoutez au moins un [[items]].
file-bad-item-number = "{ $number }" n’est pas un numéro de point. Utilisez des chiffres et des points, par exemple 3 ou 2.1.
file-quote-item-number = `{ $key } = { $number }` est un nombre décimal, pas un numéro de point. Écrivez-le entre guillemets : { $key } = "{ $number }".
file-duplicate-item = le point { $number } figure déjà à la ligne { $line }. Renumérotez l’un des deux.
file-item-order = le point { $number } vient après le point { $previous }. Mettez les points dans l’ordre.
file-bad-lead = "{ $id }" n’est ni une délégation, ni un organe subsidiaire, ni "chair". Vérifiez l’identifiant.
file-bad-minutes = { $minutes } minutes n’est pas une durée possible pour un point. Indiquez une valeur de 1 à 1440.
file-unknown-subsidiary = aucun organe subsidiaire "{ $id }" dans le fichier d’organe (connus : { $known }).
file-draft-and-final = le texte "{ $lang }" figure à la fois dans `text` et dans `draft`, ou c’est l’original. Gardez-le à un seul endroit.
file-bad-year = `{ $key }` doit être une année, par exemple 2010.
file-bad-month = `{ $key }` doit être un mois de 1 à 12.
file-not-regular = ceci n’est pas un fichier ordinaire (périphérique ou tube). Indiquez le fichier .toml de la réunion.
