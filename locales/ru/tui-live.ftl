# Экран на заседании: кто вы, сбои, подтверждения, журнал сообщений.

key-messages = все сообщения сеанса полностью
status-you = вы: { $author }
status-more = (L — прочитать всё)
status-undone = отменено: { $command }
status-not-saving = НЕ СОХРАНЯЕТСЯ
status-refresh-failed = не удалось прочитать команды других терминалов, показанное может отставать: { $reason }
status-conflict = сохранённая команда больше не применима к файлу заседания и пропущена: { $command } ({ $reason })
status-conflicts = { $count ->
    [one] { $count } сохранённая команда больше не применима (L — список)
    [few] { $count } сохранённые команды больше не применимы (L — список)
   *[other] { $count } сохранённых команд больше не применимы (L — список)
  }
status-store-gone = журнал заседания недоступен: больше ничего не сохраняется.
blocked-store-gone = Журнал заседания недоступен: больше ничего нельзя сохранить. { $count ->
    [0] Все команды, показанные как сохранённые, есть в журнале.
    [one] Эта команда не сохранена: { $commands }
   *[other] Эти команды ({ $count }) не сохранены: { $commands }
  } Выйдите и откройте сеанс снова.
blocked-keys = q — выход
status-paste-nowhere = вставленный текст попадает в поле ввода: нажмите : для командной строки или сначала откройте редактор. Ничего не сделано.
status-no-delegation = ни одна делегация не подходит под «{ $typed }»: введите её код или начало слова из её названия.
status-editor-failed = внешний редактор завершился с ошибкой, ничего не сохранено: { $reason }
confirm-yes-no = y да · n нет
confirm-adopt = Принять { $id } консенсусом?
confirm-defer = Отложить решение по { $id }?
confirm-speaker-absent = { $name }: присутствие не отмечено. Всё равно внести в список ораторов?
confirm-discard = Ваши изменения этого текста не сохранены. Отбросить их?
confirm-discard-keys = y отбросить · n продолжить редактирование
confirm-translation-changed = Перевод { $id } на { $lang } был сохранён на другом терминале, пока вы редактировали. Сохранить ваш поверх него?
confirm-original-amended = Оригинал { $id } изменили, пока вы переводили (левая панель). Сохранить ваш текст на { $lang } как перевод нового оригинала?
lead-chair = председатель
communique-building = Коммюнике готовится…
editor-keys-final = Ctrl-S сохранить · Esc отмена (спросит, если есть изменения)
editor-original-amended = Изменён тем временем: оригинал теперь гласит
editor-original-scroll = Alt-↑ Alt-↓ прокрутка
log-title = Сообщения
log-empty = Сообщений пока нет.
choose-title = Под «{ $typed }» подходят несколько делегаций: выберите одну
choose-keys = ↑ ↓ выбор · Enter — принять · Esc — отмена
cli-bad-ui-lang = --ui-lang { $lang }: plenary говорит на языках { $languages }. Выберите один из них.
key-name-space = Пробел
key-name-enter = Enter
key-name-esc = Esc
key-name-tab = Tab
key-name-back-tab = Shift-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
