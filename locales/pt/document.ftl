# Palavras dos documentos.

doc-communique-draft = PROJETO DE COMUNICADO — { $body }, { $city }
doc-communique-final = COMUNICADO — { $body }, { $city }
doc-decision = { $text } ({ $id })
doc-statement = Declaração de { $by }: { $text }
doc-status-draft = PROJETO — não adotado
doc-status-adopted = Adotada por consenso em { $date }
doc-status-not-adopted = Não adotada: objeção de { $by } ({ $reason })
doc-status-deferred = Adiada
doc-original-language = Original: { $lang }
doc-reservation = Reserva de { $by }: { $text }
