# Crochets : mots d’un texte non encore agréés.

help-cmd-bracket = mettre entre crochets des mots d’un texte, non encore agréés (B1, B2…), pour la délégation qui l’a demandé (--by)
help-cmd-agree = les mots entre crochets sont agréés : les crochets sont levés, les mots restent
help-cmd-drop = les mots entre crochets sont supprimés (nouvelle version du texte)

cmd-expected-bracket = il faut un identifiant de crochets tel que B1, et non "{ $found }". Syntaxe : { $usage }

err-bracket-not-found = les mots « { $words } » ne figurent pas dans le texte actuel de { $id } : copiez-les de la version en vigueur.
err-bracket-ambiguous = les mots « { $words } » figurent { $count } fois dans le texte de { $id } : ajoutez les mots qui les entourent pour qu’ils n’y figurent qu’une fois.
err-bracket-overlap = ces mots chevauchent { $other } dans { $id } : agréez ou supprimez d’abord { $other }, ou mettez d’autres mots entre crochets.
err-bracket-adopted = { $id } est adoptée : ses mots ne peuvent être mis entre crochets que si elle est rouverte ({ $reopen }).
err-unknown-bracket = pas de crochets { $id } : { $count ->
    [0] aucun mot n’a encore été mis entre crochets (bracket ID "words").
    [one] seul B1 existe.
   *[other] les crochets B1 à B{ $count } existent.
  }
err-bracket-closed = { $id } est { $state ->
    [agreed] déjà agréé
   *[dropped] déjà supprimé
  } : seuls des crochets ouverts peuvent être agréés ou supprimés.
err-bracket-gone = les mots de { $id } ne figurent plus dans le texte de { $target } : agréez { $id } pour le clore.
err-bracket-whole = les mots de { $id } forment tout le texte de { $target } : les supprimer ne laisserait aucun texte. Modifiez le texte, ou agréez { $id }.
err-adopt-brackets = { $id } contient encore des mots entre crochets ({ $brackets }) : agréez ou supprimez chacun avant d’adopter le texte (agree { $first }, drop { $first }).
err-communique-brackets = le communiqué contient encore des mots entre crochets : { $brackets }. Agréez ou supprimez chacun avant de l’adopter.

# Imprimé après un texte entre crochets.
doc-bracket = { $id }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  }{ $words ->
    [none] {""}
   *[other] , sur des mots que cette version n’a plus : « { $words } »
  }
doc-brackets = Entre crochets, non encore agréé : { $brackets }.
doc-version-dropped = Version { $number }{ $current ->
    [yes] { " " }(le texte ci-dessus)
   *[no] {""}
  } : mots de { $bracket }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  } supprimés{ $date ->
    [none] {""}
   *[other] , { $date }
  }.

# Importation XLIFF.
xliff-unit-bracket-lost = { $id } : la traduction en { $lang } a perdu les crochets de { $bracket } (ses balises { $bracket }-open et { $bracket }-close) ; elle n’est pas enregistrée. Replacez les deux balises autour des mots traduits, comme dans l’original.
