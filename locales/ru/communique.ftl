# Коммюнике. Названия берутся из файла органа вместе с их формами (DESIGN §2):
# для названия на месте X предложение получает $X (именительный падеж),
# $X-gen, $X-dat, $X-acc, $X-ins, $X-pre (падежи), $X-gender, $X-number,
# $X-agree (plural, если название во множественном числе, иначе род — для
# согласования глагола в прошедшем времени) и $X-forms (known или unknown:
# тогда нужна конструкция, которая обходится без форм: название в
# именительном падеже после двоеточия). Программа ставит прописную букву в
# начале абзаца и точку в конце.
# Выбор [1] (ровно один) там, где при числительном нет слова: в русском [one]
# включает 21, 31 и т. д.

comm-title = { $kind ->
    [plenary] Пленарное заседание
    [extraordinary] Внеочередное совещание
   *[intersessional] Межсессионное совещание
  } { $short-forms ->
    [known] { $short-gen }
   *[other] «{ $short }»
  }
comm-place = { $place }
comm-heading-draft = Проект коммюнике
comm-heading-final = Коммюнике

# $dates: «с 1 по 3 ноября 2011 г.», «27 ноября 2012 г.» (formats.ftl).
comm-opening = { $kind ->
    [plenary] Пленарное заседание
    [extraordinary] Внеочередное совещание
   *[intersessional] Межсессионное совещание
  } { $short-forms ->
    [known] { $short-gen }
   *[other] в рамках органа «{ $short }»
  } состоялось { $dates } { $city-forms ->
    [known] { $city-initial ->
        [v-cluster] во
       *[other] в
      } { $city-pre }
   *[other] в городе { $city }
  } ({ $country }).
# Без слова «совещание»: пленарное заседание называется «заседанием».
comm-attendance = { $count ->
    [one] Присутствовал { $count } участник
    [few] Присутствовали { $count } участника
   *[many] Присутствовали { $count } участников
  } { $body-forms ->
    [known] { $body-gen }{ $has-acronym ->
        [no] {""}
       *[yes] {" "}({ $acronym })
      }
   *[other] { $has-acronym ->
        [no] ({ $body })
       *[yes] ({ $acronym })
      }
  }.
comm-observers = { $count ->
    [1] В качестве наблюдателя присутствовал также: { $list }.
   *[other] В качестве наблюдателей присутствовали также: { $list }.
  }
comm-applicants = { $count ->
    [1] Также присутствовал кандидат на участие в { $acronym-pre }: { $list }.
   *[other] Также присутствовали кандидаты на участие в { $acronym-pre }: { $list }.
  }
comm-guests = { $count ->
    [1] Кроме того, присутствовал гость: { $list }.
   *[other] Кроме того, присутствовали гости: { $list }.
  }
comm-totals = Общее число участников { $acronym-gen } в настоящее время составляет { $participants }; они представляют { $countries } { $countries ->
    [one] страну
    [few] страны
    [many] стран
   *[other] страны
  }.
comm-totals-org = Общее число участников { $acronym-gen } в настоящее время составляет { $participants }; они представляют { $countries } { $countries ->
    [one] страну
    [few] страны
    [many] стран
   *[other] страны
  } (включая { $members } { $members ->
    [one] государство — член
    [few] государства — члена
    [many] государств — членов
   *[other] государства — члена
  } { $org-forms ->
    [known] { $org-gen }
   *[other] организации «{ $org }»
  }).
# $list в винительном падеже («Алжир и Кению»).
comm-admitted = { $list-forms ->
    [known] Пленарное заседание приветствовало { $list } в качестве { $count ->
        [1] нового участника
       *[other] новых участников
      } { $acronym-gen }.
   *[other] Пленарное заседание приветствовало { $count ->
        [1] нового участника
       *[other] новых участников
      } { $acronym-gen }: { $list }.
  }
comm-chair = { $delegation-forms ->
    [known] Пленарное заседание избрало { $delegation-acc } Председателем { $acronym-gen } на { $year } год.
   *[other] Функции Председателя { $acronym-gen } на { $year } год возложены на следующую делегацию: { $delegation }.
  }
