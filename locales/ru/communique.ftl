# Коммюнике. Названия делегаций и органов берутся из файла органа в исходной
# форме (именительный падеж): ни падеж, ни согласование в предложениях не
# зависят от названия (названия стоят после двоеточия, в скобках или в кавычках
# после родового слова).
# Выбор [1] (ровно один) вместо [one]: в русском [one] включает 21, 31 и т. д.

comm-title = { $body }. { $kind ->
    [plenary] Пленарное заседание
    [extraordinary] Внеочередное совещание
   *[intersessional] Межсессионное совещание
  }
comm-place = { $city }, { $country }
comm-heading-draft = Проект коммюнике
comm-heading-final = Коммюнике

comm-opening = { $kind ->
    [plenary] Пленарное заседание
    [extraordinary] Внеочередное совещание
   *[intersessional] Межсессионное совещание
  } ({ $body }) состоялось { $dates } в городе { $city } ({ $country }).
comm-attendance = На совещании присутствовали { count-participants } ({ $body }, { $acronym }).
comm-observers = { $count ->
    [1] На совещании также присутствовал наблюдатель: { $list }.
   *[other] На совещании также присутствовали наблюдатели: { $list }.
  }
comm-applicants = { $count ->
    [1] Также присутствовал кандидат на участие в { $acronym }: { $list }.
   *[other] Также присутствовали кандидаты на участие в { $acronym }: { $list }.
  }
comm-guests = { $count ->
    [1] На совещании также присутствовал гость: { $list }.
   *[other] На совещании также присутствовали гости: { $list }.
  }
comm-totals = Общее число участников { $acronym } в настоящее время составляет { $participants }; они представляют { $countries } { $countries ->
    [one] страну
    [few] страны
    [many] стран
   *[other] страны
  }.
comm-totals-org = Общее число участников { $acronym } в настоящее время составляет { $participants }; они представляют { $countries } { $countries ->
    [one] страну
    [few] страны
    [many] стран
   *[other] страны
  } (включая { $members } { $members ->
    [one] государство-член
    [few] государства-члена
    [many] государств-членов
   *[other] государства-члена
  } организации «{ $org }»).
comm-admitted = Совещание приветствовало { $count ->
    [1] нового участника
   *[other] новых участников
  } { $acronym }: { $list }.
comm-chair = Пленарное заседание избрало Председателя { $acronym } на { $year } год: { $delegation }.
comm-vice-chair = Пленарное заседание избрало заместителя Председателя { $acronym } на { $year } год: { $delegation }.
comm-decision = { $text } ({ $id })
comm-recommendation = Пленарное заседание одобрило рекомендацию органа «{ $body }»: { $text } ({ $id })
comm-reservation = Оговорка к { $id } ({ $delegation }): { $text }
comm-statement = Заявление для протокола ({ $delegation }): { $text }
comm-action = Поручение ({ $body }): { $text } { $owner ->
    [none] { $due ->
        [none] {""}
       *[other] (срок: { $due })
    }
   *[other] { $due ->
        [none] (ответственный: { $owner })
       *[other] (ответственный: { $owner }; срок: { $due })
    }
  }
comm-formal-adoption = Решения, принятые на совещании, будут считаться официально утверждёнными после их перевода на официальные языки ({ $languages }) и распространения среди всех участников.
comm-formal-adoption-rule = Решения, принятые на совещании, будут считаться официально утверждёнными после их перевода на официальные языки ({ $languages }) в соответствии с правилом { $rule } Правил процедуры { $acronym } и распространения среди всех участников.
comm-thanks = Участники и наблюдатели выразили признательность принимающей стране ({ $host }) за организацию совещания и гостеприимство.

doc-pending-missing = Перевод на { $language } язык ещё не выполнен; ниже приводится текст оригинала ({ $original }).
doc-pending-draft = Перевод на { $language } язык пока находится в стадии проекта; ниже приводится текст оригинала ({ $original }).
doc-pending-stale = Перевод на { $language } язык выполнен до внесения поправки в оригинал; ниже приводится текст оригинала ({ $original }).

dec-title = { $kind ->
    [recommendation] Рекомендация
    [administrative] Административное решение
   *[decision] Решение
  } { $id }
dec-meeting = { $kind ->
    [plenary] Пленарное заседание
    [extraordinary] Внеочередное совещание
   *[intersessional] Межсессионное совещание
  }, { $city }, { $dates }
dec-item = Пункт { $number } повестки дня: { $title }
dec-adopted = Дата принятия консенсусом: { $date }
dec-formally-adopted = Официальное утверждение: окончательный текст на всех официальных языках (правило { $rule })
dec-awaiting = Официальное утверждение ещё не состоялось: ожидается перевод на { $languages } (правило { $rule })
dec-draft = ПРОЕКТ — не принят
dec-deferred = Рассмотрение отложено { $date }
dec-not-adopted = Принятие не состоялось: { $date } заявлено возражение ({ $delegation }). Указанная причина: { $reason }
dec-proposed-by = Автор предложения: { $body }
dec-original = Язык оригинала: { $language }
dec-reservation = Оговорка ({ $delegation }): { $text }
dec-fingerprint = Отпечаток (SHA-256 текста оригинала): { $fingerprint }
comm-next-meeting = Следующее { $kind ->
    [plenary] пленарное заседание
    [extraordinary] внеочередное совещание
   *[intersessional] межсессионное совещание
  } { $acronym } состоится в { $month ->
    [1] январе
    [2] феврале
    [3] марте
    [4] апреле
    [5] мае
    [6] июне
    [7] июле
    [8] августе
    [9] сентябре
    [10] октябре
    [11] ноябре
   *[12] декабре
  } { $year } года; принимающая страна — { $host }.
