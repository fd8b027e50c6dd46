# El PDF: caracteres que ninguna de las fuentes incluidas en el programa puede dibujar.
pdffonts-drawn-as-box = ninguna fuente contiene { $chars }: se dibuja como □ en el PDF, en «{ $text }»
