# The communique. Names come from the body file with their forms (DESIGN §2):
# for a name in slot X the sentence gets $X (the name), $X-article ("the",
# "none", or "unknown" when the body file does not say), $X-number, and
# $X-forms ("known", or "unknown": then take a construction that needs no
# form). The program capitalises the first letter of a paragraph and ends
# it with a full stop.

# $short-article is for the languages that write « du Processus de Kimberley ».
comm-title = { $short-article ->
   *[other] { $short }
  } { $kind ->
    [plenary] Plenary Meeting
    [extraordinary] Extraordinary Meeting
   *[intersessional] Intersessional Meeting
  }
# The venue (when the meeting file gives one), the city and the host country, joined by commas.
comm-place = { $place }
comm-heading-draft = Draft communique
comm-heading-final = Communique

# $dates: "from 1 to 3 November 2011", "on 27 November 2012" (formats.ftl).
comm-opening = The { $kind ->
    [plenary] Plenary meeting
    [extraordinary] extraordinary meeting
   *[intersessional] intersessional meeting
  } of { $short-article ->
    [the] the { $short }
   *[other] { $short }
  } was held in { $city-forms ->
   *[other] { $city }
  }, { $country }, { $dates }.
comm-attendance = The meeting was attended by { $count ->
    [one] { $count } Participant
   *[other] { $count } Participants
  } in { $body-article ->
    [the] the { $body }
   *[other] { $body }
  }{ $has-acronym ->
    [no] {""}
   *[yes] {" "}({ $acronym })
  }.
# $list: the names, each with its article ("the World Diamond Council and the Civil Society Coalition").
comm-observers = { $list-forms ->
    [known] { $list } also attended the meeting as { $count ->
        [one] an observer
       *[other] observers
      }.
   *[other] Also attending as { $count ->
        [one] an observer
       *[other] observers
      }: { $list }.
  }
comm-applicants = { $list-forms ->
    [known] { $list }, { $count ->
        [one] an applicant
       *[other] applicants
      } for participation in { $acronym-article ->
        [the] the { $acronym }
       *[other] { $acronym }
      }, { $count ->
        [one] was
       *[other] were
      } also present.
   *[other] Also present as { $count ->
        [one] an applicant
       *[other] applicants
      } for participation in { $acronym-article ->
        [the] the { $acronym }
       *[other] { $acronym }
      }: { $list }.
  }
comm-guests = { $list-forms ->
    [known] { $list } also attended the meeting as { $count ->
        [one] a guest
       *[other] guests
      }.
   *[other] Also attending as { $count ->
        [one] a guest
       *[other] guests
      }: { $list }.
  }
comm-totals = The total number of Participants in { $acronym-article ->
    [the] the { $acronym }
   *[other] { $acronym }
  } now stands at { $participants }, representing { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
  }.
comm-totals-org = The total number of Participants in { $acronym-article ->
    [the] the { $acronym }
   *[other] { $acronym }
  } now stands at { $participants }, representing { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
  } (including { $members ->
    [one] the { $members } member state
   *[other] the { $members } member states
  } of { $org-article ->
    [the] the { $org }
   *[other] { $org }
  }).
comm-admitted = { $list-forms ->
    [known] The Plenary welcomed { $list } as { $count ->
        [one] a new Participant
       *[other] new Participants
      } in { $acronym-article ->
        [the] the { $acronym }
       *[other] { $acronym }
      }.
   *[other] The Plenary welcomed { $count ->
        [one] a new Participant
       *[other] new Participants
      } in { $acronym-article ->
        [the] the { $acronym }
       *[other] { $acronym }
      }: { $list }.
  }
comm-chair = The Plenary selected { $delegation-article ->
    [the] the { $delegation }
   *[other] { $delegation }
  } as Chair of { $acronym-article ->
    [the] the { $acronym }
   *[other] { $acronym }
  } for { $year }.
# The second selection in a row: the passive, as KP communiques write it
# ("The Russian Federation was selected as the Vice Chair for 2004").
comm-vice-chair = { $delegation-article ->
    [the] The { $delegation }
   *[other] { $delegation }
  } was selected as Vice-Chair of { $acronym-article ->
    [the] the { $acronym }
   *[other] { $acronym }
  } for { $year }.
# $text: the decision without its closing full stop.
comm-decision = { $text } ({ $id }).
# Quoted texts (recommendations, reservations, statements) take the language's
# own quotation marks. $text-bare is the text as recorded without its closing
# full stop, $text-stop that full stop ("." or nothing): English and French
# keep it inside the quotation marks (‘….’), Spanish, Portuguese and Russian
# close the sentence after them («…».).
comm-recommendation = The Plenary endorsed the recommendation of { $by-article ->
    [the] the { $by }
   *[other] { $by }
  } ({ $id }): ‘{ $text-bare }{ $text-stop }’
