# Échange XLIFF avec les outils de TAO des traducteurs, et formats binaires.

xliff-not-well-formed = le fichier n’est pas du XML bien formé : { $reason }. Vérifiez que l’outil de TAO l’a enregistré en entier.
xliff-doctype = le fichier déclare un DOCTYPE : XLIFF n’en a pas besoin, et des entités pourraient s’étendre sans fin. Exportez de nouveau le fichier depuis l’outil de TAO.
xliff-entity = le fichier utilise une entité que XML ne définit pas ({ $reason }) : écrivez le caractère lui-même.
xliff-version = ce fichier est en XLIFF { $version } ; plenary lit le XLIFF 1.2. Exportez la version 1.2 depuis l’outil de TAO.
xliff-not-xliff = ce n’est pas un fichier XLIFF (il commence par « { $element } ») : donnez le fichier .xlf écrit par l’outil de TAO.
xliff-no-target-language = l’élément <file> n’a pas de target-language : indiquez la langue de la traduction.
xliff-mixed-languages = le fichier mêle plusieurs paires de langues : importez une langue à la fois.
xliff-unit-without-id = un <trans-unit> n’a pas d’identifiant : ce fichier n’a pas été exporté par plenary.
xliff-one-language = indiquez une seule langue de traduction, pas toutes.
xliff-target-is-original = { $lang } est la langue originale des documents : indiquez une langue de traduction.
xliff-kind = { $kind ->
    [decision] décision
    [recommendation] recommandation
    [administrative-decision] décision administrative
    [note] paragraphe du communiqué
    [report] rapport de groupe de travail
    [statement] déclaration pour le compte rendu
    [reservation] réserve sur une décision
    [objection] motif d’une objection
    [action] mesure à prendre
   *[other] { $kind }
  }
xliff-note = Point { $item } de l’ordre du jour : { $kind }
xliff-note-stale = L’original a été modifié après cette traduction : vérifiez la traduction au regard du nouvel original.
xliff-exported = { $lang } : { $count } { $count ->
    [one] texte attend
   *[other] textes attendent
  } une traduction.
xliff-source-language = { $file } : la langue source est { $found }, mais la langue originale de cette réunion est { $expected }.
xliff-unknown-unit = { $file } : aucun texte de cette réunion n’a l’identifiant { $id } : le fichier concerne une autre réunion. Rien n’a été enregistré.
xliff-unit-changed = { $id } : l’original a été modifié depuis l’exportation ; la traduction en { $lang } n’est pas enregistrée. Exportez de nouveau et traduisez le nouvel original.
xliff-unit-refused = { $id } : { $reason }. Rien n’a été enregistré.
xliff-imported = { $lang } : { $count } { $count ->
    [one] traduction enregistrée
   *[other] traductions enregistrées
  }, { $unchanged } inchangée(s), { $refused } refusée(s).
xliff-not-utf8 = { $file } n’est pas en UTF-8 : enregistrez-le en UTF-8 depuis l’outil de TAO.
formats-binary-to-terminal = un document { $format } n’est pas du texte pour un terminal : écrivez-le dans un fichier avec -o FICHIER, ou redirigez la sortie standard.
formats-pdf-failed = le PDF n’a pas pu être composé : { $reason }
