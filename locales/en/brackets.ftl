# Brackets: words of a text not yet agreed.

help-cmd-bracket = put words of a text in square brackets, not yet agreed (B1, B2 …), for the delegation that asked (--by)
help-cmd-agree = the bracketed words are agreed: the brackets go, the words stay
help-cmd-drop = the bracketed words are deleted (a new version of the text)

cmd-expected-bracket = expected a bracket id such as B1, found "{ $found }". Usage: { $usage }

err-bracket-not-found = the words "{ $words }" are not in the text of { $id } as it stands: copy them from the current version.
err-bracket-ambiguous = the words "{ $words }" stand { $count } times in the text of { $id }: add the words around them so that they stand only once.
err-bracket-overlap = these words overlap { $other } in { $id }: agree or drop { $other } first, or bracket other words.
err-bracket-adopted = { $id } is adopted: its words can be bracketed only if it is reopened ({ $reopen }).
err-unknown-bracket = no bracket { $id }: { $count ->
    [0] no words have been bracketed yet (bracket ID "words").
    [one] only B1 has been made.
   *[other] B1 to B{ $count } have been made.
  }
err-bracket-closed = { $id } is { $state ->
    [agreed] already agreed
   *[dropped] already dropped
  }: only an open bracket can be agreed or dropped.
err-bracket-gone = the words of { $id } are no longer in the text of { $target }: agree { $id } to close it.
err-bracket-whole = the words of { $id } are the whole text of { $target }: dropping them would leave no text. Amend the text, or agree { $id }.
err-adopt-brackets = { $id } still has words in brackets ({ $brackets }): agree or drop each before adopting the text (agree { $first }, drop { $first }).
err-communique-brackets = the communique still has words in brackets: { $brackets }. Agree or drop each before adopting it.

# Printed after a bracketed text.
doc-bracket = { $id }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  }{ $words ->
    [none] {""}
   *[other] , on words this version no longer has: “{ $words }”
  }
doc-brackets = In square brackets, not yet agreed: { $brackets }.
doc-version-dropped = Version { $number }{ $current ->
    [yes] { " " }(the text above)
   *[no] {""}
  }: the words of { $bracket }{ $by ->
    [none] {""}
   *[other] { " " }({ $by })
  } dropped{ $date ->
    [none] {""}
   *[other] , { $date }
  }.

# XLIFF import.
xliff-unit-bracket-lost = { $id }: the { $lang } translation has lost the brackets of { $bracket } (its codes { $bracket }-open and { $bracket }-close); it is not recorded. Put both codes back around the translated words, as in the source.
