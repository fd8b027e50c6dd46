# O comunicado. Os nomes vêm do ficheiro do organismo com as suas formas
# (DESIGN §2): para um nome no lugar X, a frase recebe $X (o nome),
# $X-article (o, a, os, as, none, ou unknown se o ficheiro não o indicar),
# $X-gender, $X-number e $X-forms (known, ou unknown: usar então uma
# construção que dispense as formas). As contrações (do, da, no, ao, à, pelo…)
# são escritas aqui. O programa põe maiúscula no início do parágrafo e ponto final.

comm-title = { $kind ->
    [plenary] Reunião Plenária
    [extraordinary] Reunião Extraordinária
   *[intersessional] Reunião intersessional
  } { $short-article ->
    [o] do { $short }
    [a] da { $short }
    [os] dos { $short }
    [as] das { $short }
   *[other] de { $short }
  }
comm-place = { $place }
comm-heading-draft = Projeto de comunicado
comm-heading-final = Comunicado

# $dates: «de 1 a 3 de novembro de 2011», «em 27 de novembro de 2012» (formats.ftl).
comm-opening = A { $kind ->
    [plenary] Reunião Plenária
    [extraordinary] reunião extraordinária
   *[intersessional] reunião intersessional
  } { $short-article ->
    [o] do { $short }
    [a] da { $short }
    [os] dos { $short }
    [as] das { $short }
   *[other] de { $short }
  } realizou-se { $city-forms ->
    [known] { $city-article ->
        [o] no
        [a] na
        [os] nos
        [as] nas
       *[other] em
      }
   *[other] em
  } { $city } ({ $country }) { $dates }.
comm-attendance = { $count ->
    [one] Esteve presente na reunião { $count } Participante
   *[other] Estiveram presentes na reunião { $count } Participantes
  } { $body-article ->
    [o] no { $body }
    [a] na { $body }
    [os] nos { $body }
    [as] nas { $body }
   *[other] em { $body }
  }{ $has-acronym ->
    [no] {""}
   *[yes] {" "}({ $acronym })
  }.
comm-observers = { $list-forms ->
    [known] { $list } { $list-number ->
        [plural] participaram
       *[other] participou
      } também na reunião na qualidade de { $count ->
        [one] observador.
       *[other] observadores.
      }
   *[other] { $count ->
        [one] Participou
       *[other] Participaram
      } também na reunião, na qualidade de { $count ->
        [one] observador
       *[other] observadores
      }: { $list }.
  }
comm-applicants = { $list-forms ->
    [known] { $list }, { $count ->
        [one] país candidato
       *[other] países candidatos
      } à participação { $acronym-article ->
        [o] no { $acronym }
        [a] na { $acronym }
        [os] nos { $acronym }
        [as] nas { $acronym }
       *[other] em { $acronym }
      }, { $list-number ->
        [plural] estiveram também presentes.
       *[other] esteve também presente.
      }
   *[other] { $count ->
        [one] Esteve também presente
       *[other] Estiveram também presentes
      }, na qualidade de { $count ->
        [one] país candidato
       *[other] países candidatos
      } à participação { $acronym-article ->
        [o] no { $acronym }
        [a] na { $acronym }
        [os] nos { $acronym }
        [as] nas { $acronym }
       *[other] em { $acronym }
      }: { $list }.
  }
comm-guests = { $list-forms ->
    [known] { $list } { $list-number ->
        [plural] participaram
       *[other] participou
      } também na reunião na qualidade de { $count ->
        [one] convidado.
       *[other] convidados.
      }
   *[other] { $count ->
        [one] Participou
       *[other] Participaram
      } também na reunião, na qualidade de { $count ->
        [one] convidado
       *[other] convidados
      }: { $list }.
  }
comm-totals = O número total de Participantes { $acronym-article ->
    [o] no { $acronym }
    [a] na { $acronym }
    [os] nos { $acronym }
    [as] nas { $acronym }
   *[other] em { $acronym }
  } é agora de { $participants }, que representam { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
  }.
comm-totals-org = O número total de Participantes { $acronym-article ->
    [o] no { $acronym }
    [a] na { $acronym }
    [os] nos { $acronym }
    [as] nas { $acronym }
   *[other] em { $acronym }
  } é agora de { $participants }, que representam { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
  } (incluindo { $members ->
    [one] o { $members } Estado-Membro
   *[other] os { $members } Estados-Membros
  } { $org-article ->
    [o] do { $org }
    [a] da { $org }
    [os] dos { $org }
    [as] das { $org }
   *[other] de { $org }
  }).
