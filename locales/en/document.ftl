# Words of the documents.

doc-communique-draft = DRAFT COMMUNIQUE — { $body }, { $city }
doc-communique-final = COMMUNIQUE — { $body }, { $city }
doc-decision = { $text } ({ $id })
doc-statement = Statement by { $by }: { $text }
doc-status-draft = DRAFT — not adopted
doc-status-adopted = Adopted by consensus on { $date }
doc-status-not-adopted = Not adopted: { $by } objected ({ $reason })
doc-status-deferred = Deferred
doc-original-language = Original: { $lang }
doc-reservation = Reservation by { $by }: { $text }
