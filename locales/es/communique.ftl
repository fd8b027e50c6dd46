# El comunicado. Los nombres vienen del archivo del organismo con sus formas
# (DESIGN §2): para un nombre en el lugar X, la oración recibe $X (el nombre),
# $X-article (el, la, los, las, none, o unknown si el archivo no lo indica),
# $X-gender, $X-number y $X-forms (known, o unknown: usar entonces una
# construcción que no las necesite). Las contracciones (del, al) se escriben
# aquí. El programa pone mayúscula al comienzo del párrafo y punto final.

comm-title = { $kind ->
    [plenary] Reunión Plenaria
    [extraordinary] Reunión Extraordinaria
   *[intersessional] Reunión entre períodos de sesiones
  } { $short-article ->
    [el] del { $short }
    [la] de la { $short }
    [los] de los { $short }
    [las] de las { $short }
   *[other] de { $short }
  }
comm-place = { $place }
comm-heading-draft = Proyecto de comunicado
comm-heading-final = Comunicado

# $dates: «del 1 al 3 de noviembre de 2011», «el 27 de noviembre de 2012» (formats.ftl).
comm-opening = La { $kind ->
    [plenary] Reunión Plenaria
    [extraordinary] reunión extraordinaria
   *[intersessional] reunión entre períodos de sesiones
  } { $short-article ->
    [el] del { $short }
    [la] de la { $short }
    [los] de los { $short }
    [las] de las { $short }
   *[other] de { $short }
  } se celebró en { $city } ({ $country }) { $dates }.
comm-attendance = { $count ->
    [one] Asistió a la reunión { $count } Participante
   *[other] Asistieron a la reunión { $count } Participantes
  } { $body-article ->
    [el] en el { $body }
    [la] en la { $body }
    [los] en los { $body }
    [las] en las { $body }
   *[other] en { $body }
  }{ $has-acronym ->
    [no] {""}
   *[yes] {" "}({ $acronym })
  }.
comm-observers = { $list-forms ->
    [known] { $list } también { $list-number ->
        [plural] asistieron
       *[other] asistió
      } a la reunión en calidad de { $count ->
        [one] observador.
       *[other] observadores.
      }
   *[other] También { $count ->
        [one] asistió
       *[other] asistieron
      } a la reunión, en calidad de { $count ->
        [one] observador
       *[other] observadores
      }: { $list }.
  }
comm-applicants = { $list-forms ->
    [known] { $list }, { $count ->
        [one] país candidato
       *[other] países candidatos
      } a participar { $acronym-article ->
        [el] en el { $acronym }
        [la] en la { $acronym }
        [los] en los { $acronym }
        [las] en las { $acronym }
       *[other] en { $acronym }
      }, también { $list-number ->
        [plural] estuvieron presentes.
       *[other] estuvo presente.
      }
   *[other] También { $count ->
        [one] estuvo presente
       *[other] estuvieron presentes
      }, en calidad de { $count ->
        [one] país candidato
       *[other] países candidatos
      } a participar { $acronym-article ->
        [el] en el { $acronym }
        [la] en la { $acronym }
        [los] en los { $acronym }
        [las] en las { $acronym }
       *[other] en { $acronym }
      }: { $list }.
  }
comm-guests = { $list-forms ->
    [known] { $list } también { $list-number ->
        [plural] asistieron
       *[other] asistió
      } a la reunión en calidad de { $count ->
        [one] invitado.
       *[other] invitados.
      }
   *[other] También { $count ->
        [one] asistió
       *[other] asistieron
      } a la reunión, en calidad de { $count ->
        [one] invitado
       *[other] invitados
      }: { $list }.
  }
comm-totals = El número total de Participantes { $acronym-article ->
    [el] en el { $acronym }
    [la] en la { $acronym }
    [los] en los { $acronym }
    [las] en las { $acronym }
   *[other] en { $acronym }
  } asciende ahora a { $participants }, que representan a { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
  }.
comm-totals-org = El número total de Participantes { $acronym-article ->
    [el] en el { $acronym }
    [la] en la { $acronym }
    [los] en los { $acronym }
    [las] en las { $acronym }
   *[other] en { $acronym }
  } asciende ahora a { $participants }, que representan a { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
  } (entre ellos, { $members ->
    [one] el { $members } Estado miembro
   *[other] los { $members } Estados miembros
  } { $org-article ->
    [el] del { $org }
    [la] de la { $org }
    [los] de los { $org }
    [las] de las { $org }
   *[other] de { $org }
  }).
