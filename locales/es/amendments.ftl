# Enmiendas (propuestas) y versiones de un texto.

help-cmd-propose = una delegación propone un nuevo texto para una decisión o cualquier otro texto (identificador P, A, R u O): AM1, AM2…
help-cmd-support = delegaciones copatrocinan una propuesta
help-cmd-accept = aceptar una propuesta (nueva versión del texto), o aceptarla en su forma enmendada oralmente, con el texto indicado
help-cmd-reject = rechazar una propuesta

cmd-expected-amendment = se esperaba un identificador de enmienda, como AM1, pero se encontró "{ $found }". Uso: { $usage }

err-unknown-amendment = no existe la enmienda { $id }: { $count ->
    [0] aún no se ha propuesto ninguna (propose ID BY "text").
    [one] solo se ha propuesto la AM1.
   *[other] se han propuesto las enmiendas AM1 a AM{ $count }.
  }
err-proposal-closed = la { $id } { $state ->
    [accepted] ya fue aceptada
    [rejected] fue rechazada
   *[withdrawn] fue retirada
  }: solo una propuesta abierta puede cambiar. Propóngala de nuevo si la sala lo desea.
err-proposal-base = el texto de { $id } está ahora en la versión { $version }, no en la { $base }: la propuesta se preparó sobre un texto que ha cambiado. Vuelva a leer el texto y presente la propuesta sobre él.
err-proposal-same = la propuesta es el texto actual de { $id }: no hay nada que cambiar.
err-accept-stale = la { $amendment } se hizo sobre la versión { $base } de { $id }, que está ahora en la versión { $version }: aceptarla tal cual desharía lo que ha cambiado desde entonces. Acéptela con el texto que la sala acuerde ahora: accept { $amendment } "text"
err-support-own = { $id } es autor de la { $amendment }: no puede copatrocinar su propia propuesta.
err-already-supports = { $id } ya copatrocina la { $amendment }.
err-adopt-proposals = { $id } tiene aún propuestas abiertas ({ $amendments }): acepte, rechace o retire cada una antes de aprobar el texto (accept { $first }, reject { $first }).

# La decisión impresa: sus versiones y las propuestas sobre ella.
am-versions = Versiones del texto ({ $count }), en { $language }:
am-version = Versión { $number }{ $current ->
    [yes] { " " }(el texto de arriba)
   *[no] {""}
  }: { $why ->
    [drafted] redactada
    [amended] modificada por la secretaría
    [accepted] { $amendment } ({ $by }) aceptada
    [oral] { $amendment } ({ $by }) aceptada en su forma enmendada oralmente
   *[other] { $why }
  }{ $date ->
    [none] {""}
   *[other] , { $date }
  }.
am-proposal = Propuesta { $id } ({ $by }), { $date }{ $supporters ->
    [none] {""}
   *[other] ; copatrocinadores: { $supporters }
  }; presentada sobre la versión { $base } del texto. Supresiones e inserciones:
am-proposal-stale = El texto ha cambiado desde esta propuesta: está ahora en la versión { $version }, y los cambios siguientes se refieren a la versión { $base }.
am-proposal-closed = Propuesta { $id } ({ $by }): { $state ->
    [accepted] aceptada, versión { $version }
    [oral] aceptada en su forma enmendada oralmente, versión { $version }
    [rejected] rechazada
   *[withdrawn] retirada
  }, { $date }.

# El panel Decisiones de la pantalla.
detail-proposal = { $id } ({ $by }){ $supporters ->
    [none] {""}
   *[other] , con { $supporters }
  }, sobre la versión { $base }{ $stale ->
    [yes] { " " }(el texto está ahora en la versión { $version })
   *[no] {""}
  }:
