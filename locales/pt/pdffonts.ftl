# O PDF: carateres que nenhum dos tipos de letra incluídos no programa consegue desenhar.
pdffonts-drawn-as-box = nenhum tipo de letra contém { $chars }: no PDF, □ ocupa o seu lugar, em «{ $text }»
