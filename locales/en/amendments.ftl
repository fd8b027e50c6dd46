# Amendments (proposals) and the versions of a text.

help-cmd-propose = a delegation proposes a new text for a decision or any text (P, A, R or O id): AM1, AM2 …
help-cmd-support = delegations co-sponsor a proposal
help-cmd-accept = accept a proposal (a new version of its text), or accept it as orally amended with the words given
help-cmd-reject = reject a proposal

cmd-expected-amendment = expected an amendment id such as AM1, found "{ $found }". Usage: { $usage }

err-unknown-amendment = no amendment { $id }: { $count ->
    [0] none has been proposed yet (propose ID BY "text").
    [one] only AM1 has been proposed.
   *[other] AM1 to AM{ $count } have been proposed.
  }
err-proposal-closed = { $id } is { $state ->
    [accepted] already accepted
    [rejected] rejected
   *[withdrawn] withdrawn
  }: only an open proposal can change. Propose it again if the room wants it back.
err-proposal-base = the text of { $id } is now version { $version }, not { $base }: the proposal was prepared on words that have changed. Read the text again and propose on it.
err-proposal-same = the proposal is the text of { $id } as it stands: nothing to change.
err-accept-stale = { $amendment } was made on version { $base } of { $id }, which is now version { $version }: accepting it as it stands would undo what changed since. Accept it with the words the room agrees now: accept { $amendment } "text"
err-support-own = { $id } proposed { $amendment }: its own proposal needs no co-sponsorship.
err-already-supports = { $id } already co-sponsors { $amendment }.
err-adopt-proposals = { $id } still has open proposals ({ $amendments }): accept, reject or withdraw each before adopting the text (accept { $first }, reject { $first }).

# The printed decision: its versions and the proposals on it.
am-versions = Versions of the text ({ $count }), in { $language }:
am-version = Version { $number }{ $current ->
    [yes] { " " }(the text above)
   *[no] {""}
  }: { $why ->
    [drafted] drafted
    [amended] amended by the secretariat
    [accepted] { $amendment } by { $by } accepted
    [oral] { $amendment } by { $by } accepted as orally amended
   *[other] { $why }
  }{ $date ->
    [none] {""}
   *[other] , { $date }
  }.
am-proposal = Proposal { $id } by { $by }, { $date }{ $supporters ->
    [none] {""}
   *[other] ; co-sponsors: { $supporters }
  }; made on version { $base } of the text. Deletions and insertions:
am-proposal-stale = The text has changed since this proposal was made: it is now version { $version }, and the changes below are against version { $base }.
am-proposal-closed = Proposal { $id } by { $by } was { $state ->
    [accepted] accepted: version { $version }
    [oral] accepted as orally amended: version { $version }
    [rejected] rejected
   *[withdrawn] withdrawn
  }, { $date }.

# The live screen's Decisions pane.
detail-proposal = { $id } by { $by }{ $supporters ->
    [none] {""}
   *[other] , with { $supporters }
  }, on version { $base }{ $stale ->
    [yes] { " " }(the text is now version { $version })
   *[no] {""}
  }:
