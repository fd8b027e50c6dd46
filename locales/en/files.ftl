# Problems in body and meeting files, shown as file:line:column: message.

file-not-found = file not found. Check the path.
file-unreadable = cannot read the file ({ $reason }).
file-is-directory = this is a directory, not a file. Name the meeting's .toml file.
file-too-large = the file is { $megabytes } MB, too large for an agenda. Name the meeting's .toml file.
file-not-utf8 = the file is not UTF-8 text from here on. Save it as UTF-8 text.
file-empty = the file is empty. Write its keys as docs/file-formats.md describes.
file-toml-syntax = TOML syntax: { $detail }. Correct the syntax here.
file-more-problems = { $count } more { $count ->
    [one] problem
   *[other] problems
  } not shown. Correct these first.
file-incomplete = the meeting could not be read. Correct the problems above.
# $expected and $found are kinds of TOML value (type_name in src/files/reader.rs).
file-wrong-type = `{ $key }` must be { $expected ->
    [string] a string
    [integer] an integer
    [boolean] a boolean (true or false)
    [table] a table
    [array-of-strings] an array of strings
    [array-of-tables] an array of tables
    [localised] a string or table of languages
   *[other] { $expected }
  }, not { $found ->
    [string] a string
    [integer] an integer
    [float] a decimal number
    [boolean] a boolean
    [datetime] a datetime
    [array] an array
    [table] a table
   *[other] { $found }
  }.
file-missing-key = `{ $key }` is missing. Add it.
file-unknown-key = unknown key `{ $key }`. Expected one of: { $expected }.
file-empty-value = `{ $key }` is empty. Write a value or remove the key.
file-bad-integer = `{ $key }` is not a whole number in range.
file-bad-date = `{ $key }` must be a date written YYYY-MM-DD.
file-bad-choice = `{ $key }` cannot be "{ $found }". Use one of: { $expected }.
file-unknown-language = "{ $lang }" is not an official language of the body ({ $languages }). Use one of those or add it to the body's languages.
file-missing-original = `{ $key }` has no text in the original language ({ $lang }). Add it: the original is required.
file-no-languages = the body has no official languages. List them in `languages`, the original first.
file-unsupported-language = plenary has no translation of its own words into "{ $lang }". Supported: { $supported }.
file-duplicate-language = the language "{ $lang }" is listed twice. Remove one.
file-bad-language-tag = "{ $lang }" is not a language tag. Use a BCP 47 tag such as en-GB or fr.
file-bad-id = the id "{ $id }" may hold only letters, digits, - and _. Rename it.
file-duplicate-id = the id "{ $id }" is already used on line { $line }. Ids are case-insensitive: rename one.
file-membership-and-category = `{ $key }` cannot stand beside `membership`. Move it into the membership entries.
file-empty-membership = `membership` is empty. Add at least one entry with `from` and `category`.
file-membership-order = the membership entry from { $date } must come after the one from { $previous }. Put the entries in date order.
file-bad-country = "{ $code }" is not a country code. Use ISO 3166 two capital letters, such as AT.
file-duplicate-country = the country "{ $code }" is listed twice. Remove one.
file-body-not-found = the body file "{ $path }" was not found (looked for { $looked }). The path is relative to the meeting file.
file-body-has-problems = the body file "{ $path }" has problems, listed with its name. Correct them.
file-closes-before-opens = the meeting closes ({ $closes }) before it opens ({ $opens }). Correct one of the dates.
file-not-member-then = "{ $id }" is not a member of the body on the opening day. Check its membership dates in the body file.
file-unknown-delegation = no delegation "{ $id }" in the body file or the guests. Check the id.
file-not-participant = "{ $id }" is { $category ->
    [observer] an observer
    [applicant] an applicant
   *[other] a { $category }
  } on the opening day; this must be a participant.
file-chair-is-vice-chair = "{ $id }" cannot be both chair and vice-chair. Name another vice-chair.
file-guest-id-taken = the guest id "{ $id }" is already a delegation or body id. Choose another.
file-no-items = the meeting has no agenda items. Add at least one [[items]].
file-bad-item-number = "{ $number }" is not an item number. Use digits and dots, such as 3 or 2.1.
file-quote-item-number = `{ $key } = { $number }` is a decimal number, not an item number. Write it in quotes: { $key } = "{ $number }".
file-duplicate-item = item { $number } is already on line { $line }. Renumber one.
file-item-order = item { $number } comes after item { $previous }. Put the items in order.
file-bad-lead = "{ $id }" is neither a delegation, a subsidiary body nor "chair". Check the id.
file-bad-minutes = { $minutes } minutes is not a time for an item. Give 1 to 1440.
file-unknown-subsidiary = no subsidiary body "{ $id }" in the body file (known: { $known }).
file-draft-and-final = the "{ $lang }" text is both in `text` and in `draft`, or is the original. Keep it in one place.
file-bad-year = `{ $key }` must be a year such as 2010.
file-bad-month = `{ $key }` must be a month from 1 to 12.
file-not-regular = this is not a regular file (a device or a pipe). Name the meeting's .toml file.
