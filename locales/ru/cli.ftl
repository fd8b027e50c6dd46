# Командная строка.

cli-no-session = укажите файл совещания или журнал .plenary, например: plenary agendas/windhoek-2009-intersessional.toml (plenary --help выводит список команд)
cli-conflict = предупреждение: сохранённая команда { $seq } ("{ $command }") больше не применима к файлу совещания и пропущена: { $reason }
cli-write-failed = не удаётся записать { $path }: { $reason }
cli-export-failed = не удаётся выполнить экспорт: { $reason }
cli-check-ok = { $file }: ok — { $city }, с { $opens } по { $closes }; { $delegations } { $delegations ->
    [one] делегация
    [few] делегации
    [many] делегаций
   *[other] делегации
  }, { $items } { $items ->
    [one] пункт
    [few] пункта
    [many] пунктов
   *[other] пункта
  }, { $decisions } { $decisions ->
    [one] подготовленное решение
    [few] подготовленных решения
    [many] подготовленных решений
   *[other] подготовленного решения
  }
cli-check-failed = { $count ->
    [one] Найдена { $count } проблема
    [few] Найдены { $count } проблемы
    [many] Найдено { $count } проблем
   *[other] Найдено { $count } проблемы
  }.
cli-bad-time = "{ $time }" — не дата и время. Запишите в формате RFC 3339, например 2009-06-23T11:42:00+02:00.
cli-cannot-read = не удаётся прочитать { $path }.
cli-not-utf8 = эта строка не является текстом в кодировке UTF-8.
cli-do-line-error = { $place }:{ $line }:{ $column }: { $message }
cli-do-saved = { $place }:{ $line }: сохранено: { $command }
cli-overview-meeting = { $body }, { $kind ->
    [plenary] пленарное заседание
    [intersessional] межсессионное совещание
    [extraordinary] внеочередное совещание
   *[other] совещание ({ $kind })
  }, { $city }, с { $opens } по { $closes }
cli-overview-attendance = Присутствуют участники: { $present } из { $total } (всего стран: { $countries }), { $observers } { $observers ->
    [one] наблюдатель
    [few] наблюдателя
    [many] наблюдателей
   *[other] наблюдателя
  }, { $applicants } { $applicants ->
    [one] кандидат
    [few] кандидата
    [many] кандидатов
   *[other] кандидата
  }
cli-overview-record = Журнал: { $path }
cli-item-pending = ожидает
cli-item-open = ОТКРЫТ
cli-item-closed = закрыт
cli-item-deferred = отложен
cli-outcome-drafted = проект
cli-outcome-adopted = принято
cli-outcome-not-adopted = не принято
cli-outcome-deferred = отложено
cli-pending = { $lang }: { $count } { $count ->
    [one] абзац ожидает
    [few] абзаца ожидают
    [many] абзацев ожидают
   *[other] абзаца ожидают
  } окончательного перевода.
cli-terminal-failed = не удалось использовать терминал: { $reason }