comm-vice-chair = { $delegation-forms ->
    [known] Заместителем Председателя { $acronym-gen } на { $year } год { $delegation-agree ->
        [feminine] была избрана
        [neuter] было избрано
        [plural] были избраны
       *[masculine] был избран
      } { $delegation }.
   *[other] Функции заместителя Председателя { $acronym-gen } на { $year } год возложены на следующую делегацию: { $delegation }.
  }
# $text — текст решения без точки в конце.
comm-decision = { $text } ({ $id }).
comm-recommendation = Пленарное заседание одобрило рекомендацию { $by-forms ->
    [known] { $by-gen }
   *[other] органа «{ $by }»
  } ({ $id }): «{ $text-bare }».
comm-reservation = { $delegation-forms ->
    [known] { $delegation } { $delegation-agree ->
        [feminine] сделала
        [neuter] сделало
        [plural] сделали
       *[masculine] сделал
      } оговорку к { $kind ->
        [recommendation] рекомендации
       *[other] решению
      } { $id }: «{ $text-bare }».
   *[other] Оговорку к { $kind ->
        [recommendation] рекомендации
       *[other] решению
      } { $id } сделала следующая делегация: { $delegation }. Текст оговорки: «{ $text-bare }».
  }
comm-statement = { $delegation-forms ->
    [known] { $delegation } { $delegation-agree ->
        [feminine] сделала
        [neuter] сделало
        [plural] сделали
       *[masculine] сделал
      } заявление для протокола: «{ $text-bare }».
   *[other] Заявление для протокола сделала следующая делегация: { $delegation }. Текст заявления: «{ $text-bare }».
  }
comm-action = Поручение { $by-forms ->
    [known] { $by-dat }
   *[other] органу «{ $by }»
  }: { $text }{ $has-owner ->
    [yes] { $due ->
        [none] {""} (исполнитель: { $owner })
       *[other] {""} (исполнитель: { $owner }; срок исполнения: { $due })
      }
   *[no] { $due ->
        [none] {""}
       *[other] {""} (срок исполнения: { $due })
      }
  }.
comm-formal-adoption = Принятые решения будут считаться официально принятыми после их перевода на официальные языки ({ $languages }) и распространения среди всех участников.
comm-formal-adoption-rule = В соответствии с правилом { $rule } Правил процедуры { $acronym-gen } принятые решения будут считаться официально принятыми после их перевода на официальные языки ({ $languages }) и распространения среди всех участников.
comm-thanks = { $host-forms ->
    [known] Участники и наблюдатели выразили признательность { $host-dat } как принимающей стороне за оказанное гостеприимство.
   *[other] Участники и наблюдатели выразили признательность принимающей стороне ({ $host }) за оказанное гостеприимство.
  }
# $when — месяц и год по CLDR («ноябрь 2012 г.»).
comm-next-meeting = Следующее { $kind ->
    [plenary] пленарное заседание
    [extraordinary] внеочередное совещание
   *[intersessional] межсессионное совещание
  } { $short-gen } запланировано на { $when }{ $host-forms ->
    [known] ; его { $host-number ->
        [plural] проведут
       *[other] проведет
      } { $host }.
   *[other] {" "}(принимающая страна — { $host }).
  }

# Название в перечне: $case — nom (именительный) или acc (винительный).
name-in-list = { $case ->
    [acc] { $name-acc }
    [by] { $name-forms ->
        [known] { $name-gen }
       *[other] делегации { $name }
      }
   *[nom] { $name }
  }

doc-pending-missing = Перевод на { $language } язык еще не выполнен; ниже приводится текст оригинала (язык оригинала: { $original }).
doc-pending-draft = Перевод на { $language } язык пока находится в стадии проекта; ниже приводится текст оригинала (язык оригинала: { $original }).
doc-pending-stale = Перевод на { $language } язык выполнен до внесения поправки в оригинал; ниже приводится текст оригинала (язык оригинала: { $original }).

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
dec-awaiting = Официально еще не принято: ожидается перевод на следующие языки: { $languages } (правило { $rule })
dec-awaiting-language = { $language }
dec-draft = ПРОЕКТ — не принято
dec-deferred = Рассмотрение отложено { $date }
dec-proposed-by = Автор предложения: { $by }
dec-original = Язык оригинала: { $language }
dec-reservation = { $delegation-forms ->
    [known] Оговорка { $delegation-gen }: { $text }
   *[other] Оговорка (делегация: { $delegation }): { $text }
  }
