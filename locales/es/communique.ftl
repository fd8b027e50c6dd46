# El comunicado. Los nombres de las delegaciones y de los órganos vienen del
# archivo del órgano, sin artículo: ninguna frase hace depender de un nombre un
# artículo, una contracción o una concordancia (los nombres van tras dos puntos,
# entre paréntesis o detrás de un sustantivo común).

comm-title = { $body } — { $kind ->
    [plenary] Reunión Plenaria
    [extraordinary] Reunión Extraordinaria
   *[intersessional] Reunión Intersesional
  }
comm-place = { $city }, { $country }
comm-heading-draft = Proyecto de comunicado
comm-heading-final = Comunicado

comm-opening = La reunión { $kind ->
    [plenary] plenaria
    [extraordinary] extraordinaria
   *[intersessional] intersesional
  } ({ $body }) se celebró en { $city } ({ $country }), { $dates }.
comm-attendance = La reunión contó con la asistencia de { count-participants } ({ $body }, { $acronym }).
comm-observers = { $count ->
    [one] Asistió también a la reunión, en calidad de observador: { $list }.
   *[other] Asistieron también a la reunión, en calidad de observadores: { $list }.
  }
comm-applicants = { $count ->
    [one] Estuvo también presente, en calidad de candidato a la participación ({ $acronym }): { $list }.
   *[other] Estuvieron también presentes, en calidad de candidatos a la participación ({ $acronym }): { $list }.
  }
comm-guests = { $count ->
    [one] Asistió también a la reunión, en calidad de invitado: { $list }.
   *[other] Asistieron también a la reunión, en calidad de invitados: { $list }.
  }
comm-totals = El número total de participantes ({ $acronym }) asciende ahora a { $participants }, que representan a { $countries } { $countries ->
    [one] país
   *[other] países
  }.
comm-totals-org = El número total de participantes ({ $acronym }) asciende ahora a { $participants }, que representan a { $countries } { $countries ->
    [one] país
   *[other] países
  } (incluidos los { $members } Estados miembros de la organización { $org }).
comm-admitted = La reunión dio la bienvenida a { $count ->
    [one] un nuevo participante
   *[other] nuevos participantes
  } ({ $acronym }): { $list }.
comm-chair = La Plenaria designó para ocupar la presidencia ({ $acronym }) en { $year }: { $delegation }.
comm-vice-chair = La Plenaria designó para ocupar la vicepresidencia ({ $acronym }) en { $year }: { $delegation }.
comm-decision = { $text } ({ $id })
comm-recommendation = La Plenaria hizo suya la recomendación del órgano { $body }: { $text } ({ $id })
comm-reservation = Reserva relativa a { $id } ({ $delegation }): { $text }
comm-statement = Declaración para que conste en acta ({ $delegation }): { $text }
comm-action = Acción que debe realizarse ({ $body }): { $text } { $owner ->
    [none] { $due ->
        [none] {""}
       *[other] (plazo: { $due })
    }
   *[other] { $due ->
        [none] (responsable: { $owner })
       *[other] (responsable: { $owner }; plazo: { $due })
    }
  }
comm-formal-adoption = Las decisiones tomadas en la reunión se considerarán adoptadas formalmente una vez que se hayan traducido a los idiomas oficiales ({ $languages }) y se hayan puesto a disposición de todos los participantes.
comm-formal-adoption-rule = Las decisiones tomadas en la reunión se considerarán adoptadas formalmente una vez que se hayan traducido a los idiomas oficiales ({ $languages }), de conformidad con el artículo { $rule } del Reglamento ({ $acronym }), y se hayan puesto a disposición de todos los participantes.
comm-thanks = Los participantes y los observadores expresaron su agradecimiento al país anfitrión ({ $host }) por haber acogido la reunión y por su hospitalidad.

doc-pending-missing = Traducción al { $language } pendiente; a continuación figura el original en { $original }.
doc-pending-draft = Traducción al { $language } todavía en borrador; a continuación figura el original en { $original }.
doc-pending-stale = La traducción al { $language } es anterior a una modificación del original; a continuación figura el original en { $original }.

dec-title = { $kind ->
    [recommendation] Recomendación
    [administrative] Decisión administrativa
   *[decision] Decisión
  } { $id }
dec-meeting = { $kind ->
    [plenary] Reunión plenaria
    [extraordinary] Reunión extraordinaria
   *[intersessional] Reunión intersesional
  }, { $city }, { $dates }
dec-item = Punto { $number } del orden del día: { $title }
dec-adopted = Adoptada por consenso el { $date }
dec-formally-adopted = Adoptada formalmente: texto definitivo en todos los idiomas oficiales (artículo { $rule })
dec-awaiting = Aún no adoptada formalmente: traducción pendiente al { $languages } (artículo { $rule })
dec-draft = PROYECTO — no adoptado
dec-deferred = Aplazada el { $date }
dec-not-adopted = No adoptada: objeción formulada el { $date } ({ $delegation }). Motivo aducido: { $reason }
dec-proposed-by = Propuesta por: { $body }
dec-original = Original: { $language }
dec-reservation = Reserva ({ $delegation }): { $text }
dec-fingerprint = Huella digital (SHA-256 del texto original): { $fingerprint }
comm-next-meeting = La próxima reunión { $kind ->
    [plenary] plenaria
    [extraordinary] extraordinaria
   *[intersessional] intersesional
  } ({ $acronym }) se celebrará en { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
  } de { $year }; país anfitrión: { $host }.
