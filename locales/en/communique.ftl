# The communique. Names of delegations and bodies come from the body file,
# bare (no article): sentences are built so that no article or agreement
# depends on a name.

comm-title = { $body } { $kind ->
    [plenary] Plenary Meeting
    [extraordinary] Extraordinary Meeting
   *[intersessional] Intersessional Meeting
  }
comm-place = { $city }, { $country }
comm-heading-draft = Draft communique
comm-heading-final = Communique

comm-opening = The { $kind ->
    [plenary] Plenary meeting
    [extraordinary] extraordinary meeting
   *[intersessional] intersessional meeting
  } of the { $body } was held in { $city }, { $country }, on { $dates }.
comm-attendance = { count-participants } of the { $body } ({ $acronym }) attended the meeting.
comm-observers = { $count ->
    [one] The observer
   *[other] The observers
  }, { $list }, also attended the meeting.
comm-applicants = { $count ->
    [one] The applicant
   *[other] The applicants
  } for participation in the { $acronym }, { $list }, { $count ->
    [one] was
   *[other] were
  } also present.
comm-guests = { $count ->
    [one] A guest
   *[other] Guests
  } of the meeting, { $list }, also attended.
comm-totals = The total number of participants in the { $acronym } now stands at { $participants }, representing { $countries } countries.
comm-totals-org = The total number of participants in the { $acronym } now stands at { $participants }, representing { $countries } countries (including the { $members } member states of the { $org }).
comm-admitted = The meeting welcomed { $count ->
    [one] a new participant
   *[other] new participants
  } in the { $acronym }: { $list }.
comm-chair = The Plenary selected { $delegation } as Chair of the { $acronym } for { $year }.
comm-vice-chair = The Plenary selected { $delegation } as Vice-Chair of the { $acronym } for { $year }.
comm-decision = { $text } ({ $id })
comm-recommendation = The Plenary endorsed the recommendation of the { $body }: { $text } ({ $id })
comm-reservation = { $delegation } entered a reservation on { $id }: { $text }
comm-statement = { $delegation } made a statement for the record: { $text }
comm-action = Action for the { $body }: { $text } { $owner ->
    [none] { $due ->
        [none] {""}
       *[other] (due { $due })
    }
   *[other] { $due ->
        [none] (responsible: { $owner })
       *[other] (responsible: { $owner }; due { $due })
    }
  }
comm-formal-adoption = The decisions taken at the meeting will be considered formally adopted once they have been translated into the official languages ({ $languages }) and made available to all participants.
comm-formal-adoption-rule = The decisions taken at the meeting will be considered formally adopted once they have been translated into the official languages ({ $languages }), in accordance with Rule { $rule } of the Rules of Procedure of the { $acronym }, and made available to all participants.
comm-thanks = Participants and observers expressed their gratitude to the host, { $host }, for hosting the meeting and for its hospitality.

doc-pending-missing = Translation into { $language } pending; the { $original } original follows.
doc-pending-draft = Translation into { $language } still in draft; the { $original } original follows.
doc-pending-stale = The { $language } translation predates an amendment of the original; the { $original } original follows.

dec-title = { $kind ->
    [recommendation] Recommendation
    [administrative] Administrative decision
   *[decision] Decision
  } { $id }
dec-meeting = { $kind ->
    [plenary] Plenary meeting
    [extraordinary] Extraordinary meeting
   *[intersessional] Intersessional meeting
  }, { $city }, { $dates }
dec-item = Agenda item { $number }: { $title }
dec-adopted = Adopted by consensus on { $date }
dec-formally-adopted = Formally adopted: final in every official language (Rule { $rule })
dec-awaiting = Not yet formally adopted: translation pending into { $languages } (Rule { $rule })
dec-draft = DRAFT — not adopted
dec-deferred = Deferred on { $date }
dec-not-adopted = Not adopted: { $delegation } objected on { $date }. Reason given: { $reason }
dec-proposed-by = Proposed by the { $body }
dec-original = Original: { $language }
dec-reservation = Reservation by { $delegation }: { $text }
dec-fingerprint = Fingerprint (SHA-256 of the original text): { $fingerprint }
comm-next-meeting = { $host } will host the next { $kind ->
    [plenary] Plenary meeting
    [extraordinary] extraordinary meeting
   *[intersessional] intersessional meeting
  } of the { $acronym } in { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }.
