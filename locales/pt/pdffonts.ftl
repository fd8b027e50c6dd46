# O PDF: carateres que nenhum dos tipos de letra incluídos no programa consegue desenhar.
pdffonts-drawn-as-box = nenhum tipo de letra contém { $chars }: substituído por □ no PDF, em «{ $text }»
