# Amendements (propositions) et versions d’un texte.

help-cmd-propose = une délégation propose un nouveau texte pour une décision ou tout autre texte (identifiant P, A, R ou O) : AM1, AM2…
help-cmd-support = des délégations se portent coauteurs d’une proposition
help-cmd-accept = accepter une proposition (nouvelle version du texte), ou l’accepter telle que modifiée oralement avec le texte donné
help-cmd-reject = rejeter une proposition

cmd-expected-amendment = il faut un identifiant d’amendement tel que AM1, et non "{ $found }". Syntaxe : { $usage }

err-unknown-amendment = aucun amendement { $id } : { $count ->
    [0] aucun n’a encore été proposé (propose ID BY "text").
    [one] seul AM1 a été proposé.
   *[other] les amendements AM1 à AM{ $count } ont été proposés.
  }
err-proposal-closed = la proposition { $id } est { $state ->
    [accepted] déjà acceptée
    [rejected] rejetée
   *[withdrawn] retirée
  } : seule une proposition ouverte peut changer. Présentez-la de nouveau si la salle le souhaite.
err-proposal-base = le texte de { $id } en est à la version { $version }, et non plus la version { $base } : la proposition a été préparée sur un texte qui a changé. Relisez le texte et faites votre proposition sur celui-ci.
err-proposal-same = la proposition reprend le texte actuel de { $id } : rien à changer.
err-accept-stale = { $amendment } a été présenté sur la version { $base } de { $id }, qui en est maintenant à la version { $version } : l’accepter tel quel effacerait ce qui a changé depuis. Acceptez-le avec le texte dont la salle convient maintenant : accept { $amendment } "text"
err-support-own = { $id } est l’auteur de { $amendment } : elle ne peut se porter coauteur de sa propre proposition.
err-already-supports = { $id } est déjà coauteur de { $amendment }.
err-adopt-proposals = { $id } fait encore l’objet de propositions ouvertes ({ $amendments }) : acceptez, rejetez ou retirez chacune avant d’adopter le texte (accept { $first }, reject { $first }).

# La décision imprimée : ses versions et les propositions dont elle fait l’objet.
am-versions = Versions du texte ({ $count }), en { $language } :
am-version = Version { $number }{ $current ->
    [yes] { " " }(le texte ci-dessus)
   *[no] {""}
  } : { $why ->
    [drafted] rédigée
    [amended] modifiée par le secrétariat
    [accepted] { $amendment } ({ $by }) accepté
    [oral] { $amendment } ({ $by }) accepté tel que modifié oralement
   *[other] { $why }
  }{ $date ->
    [none] {""}
   *[other] , { $date }
  }.
am-proposal = Proposition { $id } ({ $by }), { $date }{ $supporters ->
    [none] {""}
   *[other] { "\u202F;" } coauteurs : { $supporters }
  }{ "\u202F;" } établie sur la version { $base } du texte. Suppressions et ajouts :
am-proposal-stale = Le texte a changé depuis cette proposition : il en est à la version { $version }, et les modifications ci-dessous portent sur la version { $base }.
am-proposal-closed = Proposition { $id } ({ $by }) : { $state ->
    [accepted] acceptée, version { $version }
    [oral] acceptée telle que modifiée oralement, version { $version }
    [rejected] rejetée
   *[withdrawn] retirée
  }, { $date }.

# Le volet Décisions de l’écran.
detail-proposal = { $id } ({ $by }){ $supporters ->
    [none] {""}
   *[other] , avec { $supporters }
  }, sur la version { $base }{ $stale ->
    [yes] { " " }(le texte en est à la version { $version })
   *[no] {""}
  } :
