# Identifiants, historique des décisions, communiqué adopté, aide des commandes.

err-id-empty = un identifiant ne peut pas être vide.
err-id-keyword = "{ $id }" est un mot du langage de commande et ne peut pas servir d’identifiant : choisissez-en un autre.
err-id-hidden-char = cet identifiant contient un caractère invisible ou de contrôle ({ $code }) : ressaisissez-le avec des caractères visibles et de simples espaces.
err-id-spaces = "{ $id }" contient des espaces mal placées : l’identifiant d’une délégation ou d’un organe est un seul mot, et celui d’une décision n’a que des espaces simples entre les mots, aucune au début ni à la fin.
err-id-quote = "{ $id }" contient un guillemet droit, ce qu’un identifiant ne peut pas contenir.
err-id-no-letter = "{ $id }" n’est pas un identifiant de décision : il doit contenir une lettre (par exemple KP/2009/IS/3) pour ne pas être pris pour un numéro de point.
err-id-program-made = "{ $id }" n’est pas un identifiant de décision : P1, A1, R1, O1 et AM1 sont les identifiants que le programme donne aux paragraphes, actions, réserves, objections et amendements.
cmd-expected-text-id = il faut l’identifiant d’une décision, d’un paragraphe (P1), d’une action (A1), d’une réserve (R1) ou d’une objection (O1), et non "{ $found }". Syntaxe : { $usage }
err-unknown-text = aucune réserve ni objection "{ $id }". L’export et la matrice des traductions donnent chaque texte avec son identifiant.
err-objector-absent = { $id } n’est pas marqué présent, et seul un participant présent peut formuler une objection. Si la délégation est dans la salle : present { $id }
err-already-objected = { $by } maintient déjà une objection à { $id }.
err-adopt-objected = { $id } ne peut pas être adopté : { $by } a formulé une objection qui est maintenue. Une fois celle-ci retirée ({ $withdraw }), adoptez-le.
err-no-objection = { $by } ne maintient aucune objection à { $id }.
err-communique-final = le communiqué est adopté et ne peut plus changer. Pour le modifier, d’abord : reopen communique
err-communique-not-adopted = le communiqué n’est pas adopté : il n’y a rien à rouvrir.

dec-blocked = Non adoptée : consensus bloqué par { $delegations } (objection du { $date } ; { $count ->
    [one] une objection maintenue
   *[other] { $count } objections maintenues
}).
dec-history = Déroulement : { $steps }.
# Between two steps of the history (a narrow no-break space before the semicolon).
dec-step-separator = { "\u202F; " }
dec-step-objected = objection { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [le] du { $delegation }
        [la] de la { $delegation }
        [elided] de l’{ $delegation }
        [les] des { $delegation }
       *[other] { $delegation-initial ->
            [vowel] d’{ $delegation }
           *[other] de { $delegation }
          }
      }
   *[other] (délégation : { $delegation })
  }, le { $date }
dec-step-withdrawn = retrait de l’objection { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [le] du { $delegation }
        [la] de la { $delegation }
        [elided] de l’{ $delegation }
        [les] des { $delegation }
       *[other] { $delegation-initial ->
            [vowel] d’{ $delegation }
           *[other] de { $delegation }
          }
      }
   *[other] (délégation : { $delegation })
  }, le { $date }
dec-step-deferred = reportée le { $date }
dec-step-adopted = adoptée le { $date }
dec-step-reopened = rouverte le { $date }
dec-objection = Objection { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [le] du { $delegation }
        [la] de la { $delegation }
        [elided] de l’{ $delegation }
        [les] des { $delegation }
       *[other] { $delegation-initial ->
            [vowel] d’{ $delegation }
           *[other] de { $delegation }
          }
      }
   *[other] (délégation : { $delegation })
  } : { $text }
dec-objection-withdrawn = Objection { $objection } { $delegation-forms ->
    [known] { $delegation-article ->
        [le] du { $delegation }
        [la] de la { $delegation }
        [elided] de l’{ $delegation }
        [les] des { $delegation }
       *[other] { $delegation-initial ->
            [vowel] d’{ $delegation }
           *[other] de { $delegation }
          }
      }
   *[other] (délégation : { $delegation })
  }, retirée depuis : { $text }
cli-empty-author = --as demande un nom : qui enregistre ces commandes ?

help-commands = Commandes (à l’invite : et dans plenary do)
help-cmd-present = marquer des délégations présentes (ou participants, observers, applicants, all)
help-cmd-absent = marquer des délégations absentes
help-cmd-open = ouvrir un point de l’ordre du jour
help-cmd-close = clore un point de l’ordre du jour
help-cmd-defer = reporter un point de l’ordre du jour, ou une décision
help-cmd-speaker = la liste des orateurs du point ouvert
help-cmd-draft = une nouvelle décision sous un point
help-cmd-amend = un nouveau texte original, avant l’adoption ; ses traductions deviennent périmées
help-cmd-translate = la traduction d’un texte (identifiant de décision, P, A, R ou O)
help-cmd-adopt = adopter une décision par consensus, ou le communiqué dans son ensemble
help-cmd-object = un participant présent bloque le consensus, en donnant sa raison
help-cmd-withdraw = un participant retire son objection, ou une proposition (AMn) est retirée
help-cmd-reserve = une réserve sur une décision adoptée
help-cmd-note = un paragraphe du communiqué sous un point, ou sa traduction
help-cmd-admit = un candidat devient participant
help-cmd-suspend = suspendre un participant
help-cmd-reinstate = réintégrer un participant suspendu
help-cmd-chair = la présidence choisie pour une année
help-cmd-vice-chair = la vice-présidence choisie pour une année
help-cmd-statement = la déclaration d’une délégation, pour le compte rendu
help-cmd-wg = le rapport d’un groupe de travail sous un point
help-cmd-recommend = une décision recommandée par un groupe de travail
help-cmd-action = une action confiée à un groupe de travail
help-cmd-done = une action est accomplie
help-cmd-reopen = rouvrir une décision adoptée, ou le communiqué adopté, pour pouvoir les modifier
help-cmd-undo = annuler votre dernière commande
help-cmd-hold = réserver un paragraphe du communiqué pour consultations (adopt Pn lève la réserve)
