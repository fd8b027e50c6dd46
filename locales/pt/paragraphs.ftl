# O comunicado parágrafo a parágrafo: adopt Pn ["texto"], hold Pn, reopen Pn.

cmd-expected-paragraph = esperava-se um identificador de parágrafo como P3 ou G-totals, encontrou-se "{ $found }". Utilização: { $usage }

para-err-unknown = não existe o parágrafo "{ $id }" no comunicado: os parágrafos registados são P1, P2…, os gerados G-opening, G-attendance, G-totals, G-admissions, G-chair-PONTO, G-chair, G-adoption, G-thanks e G-next (a vista Comunicado do ecrã em direto mostra cada identificador).
para-err-not-printed = o comunicado não tem por agora o parágrafo { $id }: os factos que enunciaria ainda não estão registados.
para-err-adopted = o parágrafo { $id } está adotado: o seu texto só pode mudar se for reaberto ({ $reopen }).
para-err-bracketed = o parágrafo { $id } ainda tem palavras entre parênteses retos ({ $brackets }): acorde ou suprima cada um antes de o adotar.
para-err-words = falta o texto do parágrafo { $id } em { $lang } ou não está numa língua oficial: adote-o de novo a partir do programa, que o regista tal como é impresso.
para-err-held = o parágrafo { $id } já está reservado para consultas: adote-o quando terminarem (adopt { $id }).
para-err-not-adopted = o parágrafo { $id } não está adotado: não há nada a reabrir.
para-err-communique-held = o comunicado ainda tem parágrafos reservados para consultas: { $paragraphs }. Adote cada um (adopt Pn, ou adopt Pn "texto" tal como alterado oralmente) antes de adotar o comunicado.
undo-adoption-paragraph = não é possível anular a adoção do parágrafo { $id }: undo nunca anula uma adoção. Para alterar o parágrafo, reabra-o, o que fica registado: { $reopen }
undo-reopening-paragraph = não é possível anular a reabertura do parágrafo { $id }: adote-o de novo, o que fica registado: { $adopt }

# Impresso sob um parágrafo de um projeto de comunicado reservado para consultas.
para-held-note = Reservado para consultas.

# Versão resultante da adoção de um parágrafo tal como alterado oralmente.
para-version-oral = adotada tal como alterada oralmente

# Vista Comunicado do ecrã em direto, após o identificador de um parágrafo adotado: [P3, adotado].
para-screen-adopted = adotado

# Teclas da vista Comunicado do ecrã em direto (mostradas com ?).
para-key-next = parágrafo seguinte (para adotar ou reservar)
para-key-prev = parágrafo anterior
para-key-adopt = adotar o parágrafo selecionado tal como está
para-key-hold = reservar o parágrafo selecionado para consultas
