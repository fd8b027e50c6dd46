# The help of the command line (`plenary --help`, `plenary SUBCOMMAND --help`).
# Ids: cli-help, then each subcommand's name, then `--` and the argument's id.
# English is the text clap derives from src/cli/args.rs (a test keeps them
# equal: clap drops the final full stop); the other
# languages replace it when the interface language is theirs.
cli-help = A terminal secretariat for the meetings of an intergovernmental body
cli-help--session = The meeting file (its record is beside it) or a .plenary record
cli-help--ui_lang = Language of the program's own words: en, fr, pt, es or ru (default: from LC_ALL, LC_MESSAGES or LANG, else English). Before or after the subcommand
cli-help--author = Who is at this terminal, for the record and for undo (default: PLENARY_USER, else the login name)
cli-help--record = Keep the record in PostgreSQL (postgres://…) instead of the .plenary file; also PLENARY_RECORD
cli-help-check = Check a meeting file and its body file; list every problem with its line and column
cli-help-check--meeting = The meeting file
cli-help-do = Run commands of the command language on a session, one transaction each
cli-help-do--session = The meeting file or the .plenary record
cli-help-do--file = Read commands from this file, one a line
cli-help-do--author = Who is recording (default: PLENARY_USER, else USER). Undo reverses your own last command
cli-help-do--at = The time to record, RFC 3339 such as 2009-06-23T11:42:00+02:00 (default: PLENARY_NOW, else now)
cli-help-do--command = One command, as words (quote text for the shell); a lone ; separates commands. Without a command or --file, commands are read from standard input
cli-help-communique = Write the communique draft
cli-help-communique--session = The meeting file (its record is beside it) or a .plenary record
cli-help-communique--lang = A language of the body, or all (default: the original language)
cli-help-communique--format = The document format; docx and pdf are binary and need -o on a terminal
cli-help-communique--output = Write to this file instead of standard output
cli-help-decision = Write one decision, printable, with its fingerprint
cli-help-decision--session = The meeting file (its record is beside it) or a .plenary record
cli-help-decision--id = The decision id, such as KP/2009/IS/3
cli-help-decision--lang = A language of the body, or all (default: the original language)
cli-help-decision--format = The document format; docx and pdf are binary and need -o on a terminal
cli-help-decision--output = Write to this file instead of standard output
cli-help-publish = Write the delegates' view: a static site of the meeting, its decisions and its communique in every language
cli-help-publish--session = The meeting file (its record is beside it) or a .plenary record
cli-help-publish--dir = The folder of the site (created if missing); the venue's web server serves it
cli-help-publish--watch = Keep following the record: the site is up to date within a second of each command. Ctrl-C stops
cli-help-export = Write the whole record, for archives
cli-help-export--session = The meeting file (its record is beside it) or a .plenary record
cli-help-export--format = The archive format
cli-help-export--output = Write to this file instead of standard output
cli-help-verify = Check the record: it belongs to the meeting, the hash chain holds, no event is missing
cli-help-verify--session = The meeting file (its record is beside it) or a .plenary record
cli-help-verify--head = Also check that the record still holds this head, printed on its documents: EVENTS:HEAD, such as 1234:3f2a8c1d9e0b7a65
cli-help-import = Make a new record from an export (JSON or TOML) of the same meeting
cli-help-import--session = The meeting file; its record is made beside it and must not hold events yet
cli-help-import--file = The export to read (`plenary export`, TOML or JSON)
cli-help-xliff = Exchange texts with translators' CAT tools as XLIFF 1.2
cli-help-xliff-export = Write the texts waiting for a final translation into LANG (missing, draft, stale)
cli-help-xliff-export--session = The meeting file (its record is beside it) or a .plenary record
cli-help-xliff-export--lang = The language to translate into: a language of the body other than the original
cli-help-xliff-export--output = Write to this file instead of standard output
cli-help-xliff-import = Record the translations of an XLIFF file: final when the unit is final or signed off, draft otherwise
cli-help-xliff-import--session = The meeting file (its record is beside it) or a .plenary record
cli-help-xliff-import--file = The XLIFF 1.2 file from the CAT tool
cli-help-completions = Print the completion script for a shell
cli-help-completions--shell = The shell: bash, elvish, fish, powershell or zsh
cli-help-man = Print the man page (roff) on standard output
cli-help-record = Work on a record as a whole
cli-help-record-copy = Copy a meeting's record between a .plenary file and PostgreSQL, in either direction, checking its chain
cli-help-record-copy--from = A meeting file, a .plenary file or a postgres:// URL
cli-help-record-copy--to = A meeting file, a .plenary file or a postgres:// URL that holds no events yet
