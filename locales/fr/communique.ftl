# Le communiqué. Les noms viennent du fichier d’organe avec leurs formes
# (DESIGN §2) : pour un nom à la place X, la phrase reçoit $X (le nom),
# $X-article (le, la, elided pour l’, les, none, ou unknown si le fichier ne
# le dit pas), $X-gender, $X-number, $X-initial (vowel : élision, d’Israël)
# et $X-forms (known, ou unknown : prendre alors une construction qui s’en
# passe). Les contractions (du, des, au, aux) sont écrites ici. Le programme
# met une majuscule au début du paragraphe et un point à la fin.

comm-title = { $kind ->
    [plenary] Réunion plénière
    [extraordinary] Réunion extraordinaire
   *[intersessional] Réunion intersessions
  } { $short-article ->
    [le] du { $short }
    [la] de la { $short }
    [elided] de l’{ $short }
    [les] des { $short }
   *[other] { $short-initial ->
       [vowel] d’{ $short }
      *[other] de { $short }
     }
  }
comm-place = { $place }
comm-heading-draft = Projet de communiqué
comm-heading-final = Communiqué

# $dates : « du 1er au 3 novembre 2011 », « le 27 novembre 2012 » (formats.ftl).
comm-opening = La réunion { $kind ->
    [plenary] plénière
    [extraordinary] extraordinaire
   *[intersessional] intersessions
  } { $short-article ->
    [le] du { $short }
    [la] de la { $short }
    [elided] de l’{ $short }
    [les] des { $short }
   *[other] { $short-initial ->
       [vowel] d’{ $short }
      *[other] de { $short }
     }
  } s’est tenue { $city-forms ->
    [known] { $city-article ->
        [le] au { $city }
        [les] aux { $city }
        [la] à La { $city }
        [elided] à L’{ $city }
       *[other] à { $city }
      }
   *[other] à { $city }
  } ({ $country }) { $dates }.
comm-attendance = La réunion a rassemblé { $count ->
    [one] { $count } Participant
   *[other] { $count } Participants
  } { $body-article ->
    [le] au { $body }
    [la] à la { $body }
    [elided] à l’{ $body }
    [les] aux { $body }
   *[other] à { $body }
  }{ $has-acronym ->
    [no] {""}
   *[yes] {" "}({ $acronym })
  }.
comm-observers = { $list-forms ->
    [known] { $list } { $list-number ->
        [plural] ont également assisté
       *[other] a également assisté
      } à la réunion en qualité { $count ->
        [one] d’observateur
       *[other] d’observateurs
      }.
   *[other] { $count ->
        [one] A également assisté
       *[other] Ont également assisté
      } à la réunion, en qualité { $count ->
        [one] d’observateur
       *[other] d’observateurs
      } : { $list }.
  }
comm-applicants = { $list-forms ->
    [known] { $list } { $list-number ->
        [plural] ont également assisté
       *[other] a également assisté
      } à la réunion en qualité de { $count ->
        [one] pays candidat
       *[other] pays candidats
      } à la participation { $acronym-article ->
        [le] au { $acronym }
        [la] à la { $acronym }
        [elided] à l’{ $acronym }
        [les] aux { $acronym }
       *[other] à { $acronym }
      }.
   *[other] { $count ->
        [one] A également assisté
       *[other] Ont également assisté
      } à la réunion, en qualité de { $count ->
        [one] pays candidat
       *[other] pays candidats
      } à la participation { $acronym-article ->
        [le] au { $acronym }
        [la] à la { $acronym }
        [elided] à l’{ $acronym }
        [les] aux { $acronym }
       *[other] à { $acronym }
      } : { $list }.
  }
comm-guests = { $list-forms ->
    [known] { $list } { $list-number ->
        [plural] ont également assisté
       *[other] a également assisté
      } à la réunion en qualité { $count ->
        [one] d’invité
       *[other] d’invités
      }.
   *[other] { $count ->
        [one] A également assisté
       *[other] Ont également assisté
      } à la réunion, en qualité { $count ->
        [one] d’invité
       *[other] d’invités
      } : { $list }.
  }
comm-totals = Le nombre total de Participants { $acronym-article ->
    [le] au { $acronym }
    [la] à la { $acronym }
    [elided] à l’{ $acronym }
    [les] aux { $acronym }
   *[other] à { $acronym }
  } s’élève désormais à { $participants }, représentant { $countries } pays.
comm-totals-org = Le nombre total de Participants { $acronym-article ->
    [le] au { $acronym }
    [la] à la { $acronym }
    [elided] à l’{ $acronym }
    [les] aux { $acronym }
   *[other] à { $acronym }
  } s’élève désormais à { $participants }, représentant { $countries } pays (dont { $members ->
    [one] { $members } État membre
   *[other] les { $members } États membres
  } { $org-article ->
    [le] du { $org }
    [la] de la { $org }
    [elided] de l’{ $org }
    [les] des { $org }
   *[other] { $org-initial ->
        [vowel] d’{ $org }
       *[other] de { $org }
      }
  }).
