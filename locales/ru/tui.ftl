# Полноэкранный интерфейс.

tab-agenda = Повестка дня
tab-roll-call = Перекличка
tab-floor = Выступления
tab-decisions = Решения
tab-communique = Коммюнике

too-small = Размер терминала — { $width }×{ $height }; plenary нужно не менее { $min_width }×{ $min_height }. Увеличьте окно.

key-help = справка
key-prompt = команда
key-undo = отменить
key-quit = выход
key-next-tab = следующий экран
key-prev-tab = предыдущий экран
key-tab-agenda = экран повестки дня
key-tab-roll-call = экран переклички
key-tab-floor = экран выступлений
key-tab-decisions = экран решений
key-tab-communique = экран коммюнике
key-up = вверх
key-down = вниз
key-page-up = страница вверх
key-page-down = страница вниз
key-ui-language = сменить язык интерфейса
key-open-item = открыть пункт
key-close-item = закрыть пункт
key-defer-item = отложить пункт
key-toggle-present = присутствует / отсутствует
key-filter = поиск по названию
key-participants-present = все участники присутствуют
key-observers-present = все наблюдатели присутствуют
key-applicants-present = все кандидаты присутствуют
key-speaker-add = добавить оратора
key-speaker-next = следующий оратор
key-speaker-remove = убрать из списка
key-new-decision = новое решение
key-edit-decision = редактировать текст
key-edit-external = редактировать в $EDITOR
key-adopt = принять
key-object = возражение
key-reserve = оговорка
key-defer-decision = отложить решение
key-doc-language = язык
key-matrix = матрица переводов
key-translate = перевести

help-title = Клавиши
help-close = любая другая клавиша закрывает
help-global = Везде
help-prompt-keys = В командной строке (:): Tab дополняет команды и идентификаторы, ↑ ↓ вызывают предыдущие команды, Enter выполняет, Esc отменяет.
help-editor-keys = В редакторе: Ctrl-S сохраняет (окончательный вариант), Ctrl-D сохраняет перевод как черновик (черновик есть только у перевода), Esc отменяет и сначала спрашивает, если текст изменён, Alt-↑ Alt-↓ прокручивают оригинал, вставленный текст попадает целиком.

status-open-item = пункт { $item } открыт
status-no-open-item = нет открытого пункта
status-saving = сохранение…
status-saved = сохранено
status-saved-command = сохранено: { $command } — u отменяет
status-undo-hint = u отменяет вашу последнюю команду
status-help-hint = ? — все клавиши, : — выполнить команду
status-prompt-error = столбец { $column }: { $message }
status-choose-language = коммюнике показано на языке оригинала: нажмите l, чтобы выбрать язык перевода.
status-edit-cancelled = редактирование отменено; ничего не сохранено.

col-item = Пункт
col-status = Статус
col-lead = Ведущий
col-time = Время
col-title = Название
col-decision = Решение
col-outcome = Итог
col-rule = Правило 26
col-text = Текст

item-pending = ожидает
item-open = ОТКРЫТ
item-closed = закрыт
item-deferred = отложен
agenda-summary = Пунктов: { $items }, закрыто: { $closed }

category-participant = участник
category-observer = наблюдатель
category-applicant = кандидат
category-guest = гость
delegation-status = { $status ->
    [suspended] участие приостановлено
    [self-suspended] участие приостановлено добровольно
   *[other] { $status }
  }
roll-counts = Участники { $present }/{ $total } · страны { $countries_present }/{ $countries } · наблюдатели { $observers }/{ $observers_total } · кандидаты { $applicants }/{ $applicants_total }
roll-filter = Показаны названия, содержащие "{ $filter }" (/ — изменить, Esc в поле поиска — сбросить)
roll-filter-none = / — поиск делегации по названию или идентификатору
roll-no-match = Подходящих делегаций нет.

floor-no-item = Ни один пункт не открыт. Откройте пункт на экране повестки дня (o).
floor-item = Пункт { $number }: { $title } — { $elapsed }
floor-speaking = Выступает: { $delegation }, { $elapsed }
floor-nobody = Никто не выступает.
floor-queue = Ожидают ({ $count })
floor-spoken = Выступили ({ $count })

decisions-of-item = Решения по пункту { $number }: { $title }
decisions-all = Все решения (ни один пункт не открыт)
decisions-none = Решений пока нет: n — подготовить проект.
outcome-drafted = проект
outcome-adopted = принято
outcome-not-adopted = не принято
outcome-deferred = отложено
rule-formally-adopted = официально утверждено
rule-all-languages = окончательно на всех языках
rule-pending = ожидается: { $languages }
translation-original = оригинал
translation-missing = нет
translation-draft = черновик
translation-stale = УСТАРЕЛ
translation-final = готов
detail-adopted = Принято консенсусом, { $time }
detail-not-adopted = Не принято: возражение { $delegation } ({ $reason })
detail-reservation = Оговорка { $delegation }: { $text }

communique-head = Коммюнике ({ $lang }) — { $pending } { $pending ->
    [one] абзац ожидает
    [few] абзаца ожидают
    [many] абзацев ожидают
   *[other] абзаца ожидают
  } перевода (l — язык, m — матрица)
matrix-head = Переводы — язык перевода: { $lang } (l — язык, t — перевести, m — коммюнике)

editor-draft = Новое решение { $id } по пункту { $item }
editor-amend = Поправка к { $id }
editor-translate = Перевод { $id } на язык { $lang }
editor-keys = Ctrl-S сохранить · Ctrl-D сохранить как черновик · Esc отмена
confirm-changed-meanwhile = Текст { $id } был изменён на другом терминале, пока вы его редактировали. Сохранить ваш текст поверх?
confirm-keys = y сохранить мой · n продолжить редактирование

ask-speaker = Оратор: идентификатор или часть названия
ask-object-by = Кто возражает против { $id }? (идентификатор или часть названия)
ask-object-reason = Причина возражения против { $id } ({ $delegation })
ask-reserve-by = Кто делает оговорку к { $id }?
ask-reserve-text = Оговорка к { $id } ({ $delegation })
ask-decision-id = Идентификатор нового решения по пункту { $item }
ask-filter = Поиск делегации по названию или идентификатору
ask-keys = Enter — подтвердить · Esc — отмена
prompt-hint = команда, например: present NA ZW · Tab — дополнить · Esc — отмена
