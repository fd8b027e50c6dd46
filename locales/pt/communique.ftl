# O comunicado. Os nomes das delegações e dos órgãos vêm do ficheiro do órgão,
# sem artigo: nenhuma frase faz depender de um nome um artigo, uma contração
# ou uma concordância (os nomes surgem depois de dois pontos, entre parênteses
# ou a seguir a um nome comum).

comm-title = { $body } — { $kind ->
    [plenary] Reunião Plenária
    [extraordinary] Reunião Extraordinária
   *[intersessional] Reunião Intersessional
  }
comm-place = { $city }, { $country }
comm-heading-draft = Projeto de comunicado
comm-heading-final = Comunicado

comm-opening = A reunião { $kind ->
    [plenary] plenária
    [extraordinary] extraordinária
   *[intersessional] intersessional
  } ({ $body }) realizou-se em { $city } ({ $country }), { $dates }.
comm-attendance = A reunião contou com a presença de { count-participants } ({ $body }, { $acronym }).
comm-observers = { $count ->
    [one] Esteve igualmente presente na reunião, na qualidade de observador: { $list }.
   *[other] Estiveram igualmente presentes na reunião, na qualidade de observadores: { $list }.
  }
comm-applicants = { $count ->
    [one] Esteve igualmente presente, na qualidade de candidato à participação ({ $acronym }): { $list }.
   *[other] Estiveram igualmente presentes, na qualidade de candidatos à participação ({ $acronym }): { $list }.
  }
comm-guests = { $count ->
    [one] Esteve igualmente presente na reunião, na qualidade de convidado: { $list }.
   *[other] Estiveram igualmente presentes na reunião, na qualidade de convidados: { $list }.
  }
comm-totals = O número total de participantes ({ $acronym }) é agora de { $participants }, em representação de { $countries } { $countries ->
    [0] países
    [one] país
   *[other] países
  }.
comm-totals-org = O número total de participantes ({ $acronym }) é agora de { $participants }, em representação de { $countries } { $countries ->
    [0] países
    [one] país
   *[other] países
  } (incluindo os { $members } Estados-Membros da organização { $org }).
comm-admitted = A reunião deu as boas-vindas a { $count ->
    [one] um novo participante
   *[other] novos participantes
  } ({ $acronym }): { $list }.
comm-chair = A Plenária designou para exercer a presidência ({ $acronym }) em { $year }: { $delegation }.
comm-vice-chair = A Plenária designou para exercer a vice-presidência ({ $acronym }) em { $year }: { $delegation }.
comm-decision = { $text } ({ $id })
comm-recommendation = A Plenária aprovou a recomendação do órgão { $body }: { $text } ({ $id })
comm-reservation = Reserva relativa a { $id } ({ $delegation }): { $text }
comm-statement = Declaração para a ata ({ $delegation }): { $text }
comm-action = Ação a realizar ({ $body }): { $text } { $owner ->
    [none] { $due ->
        [none] {""}
       *[other] (prazo: { $due })
    }
   *[other] { $due ->
        [none] (responsável: { $owner })
       *[other] (responsável: { $owner }; prazo: { $due })
    }
  }
comm-formal-adoption = As decisões tomadas na reunião serão consideradas formalmente adotadas logo que tenham sido traduzidas para as línguas oficiais ({ $languages }) e disponibilizadas a todos os participantes.
comm-formal-adoption-rule = As decisões tomadas na reunião serão consideradas formalmente adotadas logo que tenham sido traduzidas para as línguas oficiais ({ $languages }), nos termos do artigo { $rule } do Regulamento Interno ({ $acronym }), e disponibilizadas a todos os participantes.
comm-thanks = Os participantes e os observadores manifestaram a sua gratidão ao país anfitrião ({ $host }) pela organização da reunião e pela sua hospitalidade.

doc-pending-missing = Tradução para { $language } pendente; segue-se o original em { $original }.
doc-pending-draft = Tradução para { $language } ainda em projeto; segue-se o original em { $original }.
doc-pending-stale = A tradução para { $language } é anterior a uma alteração do original; segue-se o original em { $original }.

dec-title = { $kind ->
    [recommendation] Recomendação
    [administrative] Decisão administrativa
   *[decision] Decisão
  } { $id }
dec-meeting = { $kind ->
    [plenary] Reunião plenária
    [extraordinary] Reunião extraordinária
   *[intersessional] Reunião intersessional
  }, { $city }, { $dates }
dec-item = Ponto { $number } da ordem do dia: { $title }
dec-adopted = Adotada por consenso em { $date }
dec-formally-adopted = Formalmente adotada: texto definitivo em todas as línguas oficiais (artigo { $rule })
dec-awaiting = Ainda não formalmente adotada: tradução pendente para { $languages } (artigo { $rule })
dec-draft = PROJETO — não adotado
dec-deferred = Adiada em { $date }
dec-not-adopted = Não adotada: objeção apresentada em { $date } ({ $delegation }). Motivo invocado: { $reason }
dec-proposed-by = Proposta por: { $body }
dec-original = Original: { $language }
dec-reservation = Reserva ({ $delegation }): { $text }
dec-fingerprint = Impressão digital (SHA-256 do texto original): { $fingerprint }
comm-next-meeting = A próxima reunião { $kind ->
    [plenary] plenária
    [extraordinary] extraordinária
   *[intersessional] intersessional
  } ({ $acronym }) realizar-se-á em { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
  } de { $year }; país anfitrião: { $host }.
