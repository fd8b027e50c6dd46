# O que o sítio dos delegados mostra de uma reunião em curso, e a menção
# «projeto» em cada página impressa de um projeto.

sitedraft-running-communique = Projeto de comunicado — não adotado
sitedraft-running-decision = { $id } — { $outcome ->
        [adopted] adotada, ainda não formalmente adotada
       *[other] projeto, não adotada
    }
sitedraft-formally-adopted = Formalmente adotada: o texto da { $kind ->
        [recommendation] recomendação
       *[other] decisão
    } é definitivo em todas as línguas oficiais (artigo { $rule }.º)
sitedraft-attached-pending = { $count ->
        [one] A declaração anexa abaixo não faz parte desse texto: a sua tradução está pendente.
       *[other] As { $count } declarações anexas abaixo não fazem parte desse texto: a sua tradução está pendente.
    }

sitedraft-updated = Última atualização: { $date }, às { $time }.
sitedraft-never-updated = Ainda nada foi registado.
sitedraft-communique-draft = O comunicado é um projeto: ainda não foi adotado.
sitedraft-communique-adopted = O comunicado foi adotado em { $date }.
sitedraft-withheld = Os textos preparados para os pontos da ordem de trabalhos ainda não examinados são publicados logo que a reunião os examine.