comm-admitted = { $list-forms ->
    [known] A Reunião Plenária deu as boas-vindas { $list }, { $count ->
        [one] novo Participante
       *[other] novos Participantes
      } { $acronym-article ->
        [o] no { $acronym }
        [a] na { $acronym }
        [os] nos { $acronym }
        [as] nas { $acronym }
       *[other] em { $acronym }
      }.
   *[other] A Reunião Plenária deu as boas-vindas { $count ->
        [one] a um novo Participante
       *[other] a novos Participantes
      } { $acronym-article ->
        [o] no { $acronym }
        [a] na { $acronym }
        [os] nos { $acronym }
        [as] nas { $acronym }
       *[other] em { $acronym }
      }: { $list }.
  }
comm-chair = { $delegation-forms ->
    [known] A Reunião Plenária escolheu { $delegation-article ->
        [o] o { $delegation }
        [a] a { $delegation }
        [os] os { $delegation }
        [as] as { $delegation }
       *[other] { $delegation }
      } para a Presidência { $acronym-article ->
        [o] do { $acronym }
        [a] da { $acronym }
        [os] dos { $acronym }
        [as] das { $acronym }
       *[other] de { $acronym }
      } em { $year }.
   *[other] A Reunião Plenária confiou a Presidência { $acronym-article ->
        [o] do { $acronym }
        [a] da { $acronym }
        [os] dos { $acronym }
        [as] das { $acronym }
       *[other] de { $acronym }
      } em { $year } à seguinte delegação: { $delegation }.
  }
# Na voz passiva, depois da escolha para a Presidência.
comm-vice-chair = { $delegation-forms ->
    [known] { $delegation-article ->
        [o] O { $delegation }
        [a] A { $delegation }
        [os] Os { $delegation }
        [as] As { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] { $delegation-gender ->
            [feminine] foram escolhidas
           *[other] foram escolhidos
          }
       *[other] { $delegation-gender ->
            [feminine] foi escolhida
           *[other] foi escolhido
          }
      } para a Vice-Presidência { $acronym-article ->
        [o] do { $acronym }
        [a] da { $acronym }
        [os] dos { $acronym }
        [as] das { $acronym }
       *[other] de { $acronym }
      } em { $year }.
   *[other] A Reunião Plenária confiou a Vice-Presidência { $acronym-article ->
        [o] do { $acronym }
        [a] da { $acronym }
        [os] dos { $acronym }
        [as] das { $acronym }
       *[other] de { $acronym }
      } em { $year } à seguinte delegação: { $delegation }.
  }
# $text: a decisão sem o ponto final.
comm-decision = { $text } ({ $id }).
comm-recommendation = A Reunião Plenária aprovou a recomendação { $by-article ->
    [o] do { $by }
    [a] da { $by }
    [os] dos { $by }
    [as] das { $by }
   *[other] de { $by }
  } ({ $id }): «{ $text-bare }».
comm-reservation = { $delegation-forms ->
    [known] { $delegation-article ->
        [o] O { $delegation }
        [a] A { $delegation }
        [os] Os { $delegation }
        [as] As { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] formularam
       *[other] formulou
      } uma reserva { $kind ->
        [recommendation] à recomendação
        [administrative] à decisão administrativa
       *[other] à decisão
      } { $id }: «{ $text-bare }».
   *[other] Foi formulada uma reserva { $kind ->
        [recommendation] à recomendação
        [administrative] à decisão administrativa
       *[other] à decisão
      } { $id } pela seguinte delegação: { $delegation }. Texto da reserva: «{ $text-bare }».
  }
comm-statement = { $delegation-forms ->
    [known] { $delegation-article ->
        [o] O { $delegation }
        [a] A { $delegation }
        [os] Os { $delegation }
        [as] As { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] fizeram
       *[other] fez
      } uma declaração para constar da ata: «{ $text-bare }».
   *[other] Foi feita uma declaração para constar da ata pela seguinte delegação: { $delegation }. Texto da declaração: «{ $text-bare }».
  }
comm-action = Medida a tomar { $by-article ->
    [o] pelo { $by }
    [a] pela { $by }
    [os] pelos { $by }
    [as] pelas { $by }
   *[other] por { $by }
  }: { $text }{ $has-owner ->
    [yes] { $due ->
        [none] {""} (responsável: { $owner-article ->
            [o] o { $owner }
            [a] a { $owner }
            [os] os { $owner }
            [as] as { $owner }
           *[other] { $owner }
          })
       *[other] {""} (responsável: { $owner-article ->
            [o] o { $owner }
            [a] a { $owner }
            [os] os { $owner }
            [as] as { $owner }
           *[other] { $owner }
          }; prazo: { $due })
      }
   *[no] { $due ->
        [none] {""}
       *[other] {""} (prazo: { $due })
      }
  }.
