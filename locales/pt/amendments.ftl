# Emendas (propostas) e versões de um texto.

help-cmd-propose = uma delegação propõe um novo texto para uma decisão ou qualquer outro texto (identificador P, A, R ou O): AM1, AM2…
help-cmd-support = delegações tornam-se coautoras de uma proposta
help-cmd-accept = aceitar uma proposta (nova versão do texto), ou aceitá-la com as alterações orais, com o texto indicado
help-cmd-reject = rejeitar uma proposta

cmd-expected-amendment = esperava-se um identificador de alteração, como AM1, mas encontrou-se "{ $found }". Utilização: { $usage }

err-unknown-amendment = não existe a alteração { $id }: { $count ->
    [0] ainda não foi proposta nenhuma (propose ID BY "text").
    [one] só foi proposta a AM1.
   *[other] foram propostas as alterações AM1 a AM{ $count }.
  }
err-proposal-closed = a { $id } { $state ->
    [accepted] já foi aceite
    [rejected] foi rejeitada
   *[withdrawn] foi retirada
  }: só uma proposta em aberto pode mudar. Proponha-a de novo se a sala o quiser.
err-proposal-base = o texto de { $id } está agora na versão { $version }, e não na { $base }: a proposta foi preparada sobre um texto que mudou. Releia o texto e apresente a proposta sobre ele.
err-proposal-same = a proposta é o texto atual de { $id }: nada a mudar.
err-accept-stale = a { $amendment } foi feita sobre a versão { $base } de { $id }, que está agora na versão { $version }: aceitá-la tal como está desfaria o que mudou desde então. Aceite-a com o texto que a sala acordar agora: accept { $amendment } "text"
err-support-own = { $id } é autor da { $amendment }: não pode ser coautor da sua própria proposta.
err-already-supports = { $id } já é coautor da { $amendment }.
err-adopt-proposals = { $id } tem ainda propostas em aberto ({ $amendments }): aceite, rejeite ou retire cada uma antes de adotar o texto (accept { $first }, reject { $first }).

# A decisão impressa: as suas versões e as propostas sobre ela.
am-versions = Versões do texto ({ $count }), em { $language }:
am-version = Versão { $number }{ $current ->
    [yes] { " " }(o texto acima)
   *[no] {""}
  }: { $why ->
    [drafted] redigida
    [amended] alterada pelo secretariado
    [accepted] { $amendment } ({ $by }) aceite
    [oral] { $amendment } ({ $by }) aceite com alterações orais
   *[other] { $why }
  }{ $date ->
    [none] {""}
   *[other] , { $date }
  }.
am-proposal = Proposta { $id } ({ $by }), { $date }{ $supporters ->
    [none] {""}
   *[other] ; coautores: { $supporters }
  }; apresentada sobre a versão { $base } do texto. Supressões e aditamentos:
am-proposal-stale = O texto mudou desde esta proposta: está agora na versão { $version }, e as alterações abaixo referem-se à versão { $base }.
am-proposal-closed = Proposta { $id } ({ $by }): { $state ->
    [accepted] aceite, versão { $version }
    [oral] aceite com alterações orais, versão { $version }
    [rejected] rejeitada
   *[withdrawn] retirada
  }, { $date }.

# O painel Decisões do ecrã.
detail-proposal = { $id } ({ $by }){ $supporters ->
    [none] {""}
   *[other] , com { $supporters }
  }, sobre a versão { $base }{ $stale ->
    [yes] { " " }(o texto está agora na versão { $version })
   *[no] {""}
  }:
