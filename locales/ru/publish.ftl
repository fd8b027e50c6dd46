# Страницы для делегатов: `plenary publish`, его страницы и сообщения.

pub-nav-label = Страницы совещания
pub-nav-meeting = Совещание и решения
pub-nav-communique = Коммюнике
pub-nav-fingerprints = Отпечатки
pub-nav-languages = Языки
# Название этого языка на нём самом: ссылка на него со страниц на других языках.
pub-language-self = Русский
pub-agenda = Повестка дня
pub-col-number = №
pub-col-item = Пункт
pub-col-status = Состояние
pub-item-status = { $status ->
    [open] обсуждается
    [closed] закрыт
    [deferred] отложен
   *[pending] ещё не рассматривался
  }
pub-decisions = Решения
pub-no-decisions = Пока не предложено ни одного решения.
pub-item-ref = пункт { $number } повестки дня
pub-outcome-pending = Ещё не принято; текст будет опубликован после принятия.
pub-outcome-not-adopted = Не принято ({ $date }).
pub-outcome-adopted = { $adopted } { $rule26 }.
pub-fingerprints-title = Отпечатки принятых решений
pub-fingerprints-intro = В конце напечатанного решения стоит его отпечаток. Найдите решение и язык вашего экземпляра: если напечатанный на нём отпечаток отличается от приведённого ниже, текст не совпадает с принятым.
pub-fingerprints-none = Пока не принято ни одного решения.
pub-col-decision = Решение
pub-col-fingerprint = Отпечаток
pub-col-languages = Языки экземпляра
pub-fingerprint-original = { $language } (оригинал, перевод ожидается)

pub-done = { $dir }: { $written ->
    [one] записан { $written } файл
    [few] записано { $written } файла
   *[other] записано { $written } файлов
  }, без изменений: { $unchanged }, удалено: { $removed }.
pub-updated = после команды { $seq }: { $written ->
    [one] записан { $written } файл
    [few] записано { $written } файла
   *[other] записано { $written } файлов
  }, без изменений: { $unchanged }, удалено: { $removed }.
pub-watching = Слежение за журналом: сайт обновляется после каждой команды. Ctrl-C — остановить.
pub-stopped = Остановлено; сайт полон по последнюю прочитанную команду.
pub-not-a-folder = { $path } не является папкой. Укажите папку для сайта (если её нет, она будет создана).
pub-write-failed = не удаётся записать сайт в { $path }: { $reason }. Проверьте, что в папку можно писать и диск не заполнен.
pub-record-failed = не удаётся прочитать журнал ({ $reason }); повторная попытка.
pub-signals-failed = не удаётся отслеживать Ctrl-C: { $reason }
pub-record-inside = { $path } содержит журнал { $record }: веб-сервер, раздающий сайт, раздавал бы и журнал вместе с проектами. Укажите для сайта отдельную папку.
