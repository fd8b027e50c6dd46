# Selos e retificações: um texto adotado fica selado em cada língua e só
# muda por uma retificação; cada língua tem a sua impressão digital.

help-cmd-correct = uma retificação de um texto adotado numa língua: o novo texto selado e o motivo

err-sealed = { $id } está adotada e selada em { $lang }, pelo que { $what ->
    [amend] o seu texto já não pode ser alterado
    [translate] a sua tradução para { $lang } é definitiva e não pode ser substituída
    [propose] não pode ser objeto de nenhuma proposta
   *[accept] a { $amendment } não pode ser aceite
  }. Um texto selado só muda por uma retificação, que fica registada e impressa: { $correct }. Para a voltar a negociar, reabra-a: { $reopen }
err-correct-unsealed = { $id } não está selada em { $lang }: { $why ->
    [adopted] não está adotada, pelo que o seu texto muda por uma alteração, não por uma retificação: { $amend }
   *[translation] a sua tradução para { $lang } ainda não é definitiva, pelo que muda por uma tradução, não por uma retificação: { $translate }
  }
err-correct-no-reason = uma retificação precisa de um motivo, impresso com ela: indique-o como último texto, correct ID LANG "text" "reason".
undo-correction = não é possível anular a retificação de { $id } em { $lang }: undo nunca anula um texto selado. Registe antes uma nova retificação: { $correct }
undo-sealed = não é possível anular "{ $command }": alteraria o texto selado de { $id } em { $lang }. Um texto selado só muda por uma retificação: { $correct }

# A linha de versão de um original retificado.
seal-version-corrected = retificada ({ $reason })
# Impresso com o texto, em todos os formatos, decisão e comunicado.
seal-corrected = Retificado em { $date }: { $reason }
# A impressão digital do texto na língua do documento.
seal-fingerprint = Impressão digital do texto em { $language } (primeiros 16 dígitos hexadecimais do seu SHA-256): { $fingerprint }
seal-fingerprint-corrected = Retificação de { $date } em { $language }: impressão digital { $before } antes, { $after } depois.
cli-fingerprint-lang = { $id } ({ $language }): impressão digital { $fingerprint }

# O sítio dos delegados: a página das impressões digitais.
pub-fingerprints-how = Cada valor são os primeiros 16 dígitos hexadecimais do SHA-256 do texto nessa língua tal como é impresso (a sua forma Unicode NFC, em UTF-8, sem quebra de linha final): printf '%s' "TEXTO" | sha256sum dá-o.
pub-col-corrigenda = Versões seladas anteriores
pub-corrigendum = { $language }, retificado em { $date }: { $reason }. Impressão digital antes: { $before }; depois: { $after }.
