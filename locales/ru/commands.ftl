# Ошибки командного языка и команд, которые невозможно выполнить.

cmd-empty = команда не указана. Введите команду, например: present NA
cmd-unknown = неизвестная команда "{ $word }". { $suggestion ->
    [none] Команды: { $commands }.
   *[other] Возможно, вы имели в виду "{ $suggestion }"? Команды: { $commands }.
  }
cmd-unclosed-quote = текст в кавычках не закрыт. Завершите его символом ".
cmd-bad-escape = "{ $escape }" — не управляющая последовательность. Внутри кавычек пишите \" для кавычки и \\ для обратной косой черты.
cmd-space-after-quote = поставьте пробел после закрывающей кавычки.
cmd-quote-in-word = кавычка внутри слова. Заключите весь текст в двойные кавычки.
cmd-missing-arg = не указан аргумент { $arg }. Использование: { $usage }
cmd-extra-arg = лишний аргумент "{ $found }". Заключите текст в двойные кавычки. Использование: { $usage }
cmd-expected-id = ожидается { $arg } (идентификатор), а указано "{ $found }". Использование: { $usage }
cmd-expected-item = ожидается номер пункта, например 3 или 2.1, а указано "{ $found }". Использование: { $usage }
cmd-expected-decision = ожидается идентификатор решения, например KP/2009/IS/3, а указано "{ $found }". Использование: { $usage }
cmd-expected-item-or-decision = ожидается номер пункта (3) или идентификатор решения (KP/2009/IS/3), а указано "{ $found }". Использование: { $usage }
cmd-expected-choice = ожидается одно из значений { $choices }, а указано "{ $found }". Использование: { $usage }
cmd-expected-year = ожидается год, например 2010, а указано "{ $found }". Использование: { $usage }
cmd-expected-lang = ожидается язык, например fr, а указано "{ $found }". Заключите текст в двойные кавычки. Использование: { $usage }
cmd-expected-date = ожидается дата в формате YYYY-MM-DD, а указано "{ $found }". Использование: { $usage }
cmd-expected-option = неожиданный аргумент "{ $found }"; допустимые параметры: { $options }. Использование: { $usage }
cmd-expected-action = ожидается идентификатор поручения, например A1, а указано "{ $found }". Использование: { $usage }
cmd-empty-text = аргумент { $arg } пуст. Запишите его в двойных кавычках. Использование: { $usage }

err-unknown-item = в повестке дня нет пункта { $item }.
err-unknown-delegation = на этом совещании нет делегации "{ $id }". { $suggestions ->
    [none] Проверьте идентификатор.
   *[other] Возможно, вы имели в виду { $suggestions }?
  }
err-body-not-delegation = "{ $id }" — вспомогательный орган, а не делегация.
err-unknown-decision = решения "{ $id }" нет. Сначала подготовьте проект: draft ITEM { $id } "text"
err-unknown-paragraph = абзаца "{ $id }" нет.
err-unknown-body = вспомогательного органа "{ $id }" нет.
err-unknown-action = поручения "{ $id }" нет.
err-unknown-language = "{ $lang }" не является официальным языком ({ $languages }).
err-translate-original = "{ $lang }" — язык оригинала: чтобы изменить оригинал, используйте amend.
err-empty-text = текст пуст.
err-nobody = не указана ни одна делегация.
err-not-participant = { $id } — { $category ->
    [observer] наблюдатель
    [applicant] кандидат
    [guest] гость
   *[other] { $category }
  }: это может сделать только участник.
err-participant-suspended = участие { $id } { $status ->
    [suspended] приостановлено
    [self-suspended] приостановлено по собственному решению
   *[other] приостановлено ({ $status })
  }: до восстановления участия это невозможно.
err-no-open-item = ни один пункт не открыт. Сначала откройте пункт: open ITEM
err-item-already-open = пункт { $item } уже открыт.
err-other-item-open = открыт пункт { $item }. Сначала закройте или отложите его: close { $item }
err-item-status = пункт { $item } { $status ->
    [pending] ещё не рассматривался
    [open] открыт
    [closed] закрыт
    [deferred] отложен
   *[other] в состоянии { $status }
  }.
err-speaker-queued = { $id } уже есть в списке ораторов.
err-no-speakers = список ораторов пуст. Добавьте оратора: speaker add ID
err-not-speaker = { $id } нет в списке ораторов.
err-bad-decision-id = "{ $id }" не является идентификатором решения: в нём должна быть буква, а P1 и A1 зарезервированы для абзацев и поручений.
err-decision-exists = решение "{ $id }" уже существует. Выберите другой идентификатор или измените существующее решение.
err-same-text = новый текст { $id } совпадает с прежним.
err-already-adopted = решение { $id } уже принято.
err-object-adopted = решение { $id } уже принято: возражение больше не может его заблокировать.
err-reserve-not-adopted = решение { $id } не принято: оговорка делается к принятому решению.
err-defer-adopted = решение { $id } принято: его нельзя отложить.
err-already-deferred = решение { $id } уже отложено.
err-no-note = у пункта { $item } нет примечания для перевода. Сначала напишите его: note { $item } "text"
err-admit-not-applicant = { $id } { $category ->
    [participant] уже является участником
    [observer] — наблюдатель, а не кандидат
    [guest] — гость, а не кандидат
   *[other] не является кандидатом ({ $category })
  }: принять можно только кандидата.
err-not-suspended = участие { $id } не приостановлено.
err-bad-year = { $year } — не год.
err-both-roles = { $id } уже выбран на { $year } год для другой должности.
err-action-done = поручение { $id } уже выполнено.
err-communique-adopted = коммюнике уже принято.
undo-nothing = нет ваших команд, которые можно отменить.
undo-later-depends = отменить нельзя: от этой команды зависит более поздняя ("{ $command }", автор: { $author }). Сначала отмените её.
