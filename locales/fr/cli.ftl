# La ligne de commande.

cli-no-session = indiquez un fichier de réunion ou un registre .plenary, par exemple : plenary agendas/windhoek-2009-intersessional.toml (plenary --help énumère les commandes)
cli-conflict = avertissement : la commande enregistrée { $seq } ("{ $command }") ne s’applique plus au fichier de réunion et est écartée : { $reason }
cli-write-failed = impossible d’écrire { $path } : { $reason }
cli-export-failed = exportation impossible : { $reason }
cli-check-ok = { $file } : ok — { $city }, du { $opens } au { $closes } ; { $delegations } { $delegations ->
    [one] délégation
   *[other] délégations
  }, { $items } { $items ->
    [one] point
   *[other] points
  }, { $decisions } { $decisions ->
    [one] décision préparée
   *[other] décisions préparées
  }
cli-check-failed = { $count } { $count ->
    [one] problème trouvé
   *[other] problèmes trouvés
  }.
cli-bad-time = "{ $time }" n’est pas un horodatage. Écrivez-le au format RFC 3339, par exemple 2009-06-23T11:42:00+02:00.
cli-cannot-read = impossible de lire { $path }.
cli-not-utf8 = cette ligne n’est pas du texte UTF-8.
cli-do-line-error = { $place }:{ $line }:{ $column }: { $message }
cli-do-saved = { $place }:{ $line }: enregistré : { $command }
cli-overview-meeting = { $body }, réunion { $kind ->
    [plenary] plénière
    [intersessional] intersessionnelle
    [extraordinary] extraordinaire
   *[other] { $kind }
  }, { $city }, du { $opens } au { $closes }
cli-overview-attendance = Présents : { $present } participants sur { $total } ({ $countries } pays au total), { $observers } { $observers ->
    [one] observateur
   *[other] observateurs
  }, { $applicants } { $applicants ->
    [one] candidat
   *[other] candidats
  }
cli-overview-record = Registre : { $path }
cli-item-pending = à venir
cli-item-open = OUVERT
cli-item-closed = clos
cli-item-deferred = reporté
cli-outcome-drafted = en projet
cli-outcome-adopted = adoptée
cli-outcome-not-adopted = non adoptée
cli-outcome-deferred = reportée
cli-pending = { $lang } : { $count } { $count ->
    [one] paragraphe attend
   *[other] paragraphes attendent
  } une traduction définitive.
cli-terminal-failed = impossible d’utiliser le terminal : { $reason }