comm-admitted = { $list-forms ->
    [known] La Plénière a accueilli { $list } en qualité de { $count ->
        [one] nouveau Participant
       *[other] nouveaux Participants
      } { $acronym-article ->
        [le] au { $acronym }
        [la] à la { $acronym }
        [elided] à l’{ $acronym }
        [les] aux { $acronym }
       *[other] à { $acronym }
      }.
   *[other] La Plénière a accueilli { $count ->
        [one] un nouveau Participant
       *[other] de nouveaux Participants
      } { $acronym-article ->
        [le] au { $acronym }
        [la] à la { $acronym }
        [elided] à l’{ $acronym }
        [les] aux { $acronym }
       *[other] à { $acronym }
      } : { $list }.
  }
comm-chair = { $delegation-forms ->
    [known] La Plénière a choisi { $delegation-article ->
        [le] le { $delegation }
        [la] la { $delegation }
        [elided] l’{ $delegation }
        [les] les { $delegation }
       *[other] { $delegation }
      } pour assurer la présidence { $acronym-article ->
        [le] du { $acronym }
        [la] de la { $acronym }
        [elided] de l’{ $acronym }
        [les] des { $acronym }
       *[other] { $acronym-initial ->
           [vowel] d’{ $acronym }
          *[other] de { $acronym }
         }
      } en { $year }.
   *[other] La Plénière a confié la présidence { $acronym-article ->
        [le] du { $acronym }
        [la] de la { $acronym }
        [elided] de l’{ $acronym }
        [les] des { $acronym }
       *[other] { $acronym-initial ->
           [vowel] d’{ $acronym }
          *[other] de { $acronym }
         }
      } pour { $year } à la délégation suivante : { $delegation }.
  }
# Le passif, comme les communiqués du PK après l’élection à la présidence.
comm-vice-chair = { $delegation-forms ->
    [known] { $delegation-article ->
        [le] Le { $delegation }
        [la] La { $delegation }
        [elided] L’{ $delegation }
        [les] Les { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] { $delegation-gender ->
            [feminine] ont été choisies
           *[other] ont été choisis
          }
       *[other] { $delegation-gender ->
            [feminine] a été choisie
           *[other] a été choisi
          }
      } pour assurer la vice-présidence { $acronym-article ->
        [le] du { $acronym }
        [la] de la { $acronym }
        [elided] de l’{ $acronym }
        [les] des { $acronym }
       *[other] { $acronym-initial ->
           [vowel] d’{ $acronym }
          *[other] de { $acronym }
         }
      } en { $year }.
   *[other] La Plénière a confié la vice-présidence { $acronym-article ->
        [le] du { $acronym }
        [la] de la { $acronym }
        [elided] de l’{ $acronym }
        [les] des { $acronym }
       *[other] { $acronym-initial ->
           [vowel] d’{ $acronym }
          *[other] de { $acronym }
         }
      } pour { $year } à la délégation suivante : { $delegation }.
  }
# $text : la décision sans son point final.
comm-decision = { $text } ({ $id }).
comm-recommendation = La Plénière a approuvé la recommandation { $by-article ->
    [le] du { $by }
    [la] de la { $by }
    [elided] de l’{ $by }
    [les] des { $by }
   *[other] { $by-initial ->
        [vowel] d’{ $by }
       *[other] de { $by }
      }
  } ({ $id }) : « { $text-bare }{ $text-stop } »
comm-reservation = { $delegation-forms ->
    [known] { $delegation-article ->
        [le] Le { $delegation } a émis
        [la] La { $delegation } a émis
        [elided] L’{ $delegation } a émis
        [les] Les { $delegation } ont émis
       *[other] { $delegation } a émis
      } une réserve sur { $kind ->
        [recommendation] la recommandation
        [administrative] la décision administrative
       *[other] la décision
      } { $id } : « { $text-bare }{ $text-stop } »
   *[other] Une réserve sur { $kind ->
        [recommendation] la recommandation
        [administrative] la décision administrative
       *[other] la décision
      } { $id } a été émise par la délégation suivante : { $delegation }. Texte de la réserve : « { $text-bare }{ $text-stop } »
  }
comm-statement = { $delegation-forms ->
    [known] { $delegation-article ->
        [le] Le { $delegation } a fait
        [la] La { $delegation } a fait
        [elided] L’{ $delegation } a fait
        [les] Les { $delegation } ont fait
       *[other] { $delegation } a fait
      } une déclaration pour le compte rendu : « { $text-bare }{ $text-stop } »
   *[other] Une déclaration pour le compte rendu a été faite par la délégation suivante : { $delegation }. Texte de la déclaration : « { $text-bare }{ $text-stop } »
  }