# $list: cada nombre precedido de «a» ($case acc: «a Argelia y a Kenya», «al Canadá»).
comm-admitted = La Reunión Plenaria dio la bienvenida { $list } como { $count ->
    [one] nuevo Participante
   *[other] nuevos Participantes
  } { $acronym-article ->
    [el] en el { $acronym }
    [la] en la { $acronym }
    [los] en los { $acronym }
    [las] en las { $acronym }
   *[other] en { $acronym }
  }.
comm-chair = La Reunión Plenaria eligió { $delegation-article ->
    [el] al { $delegation }
    [la] a la { $delegation }
    [los] a los { $delegation }
    [las] a las { $delegation }
   *[other] a { $delegation }
  } para ocupar la Presidencia { $acronym-article ->
    [el] del { $acronym }
    [la] de la { $acronym }
    [los] de los { $acronym }
    [las] de las { $acronym }
   *[other] de { $acronym }
  } en { $year }.
# En voz pasiva, después de la elección para la Presidencia.
comm-vice-chair = { $delegation-forms ->
    [known] { $delegation-article ->
        [el] El { $delegation }
        [la] La { $delegation }
        [los] Los { $delegation }
        [las] Las { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] { $delegation-gender ->
            [feminine] fueron elegidas
           *[other] fueron elegidos
          }
       *[other] { $delegation-gender ->
            [feminine] fue elegida
           *[other] fue elegido
          }
      } para ocupar la Vicepresidencia { $acronym-article ->
        [el] del { $acronym }
        [la] de la { $acronym }
        [los] de los { $acronym }
        [las] de las { $acronym }
       *[other] de { $acronym }
      } en { $year }.
   *[other] La Reunión Plenaria eligió { $delegation-article ->
        [el] al { $delegation }
        [la] a la { $delegation }
        [los] a los { $delegation }
        [las] a las { $delegation }
       *[other] a { $delegation }
      } para ocupar la Vicepresidencia { $acronym-article ->
        [el] del { $acronym }
        [la] de la { $acronym }
        [los] de los { $acronym }
        [las] de las { $acronym }
       *[other] de { $acronym }
      } en { $year }.
  }
# $text: la decisión sin su punto final.
comm-decision = { $text } ({ $id }).
comm-recommendation = La Reunión Plenaria hizo suya la recomendación { $by-article ->
    [el] del { $by }
    [la] de la { $by }
    [los] de los { $by }
    [las] de las { $by }
   *[other] de { $by }
  } ({ $id }): «{ $text-bare }».
comm-reservation = { $delegation-forms ->
    [known] { $delegation-article ->
        [el] El { $delegation }
        [la] La { $delegation }
        [los] Los { $delegation }
        [las] Las { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] formularon
       *[other] formuló
      } una reserva { $kind ->
        [recommendation] a la recomendación
        [administrative] a la decisión administrativa
       *[other] a la decisión
      } { $id }: «{ $text-bare }».
   *[other] La siguiente delegación formuló una reserva { $kind ->
        [recommendation] a la recomendación
        [administrative] a la decisión administrativa
       *[other] a la decisión
      } { $id }: { $delegation }. Texto de la reserva: «{ $text-bare }».
  }
comm-statement = { $delegation-forms ->
    [known] { $delegation-article ->
        [el] El { $delegation }
        [la] La { $delegation }
        [los] Los { $delegation }
        [las] Las { $delegation }
       *[other] { $delegation }
      } { $delegation-number ->
        [plural] formularon
       *[other] formuló
      } una declaración para que constara en acta: «{ $text-bare }».
   *[other] La siguiente delegación formuló una declaración para que constara en acta: { $delegation }. Texto de la declaración: «{ $text-bare }».
  }
comm-action = Medida que debe adoptar { $by-article ->
    [el] el { $by }
    [la] la { $by }
    [los] los { $by }
    [las] las { $by }
   *[other] { $by }
  }: { $text }{ $has-owner ->
    [yes] { $due ->
        [none] {""} (responsable: { $owner-article ->
            [el] el { $owner }
            [la] la { $owner }
            [los] los { $owner }
            [las] las { $owner }
           *[other] { $owner }
          })
       *[other] {""} (responsable: { $owner-article ->
            [el] el { $owner }
            [la] la { $owner }
            [los] los { $owner }
            [las] las { $owner }
           *[other] { $owner }
          }; plazo: { $due })
      }
   *[no] { $due ->
        [none] {""}
       *[other] {""} (plazo: { $due })
      }
  }.
