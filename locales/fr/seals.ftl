# Sceaux et rectificatifs : un texte adopté est scellé dans chaque langue
# et ne change que par un rectificatif ; chaque langue a son empreinte.

help-cmd-correct = un rectificatif d’un texte adopté dans une langue : le nouveau texte scellé et son motif

err-sealed = { $id } est adoptée et scellée en { $lang }, { $what ->
    [amend] son texte ne peut donc plus être modifié
    [translate] sa traduction en { $lang } est définitive et ne peut donc pas être remplacée
    [propose] aucune proposition ne peut donc porter sur elle
   *[accept] { $amendment } ne peut donc pas être accepté
  }. Un texte scellé ne change que par un rectificatif, consigné et imprimé : { $correct }. Pour la renégocier, rouvrez-la : { $reopen }
err-correct-unsealed = { $id } n’est pas scellée en { $lang } : { $why ->
    [adopted] elle n’est pas adoptée, son texte change donc par une modification, non par un rectificatif : { $amend }
   *[translation] sa traduction en { $lang } n’est pas encore définitive, elle change donc par une traduction, non par un rectificatif : { $translate }
  }
err-correct-no-reason = un rectificatif a besoin d’un motif, imprimé avec lui : donnez-le en dernier texte, correct ID LANG "text" "reason".
undo-correction = impossible d’annuler le rectificatif de { $id } en { $lang } : undo n’annule jamais un texte scellé. Consignez plutôt un nouveau rectificatif : { $correct }
undo-sealed = impossible d’annuler "{ $command }" : cela changerait le texte scellé de { $id } en { $lang }. Un texte scellé ne change que par un rectificatif : { $correct }

# La ligne de version d’un original rectifié.
seal-version-corrected = rectifiée ({ $reason })
# Imprimé avec le texte, dans tous les formats, décision et communiqué.
seal-corrected = Rectifié le { $date } : { $reason }
# L’empreinte du texte dans la langue du document.
seal-fingerprint = Empreinte du texte en { $language } (16 premiers chiffres hexadécimaux de son SHA-256) : { $fingerprint }
seal-fingerprint-corrected = Rectificatif du { $date } en { $language } : empreinte { $before } avant, { $after } après.
cli-fingerprint-lang = { $id } ({ $language }) : empreinte { $fingerprint }

# Le site des délégués : la page des empreintes.
pub-fingerprints-how = Chaque valeur est formée des 16 premiers chiffres hexadécimaux du SHA-256 du texte dans cette langue tel qu’il est imprimé (sa forme Unicode NFC, en UTF-8, sans saut de ligne final) : printf '%s' "TEXTE" | sha256sum la donne.
pub-col-corrigenda = Versions scellées antérieures
pub-corrigendum = { $language }, rectifié le { $date } : { $reason }. Empreinte avant : { $before } ; après : { $after }.
