# El PDF: caracteres que ninguna de las fuentes incluidas en el programa puede dibujar.
pdffonts-drawn-as-box = ninguna fuente contiene { $chars }: en el PDF se dibuja □ en su lugar, en «{ $text }»