comm-formal-adoption = As decisões tomadas na reunião serão consideradas formalmente adotadas quando tiverem sido traduzidas para as línguas oficiais ({ $languages }) e disponibilizadas a todos os Participantes.
comm-formal-adoption-rule = As decisões tomadas na reunião serão consideradas formalmente adotadas quando tiverem sido traduzidas para as línguas oficiais ({ $languages }), nos termos do artigo { $rule }.º do Regulamento Interno { $acronym-article ->
    [o] do { $acronym }
    [a] da { $acronym }
    [os] dos { $acronym }
    [as] das { $acronym }
   *[other] de { $acronym }
  }, e disponibilizadas a todos os Participantes.
comm-thanks = { $host-forms ->
    [known] Os Participantes e os observadores agradeceram { $host-article ->
        [o] ao { $host }
        [a] à { $host }
        [os] aos { $host }
        [as] às { $host }
       *[other] a { $host }
      } o acolhimento da reunião e a sua hospitalidade.
   *[other] Os Participantes e os observadores agradeceram ao país anfitrião o acolhimento da reunião e a sua hospitalidade; país anfitrião: { $host }.
  }
# $when: o mês e o ano, segundo o CLDR («novembro de 2012»).
comm-next-meeting = { $host-forms ->
    [known] { $host-article ->
        [o] O { $host }
        [a] A { $host }
        [os] Os { $host }
        [as] As { $host }
       *[other] { $host }
      } { $host-number ->
        [plural] acolherão
       *[other] acolherá
      } a próxima { $kind ->
        [plenary] Reunião Plenária
        [extraordinary] reunião extraordinária
       *[intersessional] reunião intersessional
      } { $short-article ->
        [o] do { $short }
        [a] da { $short }
        [os] dos { $short }
        [as] das { $short }
       *[other] de { $short }
      } em { $when }.
   *[other] A próxima { $kind ->
        [plenary] Reunião Plenária
        [extraordinary] reunião extraordinária
       *[intersessional] reunião intersessional
      } { $short-article ->
        [o] do { $short }
        [a] da { $short }
        [os] dos { $short }
        [as] das { $short }
       *[other] de { $short }
      } realizar-se-á em { $when }; país anfitrião: { $host }.
  }

# Um nome numa lista, com o seu artigo ($case: nom).
# $case: nom, ou acc depois de « deu as boas-vindas » (ao, à, aos, às).
name-in-list = { $case ->
    [by] { $name-article ->
        [o] pelo { $name }
        [a] pela { $name }
        [os] pelos { $name }
        [as] pelas { $name }
       *[other] por { $name }
      }
    [acc] { $name-article ->
        [o] ao { $name }
        [a] à { $name }
        [os] aos { $name }
        [as] às { $name }
        [unknown] { $name }
       *[other] a { $name }
      }
   *[nom] { $name-article ->
        [o] o { $name }
        [a] a { $name }
        [os] os { $name }
        [as] as { $name }
       *[other] { $name }
      }
  }

doc-pending-missing = Tradução para { $language } pendente; segue-se o original em { $original }.
doc-pending-draft = Tradução para { $language } ainda em projeto; segue-se o original em { $original }.
doc-pending-stale = A tradução para { $language } é anterior a uma alteração do original; segue-se o original em { $original }.

dec-title = { $kind ->
    [recommendation] Recomendação
    [administrative] Decisão administrativa
   *[decision] Decisão
  } { $id }
dec-meeting = { $kind ->
    [plenary] Reunião Plenária
    [extraordinary] Reunião Extraordinária
   *[intersessional] Reunião intersessional
  }, { $city }, { $dates }
dec-item = Ponto { $number } da ordem do dia: { $title }
dec-adopted = Adotada por consenso em { $date }
dec-awaiting = Ainda não formalmente adotada: tradução pendente para { $languages } (artigo { $rule }.º)
dec-awaiting-language = { $language }
dec-draft = PROJETO — não adotada
dec-deferred = Adiada em { $date }
dec-proposed-by = Apresentada { $by-article ->
    [o] pelo { $by }
    [a] pela { $by }
    [os] pelos { $by }
    [as] pelas { $by }
   *[other] por { $by }
  }
dec-original = Original: { $language }
dec-reservation = Reserva formulada { $delegation-article ->
    [o] pelo { $delegation }
    [a] pela { $delegation }
    [os] pelos { $delegation }
    [as] pelas { $delegation }
   *[other] por { $delegation }
  }: { $text }
