# Le communiqué. Les noms des délégations et des organes viennent du fichier
# d’organe, sans article : aucune phrase ne fait dépendre un article, une
# préposition contractée ou un accord d’un nom (noms après deux-points, entre
# parenthèses ou après un nom commun).

comm-title = { $body } — { $kind ->
    [plenary] Réunion plénière
    [extraordinary] Réunion extraordinaire
   *[intersessional] Réunion intersessionnelle
  }
comm-place = { $city }, { $country }
comm-heading-draft = Projet de communiqué
comm-heading-final = Communiqué

comm-opening = La réunion { $kind ->
    [plenary] plénière
    [extraordinary] extraordinaire
   *[intersessional] intersessionnelle
  } ({ $body }) s’est tenue à { $city } ({ $country }), { $dates }.
comm-attendance = La réunion a réuni { count-participants } ({ $body }, { $acronym }).
comm-observers = { $count ->
    [one] A également assisté à la réunion, en qualité d’observateur : { $list }.
   *[other] Ont également assisté à la réunion, en qualité d’observateurs : { $list }.
  }
comm-applicants = { $count ->
    [one] Était également présent, en qualité de candidat à la participation ({ $acronym }) : { $list }.
   *[other] Étaient également présents, en qualité de candidats à la participation ({ $acronym }) : { $list }.
  }
comm-guests = { $count ->
    [one] A également assisté à la réunion, en qualité d’invité : { $list }.
   *[other] Ont également assisté à la réunion, en qualité d’invités : { $list }.
  }
comm-totals = Le nombre total de participants ({ $acronym }) s’élève désormais à { $participants }, représentant { $countries } pays.
comm-totals-org = Le nombre total de participants ({ $acronym }) s’élève désormais à { $participants }, représentant { $countries } pays (y compris les { $members } États membres de l’organisation { $org }).
comm-admitted = La réunion a souhaité la bienvenue { $count ->
    [one] à un nouveau participant
   *[other] à de nouveaux participants
  } ({ $acronym }) : { $list }.
comm-chair = La réunion plénière a désigné pour exercer la présidence ({ $acronym }) en { $year } : { $delegation }.
comm-vice-chair = La réunion plénière a désigné pour exercer la vice-présidence ({ $acronym }) en { $year } : { $delegation }.
comm-decision = { $text } ({ $id })
comm-recommendation = La réunion plénière a approuvé la recommandation de l’organe { $body } : { $text } ({ $id })
comm-reservation = Réserve concernant { $id } ({ $delegation }) : { $text }
comm-statement = Déclaration pour le procès-verbal ({ $delegation }) : { $text }
comm-action = Action à mener ({ $body }) : { $text } { $owner ->
    [none] { $due ->
        [none] {""}
       *[other] (échéance : { $due })
    }
   *[other] { $due ->
        [none] (responsable : { $owner })
       *[other] (responsable : { $owner } ; échéance : { $due })
    }
  }
comm-formal-adoption = Les décisions prises lors de la réunion seront considérées comme formellement adoptées dès qu’elles auront été traduites dans les langues officielles ({ $languages }) et communiquées à tous les participants.
comm-formal-adoption-rule = Les décisions prises lors de la réunion seront considérées comme formellement adoptées dès qu’elles auront été traduites dans les langues officielles ({ $languages }), conformément à l’article { $rule } du Règlement intérieur ({ $acronym }), et communiquées à tous les participants.
comm-thanks = Les participants et les observateurs ont exprimé leur gratitude au pays hôte ({ $host }) pour l’accueil de la réunion et pour son hospitalité.

doc-pending-missing = Traduction en { $language } en attente ; le texte original en { $original } figure ci-dessous.
doc-pending-draft = Traduction en { $language } encore à l’état de projet ; le texte original en { $original } figure ci-dessous.
doc-pending-stale = La traduction en { $language } est antérieure à une modification de l’original ; le texte original en { $original } figure ci-dessous.

dec-title = { $kind ->
    [recommendation] Recommandation
    [administrative] Décision administrative
   *[decision] Décision
  } { $id }
dec-meeting = { $kind ->
    [plenary] Réunion plénière
    [extraordinary] Réunion extraordinaire
   *[intersessional] Réunion intersessionnelle
  }, { $city }, { $dates }
dec-item = Point { $number } de l’ordre du jour : { $title }
dec-adopted = Adoptée par consensus le { $date }
dec-formally-adopted = Formellement adoptée : texte définitif dans toutes les langues officielles (article { $rule })
dec-awaiting = Pas encore formellement adoptée : traduction attendue en { $languages } (article { $rule })
dec-draft = PROJET — non adopté
dec-deferred = Reportée le { $date }
dec-not-adopted = Non adoptée : objection formulée le { $date } ({ $delegation }). Motif invoqué : { $reason }
dec-proposed-by = Proposée par : { $body }
dec-original = Original : { $language }
dec-reservation = Réserve ({ $delegation }) : { $text }
dec-fingerprint = Empreinte (SHA-256 du texte original) : { $fingerprint }
comm-next-meeting = La prochaine réunion { $kind ->
    [plenary] plénière
    [extraordinary] extraordinaire
   *[intersessional] intersessionnelle
  } ({ $acronym }) se tiendra en { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
  } { $year } ; pays hôte : { $host }.
