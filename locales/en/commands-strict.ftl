# The command language taken strictly: a text is quoted, an option is one
# its command has, and undo leaves adoptions alone. The one check of what a
# command may carry: its author's name.

cmd-text-unquoted = { $arg } is written in double quotes, as in "{ $found }": a bare word is never taken as a text. Usage: { $usage }
cmd-text-unquoted-shell = { $arg } is written in double quotes; from the shell, quote them too, as in '"{ $found }"': a bare word is never taken as a text. Usage: { $usage }
cmd-unknown-flag = "{ $found }" is not an option of { $command }. { $suggestion ->
    [none] { $options ->
        [none] It takes none.
       *[other] Its options: { $options }.
    }
   *[other] Did you mean { $suggestion }?
  } Usage: { $usage }
err-id-dash = "{ $id }" starts with a dash, which the command language keeps for options (--draft): choose an id that starts with a letter or a digit.
undo-adoption-decision = cannot undo "{ $command }": undo never reverses an adoption, and { $id } stays adopted. To change it, reopen it, which is recorded: { $reopen }
undo-adoption-communique = cannot undo the adoption of the communique: undo never reverses an adoption. To change the communique, reopen it, which is recorded: reopen communique
err-author-empty = the author's name is empty: give one with --as NAME or PLENARY_USER.
err-author-hidden-char = the author's name "{ $author }" holds an invisible, control or line-break character ({ $code }): give a name of visible characters and plain spaces with --as NAME or PLENARY_USER.
err-author-too-long = the author's name has { $chars } characters; it may have at most { $max }. Give a shorter one with --as NAME or PLENARY_USER.
record-import-refused = { $path }: event { $seq } cannot be imported: { $reason } Nothing was imported.
undo-reopening-decision = cannot undo the reopening of { $id }: undo never brings an adoption back unrecorded. To adopt it again: { $adopt }
undo-reopening-communique = cannot undo the reopening of the communique: undo never brings an adoption back unrecorded. To adopt it again: adopt communique
err-reopen-not-adopted = { $id } is not adopted: there is nothing to reopen.
