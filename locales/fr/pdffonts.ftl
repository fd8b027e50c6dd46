# Le PDF : caractères qu’aucune des polices intégrées au programme ne peut dessiner.
pdffonts-drawn-as-box = aucune police ne contient { $chars } : □ les remplace dans le PDF, dans « { $text } »
