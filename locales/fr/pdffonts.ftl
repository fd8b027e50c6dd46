# Le PDF00a0: caractères qu’aucune des polices intégrées au programme ne peut dessiner.
pdffonts-drawn-as-box = aucune police ne contient { $chars } : caractère remplacé par □ dans le PDF, dans « { $text } »
