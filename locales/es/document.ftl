# Palabras de los documentos.

doc-communique-draft = PROYECTO DE COMUNICADO — { $body }, { $city }
doc-communique-final = COMUNICADO — { $body }, { $city }
doc-decision = { $text } ({ $id })
doc-statement = Declaración de { $by }: { $text }
doc-status-draft = PROYECTO — no adoptado
doc-status-adopted = Adoptada por consenso el { $date }
doc-status-not-adopted = No adoptada: objeción de { $by } ({ $reason })
doc-status-deferred = Aplazada
doc-original-language = Original: { $lang }
doc-reservation = Reserva de { $by }: { $text }