comm-formal-adoption = Las decisiones tomadas en la reunión se considerarán adoptadas formalmente una vez que se hayan traducido a los idiomas oficiales ({ $languages }) y se hayan puesto a disposición de todos los Participantes.
comm-formal-adoption-rule = Las decisiones tomadas en la reunión se considerarán adoptadas formalmente una vez que se hayan traducido a los idiomas oficiales ({ $languages }), de conformidad con el artículo { $rule } del Reglamento { $acronym-article ->
    [el] del { $acronym }
    [la] de la { $acronym }
    [los] de los { $acronym }
    [las] de las { $acronym }
   *[other] de { $acronym }
  }, y se hayan puesto a disposición de todos los Participantes.
comm-thanks = Los Participantes y los observadores expresaron su agradecimiento { $host-article ->
    [el] al { $host }
    [la] a la { $host }
    [los] a los { $host }
    [las] a las { $host }
   *[other] a { $host }
  } por haber acogido la reunión y por su hospitalidad.
# $when: el mes y el año, según el CLDR («noviembre de 2012»).
comm-next-meeting = { $host-forms ->
    [known] { $host-article ->
        [el] El { $host }
        [la] La { $host }
        [los] Los { $host }
        [las] Las { $host }
       *[other] { $host }
      } { $host-number ->
        [plural] acogerán
       *[other] acogerá
      } la próxima { $kind ->
        [plenary] Reunión Plenaria
        [extraordinary] reunión extraordinaria
       *[intersessional] reunión entre períodos de sesiones
      } { $short-article ->
        [el] del { $short }
        [la] de la { $short }
        [los] de los { $short }
        [las] de las { $short }
       *[other] de { $short }
      } en { $when }.
   *[other] La próxima { $kind ->
        [plenary] Reunión Plenaria
        [extraordinary] reunión extraordinaria
       *[intersessional] reunión entre períodos de sesiones
      } { $short-article ->
        [el] del { $short }
        [la] de la { $short }
        [los] de los { $short }
        [las] de las { $short }
       *[other] de { $short }
      } se celebrará en { $when }; país anfitrión: { $host }.
  }

# Un nombre en una lista ($case: nom, con su artículo; acc, complemento directo precedido de «a»: «al Canadá»).
name-in-list = { $case ->
    [acc] { $name-article ->
        [el] al { $name }
        [la] a la { $name }
        [los] a los { $name }
        [las] a las { $name }
       *[other] a { $name }
      }
   *[nom] { $name-article ->
        [el] el { $name }
        [la] la { $name }
        [los] los { $name }
        [las] las { $name }
       *[other] { $name }
      }
  }

doc-pending-missing = Traducción al { $language } pendiente; a continuación figura el original en { $original }.
doc-pending-draft = Traducción al { $language } todavía en borrador; a continuación figura el original en { $original }.
doc-pending-stale = La traducción al { $language } es anterior a una modificación del original; a continuación figura el original en { $original }.

dec-title = { $kind ->
    [recommendation] Recomendación
    [administrative] Decisión administrativa
   *[decision] Decisión
  } { $id }
dec-meeting = { $kind ->
    [plenary] Reunión Plenaria
    [extraordinary] Reunión Extraordinaria
   *[intersessional] Reunión entre períodos de sesiones
  }, { $city }, { $dates }
dec-item = Punto { $number } del orden del día: { $title }
dec-adopted = Adoptada por consenso el { $date }
dec-awaiting = Aún no adoptada formalmente: falta la versión definitiva en { $languages } (artículo { $rule })
dec-awaiting-language = { $language }
dec-draft = PROYECTO — no adoptada
dec-deferred = Aplazada el { $date }
dec-proposed-by = Presentada { $by-article ->
    [el] por el { $by }
    [la] por la { $by }
    [los] por los { $by }
    [las] por las { $by }
   *[other] por { $by }
  }
dec-original = Original: { $language }
dec-reservation = Reserva formulada { $delegation-article ->
    [el] por el { $delegation }
    [la] por la { $delegation }
    [los] por los { $delegation }
    [las] por las { $delegation }
   *[other] por { $delegation }
  }: { $text }
