# Dates dans une phrase, sur les éléments du CLDR : $day-month (« 1er mars »), $year, $month (« novembre »).
date-running = { $day-month } { $year }
date-month-year-running = { $month } { $year }

# La ville seule (lignes de titre) : son nom, avec l’article qui en fait partie (« Le Cap »).
name-city-alone = { $city-forms ->
    [known] { $city-article ->
        [le] Le { $city }
        [la] La { $city }
        [les] Les { $city }
        [elided] L’{ $city }
       *[other] { $city }
      }
   *[other] { $city }
  }
file-missing-city-forms = la ville n’a pas de forme { $forms } en { $lang } : { $count ->
    [one] ajoutez-la
   *[other] ajoutez-les
  } sous `city_forms.{ $lang }` (docs/file-formats.md, « Name forms ») ; d’ici là, la phrase d’ouverture écrit le nom de la ville après « à », sans article.
