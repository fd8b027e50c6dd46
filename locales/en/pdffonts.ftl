# The PDF: characters that none of the fonts inside the program can draw.
# $chars: code points, "U+E000 U+0378"; $text: the text of the record that holds them.
pdffonts-drawn-as-box = no font has { $chars }: drawn as □ in the PDF, in “{ $text }”
