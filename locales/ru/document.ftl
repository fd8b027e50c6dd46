# Слова документов.

doc-communique-draft = ПРОЕКТ КОММЮНИКЕ — { $body }, { $city }
doc-communique-final = КОММЮНИКЕ — { $body }, { $city }
doc-decision = { $text } ({ $id })
doc-statement = Заявление { $by }: { $text }
doc-status-draft = ПРОЕКТ — не принят
doc-status-adopted = Принято консенсусом { $date }
doc-status-not-adopted = Не принято: возражение { $by } ({ $reason })
doc-status-deferred = Отложено
doc-original-language = Язык оригинала: { $lang }
doc-reservation = Оговорка { $by }: { $text }
