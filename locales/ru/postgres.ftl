# Журнал в PostgreSQL: несколько машин на одном заседании.

store-pg = { $path }: PostgreSQL: { $detail }
store-pg-unreachable = не сохранено: журнал недоступен ({ $path }: { $detail }). Ничего не записано; повторите, когда сервер ответит (команда, набранная на экране, для этого сохраняется).
store-pg-not-url = { $url }: это не место для журнала. Укажите URL postgres://… или уберите --record и PLENARY_RECORD, чтобы хранить журнал в файле .plenary рядом с файлом заседания.
record-copy-done = { $events ->
    [one] Скопировано { $events } событие
    [few] Скопировано { $events } события
   *[many] Скопировано { $events } событий
} из { $from } в { $to }; цепочка цела в обоих, вершина { $head }.
record-copy-not-empty = В { $path } уже есть { $events ->
    [one] { $events } событие
    [few] { $events } события
   *[many] { $events } событий
}: журнал копируется только в пустой (новую базу данных или новый файл). Ничего не изменено.