# $kind (decision, recommendation, administrative) is for the languages
# that must name what the reservation is on (French « sur la recommandation »).
comm-reservation = { $delegation-forms ->
    [known] { $delegation-article ->
        [the] The { $delegation }
       *[other] { $delegation }
      } entered a reservation on { $kind ->
       *[other] { $id }
      }: ‘{ $text-bare }{ $text-stop }’
   *[other] A reservation on { $kind ->
       *[other] { $id }
      } was entered by { $delegation }: ‘{ $text-bare }{ $text-stop }’
  }
comm-statement = { $delegation-forms ->
    [known] { $delegation-article ->
        [the] The { $delegation }
       *[other] { $delegation }
      } made a statement for the record: ‘{ $text-bare }{ $text-stop }’
   *[other] A statement for the record was made by { $delegation }: ‘{ $text-bare }{ $text-stop }’
  }
# $has-owner: yes or no; $due: a date, or "none".
comm-action = Action for { $by-article ->
    [the] the { $by }
   *[other] { $by }
  }: { $text }{ $has-owner ->
    [yes] { $due ->
        [none] {""} (responsible: { $owner-article ->
            [the] the { $owner }
           *[other] { $owner }
          })
       *[other] {""} (responsible: { $owner-article ->
            [the] the { $owner }
           *[other] { $owner }
          }; due { $due })
      }
   *[no] { $due ->
        [none] {""}
       *[other] {""} (due { $due })
      }
  }.
comm-formal-adoption = The decisions taken at the meeting will be considered formally adopted once they have been translated into the official languages ({ $languages }) and made available to all Participants.
comm-formal-adoption-rule = The decisions taken at the meeting will be considered formally adopted once they have been translated into the official languages ({ $languages }), in accordance with Rule { $rule } of the Rules of Procedure of { $acronym-article ->
    [the] the { $acronym }
   *[other] { $acronym }
  }, and made available to all Participants.
comm-thanks = Participants and observers expressed their gratitude to { $host-article ->
    [the] the { $host }
   *[other] { $host }
  } for hosting the meeting and for { $host-number ->
    [plural] their
   *[other] its
  } hospitality.
# $when: month and year, from CLDR ("November 2012").
comm-next-meeting = { $host-forms ->
    [known] { $host-article ->
        [the] The { $host }
       *[other] { $host }
      } will host the next { $kind ->
        [plenary] Plenary meeting
        [extraordinary] extraordinary meeting
       *[intersessional] intersessional meeting
      } of { $short-article ->
        [the] the { $short }
       *[other] { $short }
      } in { $when }.
   *[other] The next { $kind ->
        [plenary] Plenary meeting
        [extraordinary] extraordinary meeting
       *[intersessional] intersessional meeting
      } of { $short-article ->
        [the] the { $short }
       *[other] { $short }
      } will be held in { $when }; its host: { $host }.
  }

# A name in a list ($case: nom; acc after "welcomed"; by after "blocked by":
# other languages decline or contract there).
name-in-list = { $case ->
   *[nom] { $name-article ->
        [the] the { $name }
       *[other] { $name }
      }
  }

doc-pending-missing = Translation into { $language } pending; the { $original } original follows.
doc-pending-draft = Translation into { $language } still in draft; the { $original } original follows.
doc-pending-stale = The { $language } translation predates an amendment of the original; the { $original } original follows.

dec-title = { $kind ->
    [recommendation] Recommendation
    [administrative] Administrative Decision
   *[decision] Decision
  } { $id }
dec-meeting = { $kind ->
    [plenary] Plenary meeting
    [extraordinary] Extraordinary meeting
   *[intersessional] Intersessional meeting
  }, { $city }, { $dates }
dec-item = Agenda item { $number }: { $title }
dec-adopted = Adopted by consensus on { $date }
dec-awaiting = Not yet formally adopted: translation pending into { $languages } (Rule { $rule })
# One language in dec-awaiting's list (French: « en portugais »).
dec-awaiting-language = { $language }
dec-draft = DRAFT — not adopted
dec-deferred = Deferred on { $date }
dec-proposed-by = Proposed by { $by-article ->
    [the] the { $by }
   *[other] { $by }
  }
dec-original = Original: { $language }
dec-reservation = Reservation by { $delegation-article ->
    [the] the { $delegation }
   *[other] { $delegation }
  }: { $text }