comm-action = Mesure à prendre par { $by-article ->
    [le] le { $by }
    [la] la { $by }
    [elided] l’{ $by }
    [les] les { $by }
   *[other] { $by }
  } : { $text }{ $has-owner ->
    [yes] { $due ->
        [none] {""} (responsable : { $owner-article ->
            [le] le { $owner }
            [la] la { $owner }
            [elided] l’{ $owner }
            [les] les { $owner }
           *[other] { $owner }
          })
       *[other] {""} (responsable : { $owner-article ->
            [le] le { $owner }
            [la] la { $owner }
            [elided] l’{ $owner }
            [les] les { $owner }
           *[other] { $owner }
          } ; échéance : { $due })
      }
   *[no] { $due ->
        [none] {""}
       *[other] {""} (échéance : { $due })
      }
  }.
comm-formal-adoption = Les décisions prises lors de la réunion seront considérées comme formellement adoptées une fois traduites dans les langues officielles ({ $languages }) et communiquées à tous les Participants.
comm-formal-adoption-rule = Les décisions prises lors de la réunion seront considérées comme formellement adoptées une fois traduites dans les langues officielles ({ $languages }), conformément à l’article { $rule } du Règlement intérieur { $acronym-article ->
    [le] du { $acronym }
    [la] de la { $acronym }
    [elided] de l’{ $acronym }
    [les] des { $acronym }
   *[other] { $acronym-initial ->
       [vowel] d’{ $acronym }
      *[other] de { $acronym }
     }
  }, et communiquées à tous les Participants.
comm-thanks = { $host-forms ->
    [known] Les Participants et les observateurs ont remercié { $host-article ->
        [le] le { $host }
        [la] la { $host }
        [elided] l’{ $host }
        [les] les { $host }
       *[other] { $host }
      } d’avoir accueilli la réunion et de { $host-number ->
        [plural] leur
       *[other] son
      } hospitalité.
   *[other] Les Participants et les observateurs ont remercié le pays hôte ({ $host }) d’avoir accueilli la réunion et de son hospitalité.
  }
# $when : le mois et l’année, selon le CLDR (« novembre 2012 »).
comm-next-meeting = { $host-forms ->
    [known] { $host-article ->
        [le] Le { $host } accueillera
        [la] La { $host } accueillera
        [elided] L’{ $host } accueillera
        [les] Les { $host } accueilleront
       *[other] { $host } accueillera
      } la prochaine réunion { $kind ->
        [plenary] plénière
        [extraordinary] extraordinaire
       *[intersessional] intersessions
      } { $short-article ->
        [le] du { $short }
        [la] de la { $short }
        [elided] de l’{ $short }
        [les] des { $short }
       *[other] { $short-initial ->
           [vowel] d’{ $short }
          *[other] de { $short }
         }
      } en { $when }.
   *[other] La prochaine réunion { $kind ->
        [plenary] plénière
        [extraordinary] extraordinaire
       *[intersessional] intersessions
      } { $short-article ->
        [le] du { $short }
        [la] de la { $short }
        [elided] de l’{ $short }
        [les] des { $short }
       *[other] { $short-initial ->
           [vowel] d’{ $short }
          *[other] de { $short }
         }
      } se tiendra en { $when } (pays hôte : { $host }).
  }

# Un nom dans une liste, avec son article ($case : nom).
name-in-list = { $name-article ->
    [le] le { $name }
    [la] la { $name }
    [elided] l’{ $name }
    [les] les { $name }
   *[other] { $name }
  }

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
   *[intersessional] Réunion intersessions
  }, { $city }, { $dates }
dec-item = Point { $number } de l’ordre du jour : { $title }
dec-adopted = Adoptée par consensus le { $date }
dec-awaiting = Pas encore formellement adoptée : traduction attendue { $languages } (article { $rule })
# Une langue dans la liste de dec-awaiting (« en portugais, en espagnol et en russe »).
dec-awaiting-language = en { $language }
dec-draft = PROJET — non adoptée
dec-deferred = Reportée le { $date }
dec-proposed-by = { $by-forms ->
    [known] Présentée par { $by-article ->
        [le] le { $by }
        [la] la { $by }
        [elided] l’{ $by }
        [les] les { $by }
       *[other] { $by }
      }
   *[other] Auteur : { $by }
  }
dec-original = Original : { $language }
dec-reservation = { $delegation-forms ->
    [known] Réserve émise par { $delegation-article ->
        [le] le { $delegation }
        [la] la { $delegation }
        [elided] l’{ $delegation }
        [les] les { $delegation }
       *[other] { $delegation }
      }
   *[other] Réserve (délégation : { $delegation })
  } : { $text }
