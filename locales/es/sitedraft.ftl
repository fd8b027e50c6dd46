# Lo que el sitio de los delegados muestra de una reunión en curso, y la
# mención «proyecto» en cada página impresa de un proyecto.

sitedraft-running-communique = Proyecto de comunicado — no adoptado
sitedraft-running-decision = { $id } — { $outcome ->
        [adopted] adoptada, aún no adoptada formalmente
       *[other] proyecto, no adoptada
    }
sitedraft-formally-adopted = Adoptada formalmente: el texto de la { $kind ->
        [recommendation] recomendación
       *[other] decisión
    } es definitivo en todos los idiomas oficiales (artículo { $rule })
sitedraft-attached-pending = { $count ->
        [one] La declaración adjunta a continuación no forma parte de ese texto: su traducción está pendiente.
       *[other] Las { $count } declaraciones adjuntas a continuación no forman parte de ese texto: su traducción está pendiente.
    }

sitedraft-updated = Última actualización: { $date }, a las { $time }.
sitedraft-never-updated = Todavía no se ha registrado nada.
sitedraft-communique-draft = El comunicado es un proyecto: aún no se ha adoptado.
sitedraft-communique-adopted = El comunicado se adoptó el { $date }.
sitedraft-withheld = Los textos preparados para los temas del programa que aún no se han examinado se publican en cuanto la reunión los examine.
