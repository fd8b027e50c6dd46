# Datas numa frase, a partir das partes do CLDR: $day-month («1 de março»), $year, $month («novembro»).
date-running = { $day-month } de { $year }
date-month-year-running = { $month } de { $year }

# A cidade sozinha (linhas de título): o nome, sem o artigo que a frase contrai («no Porto», «Porto»).
name-city-alone = { $city }
file-missing-city-forms = a cidade não tem { $forms } em { $lang }: { $count ->
    [one] acrescente-a
   *[other] acrescente-as
  } em `city_forms.{ $lang }` (docs/file-formats.md, «Name forms»); até lá, a frase de abertura escreve o nome da cidade depois de «em», sem artigo.
