# Instantâneos do estado agregado (uma cache ao lado dos eventos do registo), tal como `plenary verify` os avalia.
snapshot-bad-digest = { $path }: o instantâneo no evento { $seq } está danificado: o seu conteúdo não corresponde ao seu próprio resumo criptográfico.
snapshot-bad-chain = { $path }: o instantâneo no evento { $seq } não corresponde à cadeia do registo nesse evento.
snapshot-bad-unreadable = { $path }: o instantâneo no evento { $seq } não pode ser lido ({ $detail }).
snapshot-disagrees = { $path }: o instantâneo no evento { $seq } não corresponde ao que a agregação do registo dá nesse evento.
snapshot-bad-advice = { $path }: os próprios eventos estão íntegros, e um instantâneo que falhe estas verificações nunca é usado; mas algo que não o plenary alterou este ficheiro: descubra o quê antes de confiar nele.
snapshot-unused-program = { $path }: o instantâneo no evento { $seq } foi escrito por { $program } e não é usado por esta versão (ela própria agrega os eventos).
snapshot-unused-meeting = { $path }: o instantâneo no evento { $seq } foi tirado com outra versão do ficheiro da reunião e não é usado (os eventos são agregados com o ficheiro da reunião tal como está agora).
