//! From words to a typed command, naming the argument at fault and what it expected.

use super::command::{Command, Who};
use super::tokens::{LineError, Token, tokenize};
use crate::domain::ids::{self, DASHES, IdKind, ItemNumber};
use crate::msg;
use chrono::NaiveDate;

/// Parses one line; `Ok(None)` for a blank or comment line.
pub fn parse_line(line: &str) -> Result<Option<Command>, LineError> {
    let tokens = tokenize(line)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    parse_tokens(&tokens, line.chars().count() + 1, Source::Line).map(Some)
}

/// Parses words that are already split, such as the arguments of `plenary do`.
///
/// The shell has taken its own quotes away, so a word is a text only when it
/// shows it was quoted: it holds a space (the shell kept it whole), or it is
/// written in the command language's own double quotes (`'"Noted."'`). A
/// single bare word is never a text, as on a line.
pub fn parse_words(words: &[String]) -> Result<Command, LineError> {
    let mut column = 1;
    let mut tokens: Vec<Token> = Vec::with_capacity(words.len());
    for w in words {
        let token = match w.starts_with('"') {
            true => match tokenize(w) {
                Ok(mut one) if one.len() == 1 && one[0].quoted => Token {
                    column,
                    ..one.remove(0)
                },
                // Quotes that do not make one text (`"a" b`): the word as the shell gave it.
                Ok(_) => shell_word(w, column),
                Err(e) => {
                    return Err(LineError {
                        column: column + e.column - 1,
                        msg: e.msg,
                    });
                }
            },
            false => shell_word(w, column),
        };
        tokens.push(token);
        column += w.chars().count() + 1;
    }
    if tokens.is_empty() {
        return Err(LineError {
            column: 1,
            msg: msg!("cmd-empty"),
        });
    }
    parse_tokens(&tokens, column, Source::Shell)
}

/// A word from the shell: quoted when it holds a space.
fn shell_word(w: &str, column: usize) -> Token {
    Token {
        text: w.to_string(),
        quoted: w.contains(char::is_whitespace),
        column,
    }
}

/// Where the words came from, for saying how to quote a text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// A line: a script, standard input, the `:` prompt.
    Line,
    /// Words the shell split (`plenary do SESSION COMMAND…`).
    Shell,
}

/// The arguments of one command, read one by one by its parser.
pub struct Args<'a> {
    tokens: &'a [Token],
    pos: usize,
    end_column: usize,
    usage: &'static str,
    source: Source,
}

impl<'a> Args<'a> {
    fn err(&self, column: usize, msg: crate::domain::Msg) -> LineError {
        LineError {
            column,
            msg: msg.text("usage", self.usage),
        }
    }

    fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.pos)
    }

    /// The next word, which must be there: `name` says what it is.
    fn word(&mut self, name: &'static str) -> Result<&'a Token, LineError> {
        match self.tokens.get(self.pos) {
            Some(t) => {
                self.pos += 1;
                Ok(t)
            }
            None => Err(self.err(self.end_column, msg!("cmd-missing-arg", arg = name))),
        }
    }

    /// A delegation's or body's id: one word, not a keyword.
    fn id(&mut self, name: &'static str) -> Result<String, LineError> {
        let t = self.word(name)?;
        if t.quoted || t.text.is_empty() {
            return Err(self.err(t.column, msg!("cmd-expected-id", arg = name, found = t.text.clone())));
        }
        if let Some(problem) = ids::id_problem(&t.text, IdKind::Word) {
            return Err(self.err(t.column, problem));
        }
        Ok(t.text.clone())
    }

    /// An id in a roll-call list: a delegation, or a category word.
    fn who(&mut self) -> Result<Who, LineError> {
        let t = self.word("ID")?;
        if !t.quoted {
            let who = Who::parse(&t.text);
            if who != Who::Id(t.text.clone()) {
                return Ok(who);
            }
        }
        self.pos -= 1;
        Ok(Who::Id(self.id("ID")?))
    }

    fn item(&mut self) -> Result<ItemNumber, LineError> {
        let t = self.word("ITEM")?;
        ItemNumber::parse(&t.text).ok_or_else(|| self.err(t.column, msg!("cmd-expected-item", found = t.text.clone())))
    }

    /// A decision id, or (`text_id`) the id of any translatable text. An
    /// id with spaces comes quoted.
    fn decision(&mut self) -> Result<String, LineError> {
        let t = self.word("DECISION")?;
        if let Some(problem) = ids::id_problem(&t.text, IdKind::Decision) {
            // A program-made id (P3, R1) names a text, not a decision.
            return Err(self.err(
                t.column,
                if problem.id == "err-id-program-made" || problem.id == "err-id-no-letter" {
                    msg!("cmd-expected-decision", found = t.text.clone())
                } else {
                    problem
                },
            ));
        }
        Ok(t.text.clone())
    }

    /// The id of any translatable text: a decision, or `P3`, `A2`, `R1`, `O1`.
    fn text_id(&mut self) -> Result<String, LineError> {
        let t = self.word("ID")?;
        if !t.quoted
            && (ids::PROGRAM_PREFIXES
                .iter()
                .any(|&p| ids::numbered_id(p, &t.text).is_some())
                || crate::domain::paragraphs::is_generated_form(&t.text))
        {
            return Ok(t.text.clone());
        }
        if let Some(problem) = ids::id_problem(&t.text, IdKind::Decision) {
            return Err(self.err(
                t.column,
                if problem.id == "err-id-no-letter" || ids::amendment_number(&t.text).is_some() {
                    msg!("cmd-expected-text-id", found = t.text.clone())
                } else {
                    problem
                },
            ));
        }
        Ok(t.text.clone())
    }

    /// A communique paragraph's id (`P3`, `G-totals`), taken if the next
    /// word is one, as the program spells it: `None` (nothing taken) else.
    fn paragraph(&mut self) -> Option<String> {
        let t = self.peek()?;
        if t.quoted {
            return None;
        }
        let id = if ids::numbered_id('P', &t.text).is_some() {
            t.text.to_uppercase()
        } else if crate::domain::paragraphs::is_generated_form(&t.text) {
            t.text.clone()
        } else {
            return None;
        };
        self.pos += 1;
        Some(id)
    }

    /// An amendment's id: `AM` and its number, as the program made it.
    fn amendment(&mut self) -> Result<String, LineError> {
        let t = self.word("AMn")?;
        if t.quoted || ids::amendment_number(&t.text).is_none() {
            return Err(self.err(t.column, msg!("cmd-expected-amendment", found = t.text.clone())));
        }
        Ok(t.text.to_uppercase())
    }

    /// A bracket's id: `B` and its number, as the program made it.
    fn bracket(&mut self) -> Result<String, LineError> {
        let t = self.word("Bn")?;
        if t.quoted || crate::domain::brackets::bracket_number(&t.text).is_none() {
            return Err(self.err(t.column, msg!("cmd-expected-bracket", found = t.text.clone())));
        }
        Ok(t.text.to_uppercase())
    }

    /// Whether the next word is this keyword, unquoted; taken if it is.
    fn takes(&mut self, word: &str) -> bool {
        let yes = self
            .peek()
            .is_some_and(|t| !t.quoted && t.text.eq_ignore_ascii_case(word));
        if yes {
            self.pos += 1;
        }
        yes
    }

    /// A text: always quoted, so that no mistyped word (`--draft-`, a
    /// language) is ever recorded as one.
    fn text(&mut self, name: &'static str) -> Result<String, LineError> {
        let t = self.word(name)?;
        if !t.quoted {
            let m = match self.source {
                Source::Line => msg!("cmd-text-unquoted", arg = name, found = t.text.clone()),
                Source::Shell => msg!("cmd-text-unquoted-shell", arg = name, found = t.text.clone()),
            };
            return Err(self.err(t.column, m));
        }
        if t.text.trim().is_empty() {
            return Err(self.err(t.column, msg!("cmd-empty-text", arg = name)));
        }
        Ok(t.text.clone())
    }

    fn year(&mut self) -> Result<i32, LineError> {
        let t = self.word("YEAR")?;
        t.text
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2999).contains(y) && t.text.len() == 4 && !t.quoted)
            .ok_or_else(|| self.err(t.column, msg!("cmd-expected-year", found = t.text.clone())))
    }

    fn lang(&mut self) -> Result<String, LineError> {
        let t = self.word("LANG")?;
        if !is_lang(&t.text) || t.quoted {
            return Err(self.err(t.column, msg!("cmd-expected-lang", found = t.text.clone())));
        }
        Ok(t.text.to_lowercase())
    }

    fn end(&self) -> Result<(), LineError> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(self.err(t.column, msg!("cmd-extra-arg", found = t.text.clone()))),
        }
    }
}

fn is_lang(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic())
}

/// One word of the command language: how it is written and how it is read.
/// The parser, `usage` in error messages, the TUI's help and the prompt's
/// completion all read [`COMMANDS`]; nothing else lists the commands.
pub struct CommandSpec {
    pub word: &'static str,
    /// Its forms, in the command language's own notation (the same in every
    /// interface language, as the words themselves are).
    pub usage: &'static str,
    /// The Fluent id of what it does, for the help screen.
    pub help: &'static str,
    /// Its options (`--draft`): the only words starting with a dash it
    /// takes. Any other is refused, naming the nearest of these.
    pub flags: &'static [&'static str],
    parse: fn(&mut Args<'_>) -> Result<Command, LineError>,
}

macro_rules! spec {
    ($word:literal, $usage:literal, $help:literal, $parse:expr) => {
        spec!($word, $usage, $help, [], $parse)
    };
    ($word:literal, $usage:literal, $help:literal, [$($flag:literal),*], $parse:expr) => {
        CommandSpec {
            word: $word,
            usage: $usage,
            help: $help,
            flags: &[$($flag),*],
            parse: $parse,
        }
    };
}

pub const COMMANDS: &[CommandSpec] = &[
    spec!("present", "present ID…", "help-cmd-present", |a| Ok(
        Command::Present { who: who_list(a)? }
    )),
    spec!("absent", "absent ID…", "help-cmd-absent", |a| Ok(Command::Absent {
        who: who_list(a)?
    })),
    spec!("open", "open ITEM", "help-cmd-open", |a| Ok(Command::Open {
        item: a.item()?
    })),
    spec!("close", "close ITEM", "help-cmd-close", |a| Ok(Command::Close {
        item: a.item()?
    })),
    spec!("defer", "defer ITEM | defer DECISION", "help-cmd-defer", parse_defer),
    spec!(
        "speaker",
        "speaker add ID | speaker next | speaker remove ID",
        "help-cmd-speaker",
        parse_speaker
    ),
    spec!("draft", "draft ITEM DECISION \"text\"", "help-cmd-draft", |a| {
        Ok(Command::Draft {
            item: a.item()?,
            decision: a.decision()?,
            text: a.text("text")?,
        })
    }),
    spec!("amend", "amend ID \"text\"", "help-cmd-amend", |a| {
        Ok(Command::Amend {
            target: a.text_id()?,
            text: a.text("text")?,
        })
    }),
    spec!(
        "translate",
        "translate ID LANG [--draft] \"text\"",
        "help-cmd-translate",
        ["--draft"],
        |a| {
            let target = a.text_id()?;
            let lang = a.lang()?;
            let draft = a.takes("--draft");
            Ok(Command::Translate {
                target,
                lang,
                draft,
                text: a.text("text")?,
            })
        }
    ),
    spec!(
        "adopt",
        "adopt DECISION | adopt Pn [\"text\"] | adopt communique",
        "help-cmd-adopt",
        |a| {
            if a.takes("communique") {
                return Ok(Command::AdoptCommunique);
            }
            if let Some(paragraph) = a.paragraph() {
                let text = match a.peek() {
                    Some(_) => Some(a.text("text")?),
                    None => None,
                };
                return Ok(Command::AdoptParagraph { paragraph, text });
            }
            Ok(Command::Adopt {
                decision: a.decision()?,
            })
        }
    ),
    spec!("hold", "hold Pn", "help-cmd-hold", |a| {
        let paragraph = match a.paragraph() {
            Some(p) => p,
            None => {
                let t = a.word("Pn")?;
                return Err(a.err(t.column, msg!("cmd-expected-paragraph", found = t.text.clone())));
            }
        };
        Ok(Command::Hold { paragraph })
    }),
    spec!("object", "object DECISION ID \"reason\"", "help-cmd-object", |a| {
        Ok(Command::Object {
            decision: a.decision()?,
            by: a.id("ID")?,
            reason: a.text("reason")?,
        })
    }),
    spec!(
        "withdraw",
        "withdraw DECISION ID | withdraw AMn",
        "help-cmd-withdraw",
        |a| {
            // An amendment's id (AM and digits) is never a decision's.
            if let Some(t) = a
                .peek()
                .filter(|t| !t.quoted && ids::amendment_number(&t.text).is_some())
            {
                a.pos += 1;
                return Ok(Command::WithdrawAmendment {
                    amendment: t.text.to_uppercase(),
                });
            }
            Ok(Command::Withdraw {
                decision: a.decision()?,
                by: a.id("ID")?,
            })
        }
    ),
    spec!(
        "reserve",
        "reserve DECISION ID \"statement\"",
        "help-cmd-reserve",
        |a| {
            Ok(Command::Reserve {
                decision: a.decision()?,
                by: a.id("ID")?,
                statement: a.text("statement")?,
            })
        }
    ),
    spec!("note", "note ITEM [LANG] \"text\"", "help-cmd-note", |a| {
        let item = a.item()?;
        // A bare word after the item is the language; the text is quoted.
        let lang = match a.peek() {
            Some(t) if !t.quoted && is_lang(&t.text) => Some(a.lang()?),
            _ => None,
        };
        Ok(Command::Note {
            item,
            lang,
            text: a.text("text")?,
        })
    }),
    spec!("admit", "admit ID", "help-cmd-admit", |a| Ok(Command::Admit {
        id: a.id("ID")?
    })),
    spec!("suspend", "suspend ID", "help-cmd-suspend", |a| Ok(Command::Suspend {
        id: a.id("ID")?
    })),
    spec!("reinstate", "reinstate ID", "help-cmd-reinstate", |a| Ok(
        Command::Reinstate { id: a.id("ID")? }
    )),
    spec!("chair", "chair ID YEAR", "help-cmd-chair", |a| {
        Ok(Command::Chair {
            id: a.id("ID")?,
            year: a.year()?,
        })
    }),
    spec!("vice-chair", "vice-chair ID YEAR", "help-cmd-vice-chair", |a| {
        Ok(Command::ViceChair {
            id: a.id("ID")?,
            year: a.year()?,
        })
    }),
    spec!("statement", "statement ITEM ID \"text\"", "help-cmd-statement", |a| {
        Ok(Command::Statement {
            item: a.item()?,
            by: a.id("ID")?,
            text: a.text("text")?,
        })
    }),
    spec!("wg", "wg BODY ITEM \"text\"", "help-cmd-wg", |a| {
        Ok(Command::Wg {
            body: a.id("BODY")?,
            item: a.item()?,
            text: a.text("text")?,
        })
    }),
    spec!(
        "recommend",
        "recommend BODY ITEM DECISION \"text\"",
        "help-cmd-recommend",
        |a| {
            Ok(Command::Recommend {
                body: a.id("BODY")?,
                item: a.item()?,
                decision: a.decision()?,
                text: a.text("text")?,
            })
        }
    ),
    spec!(
        "action",
        "action BODY \"text\" [--owner ID] [--due YYYY-MM-DD]",
        "help-cmd-action",
        ["--owner", "--due"],
        parse_action
    ),
    spec!("done", "done ACTION", "help-cmd-done", |a| {
        let t = a.word("ACTION")?;
        if ids::numbered_id('A', &t.text).is_none() || t.quoted {
            return Err(a.err(t.column, msg!("cmd-expected-action", found = t.text.clone())));
        }
        Ok(Command::Done {
            action: t.text.to_uppercase(),
        })
    }),
    spec!(
        "reopen",
        "reopen DECISION | reopen Pn | reopen communique",
        "help-cmd-reopen",
        |a| {
            Ok(if a.takes("communique") {
                Command::ReopenCommunique
            } else if let Some(paragraph) = a.paragraph() {
                Command::ReopenParagraph { paragraph }
            } else {
                Command::Reopen {
                    decision: a.decision()?,
                }
            })
        }
    ),
    spec!("propose", "propose ID BY \"text\"", "help-cmd-propose", |a| {
        Ok(Command::Propose {
            target: a.text_id()?,
            by: a.id("BY")?,
            text: a.text("text")?,
        })
    }),
    spec!("support", "support AMn ID…", "help-cmd-support", |a| {
        let amendment = a.amendment()?;
        let mut ids = vec![a.id("ID")?];
        while a.peek().is_some() {
            ids.push(a.id("ID")?);
        }
        Ok(Command::Support { amendment, ids })
    }),
    spec!("accept", "accept AMn [\"text\"]", "help-cmd-accept", |a| {
        let amendment = a.amendment()?;
        let text = match a.peek() {
            Some(_) => Some(a.text("text")?),
            None => None,
        };
        Ok(Command::Accept { amendment, text })
    }),
    spec!("reject", "reject AMn", "help-cmd-reject", |a| Ok(Command::Reject {
        amendment: a.amendment()?
    })),
    spec!("undo", "undo", "help-cmd-undo", |_| Ok(Command::Undo)),
    spec!(
        "correct",
        "correct ID LANG \"text\" \"reason\"",
        "help-cmd-correct",
        |a| {
            Ok(Command::Correct {
                target: a.text_id()?,
                lang: a.lang()?,
                text: a.text("text")?,
                reason: a.text("reason")?,
            })
        }
    ),
    spec!(
        "bracket",
        "bracket ID \"words\" [--by ID]",
        "help-cmd-bracket",
        ["--by"],
        parse_bracket
    ),
    spec!("agree", "agree Bn", "help-cmd-agree", |a| Ok(Command::Agree {
        bracket: a.bracket()?
    })),
    spec!("drop", "drop Bn", "help-cmd-drop", |a| Ok(Command::Drop {
        bracket: a.bracket()?
    })),
];

fn parse_bracket(a: &mut Args<'_>) -> Result<Command, LineError> {
    let target = a.text_id()?;
    let words = a.text("words")?;
    let mut by = None;
    while let Some(t) = a.peek() {
        a.pos += 1;
        match t.text.to_ascii_lowercase().as_str() {
            "--by" if by.is_none() && !t.quoted => by = Some(a.id("ID")?),
            _ => {
                return Err(a.err(
                    t.column,
                    msg!("cmd-expected-option", found = t.text.clone(), options = "--by"),
                ));
            }
        }
    }
    Ok(Command::Bracket { target, words, by })
}

/// The command with this word, whatever its case.
pub fn command_spec(word: &str) -> Option<&'static CommandSpec> {
    COMMANDS.iter().find(|c| c.word.eq_ignore_ascii_case(word))
}

/// The command words, in the table's order, for completion and suggestions.
pub fn command_words() -> impl Iterator<Item = &'static str> {
    COMMANDS.iter().map(|c| c.word)
}

fn who_list(a: &mut Args<'_>) -> Result<Vec<Who>, LineError> {
    let mut who = Vec::new();
    while a.peek().is_some() {
        who.push(a.who()?);
    }
    if who.is_empty() {
        return Err(a.err(a.end_column, msg!("cmd-missing-arg", arg = "ID")));
    }
    Ok(who)
}

fn parse_defer(a: &mut Args<'_>) -> Result<Command, LineError> {
    let t = a.word("ITEM or DECISION")?;
    if let Some(item) = ItemNumber::parse(&t.text).filter(|_| !t.quoted) {
        return Ok(Command::DeferItem { item });
    }
    if ids::is_decision_id(&t.text) {
        return Ok(Command::DeferDecision {
            decision: t.text.clone(),
        });
    }
    Err(a.err(t.column, msg!("cmd-expected-item-or-decision", found = t.text.clone())))
}

fn parse_speaker(a: &mut Args<'_>) -> Result<Command, LineError> {
    let t = a.word("add, next or remove")?;
    match t.text.to_lowercase().as_str() {
        "add" if !t.quoted => Ok(Command::SpeakerAdd { id: a.id("ID")? }),
        "next" if !t.quoted => Ok(Command::SpeakerNext),
        "remove" if !t.quoted => Ok(Command::SpeakerRemove { id: a.id("ID")? }),
        _ => Err(a.err(
            t.column,
            msg!(
                "cmd-expected-choice",
                found = t.text.clone(),
                choices = "add, next, remove"
            ),
        )),
    }
}

fn parse_action(a: &mut Args<'_>) -> Result<Command, LineError> {
    let body = a.id("BODY")?;
    let text = a.text("text")?;
    let (mut owner, mut due) = (None, None);
    while let Some(t) = a.peek() {
        a.pos += 1;
        match t.text.to_ascii_lowercase().as_str() {
            "--owner" if owner.is_none() && !t.quoted => owner = Some(a.id("ID")?),
            "--due" if due.is_none() && !t.quoted => {
                let d = a.word("YYYY-MM-DD")?;
                due = Some(
                    NaiveDate::parse_from_str(&d.text, "%Y-%m-%d")
                        .map_err(|_| a.err(d.column, msg!("cmd-expected-date", found = d.text.clone())))?,
                );
            }
            _ => {
                return Err(a.err(
                    t.column,
                    msg!(
                        "cmd-expected-option",
                        found = t.text.clone(),
                        options = "--owner, --due"
                    ),
                ));
            }
        }
    }
    Ok(Command::Action { body, text, owner, due })
}

/// The option of `flags` nearest to what was typed (`--draft-`, `--drfat`,
/// `-draft`, `--ownr`): the fewest edits (a transposition counts as one),
/// within about a third of its length; `None` if none is that near.
pub fn nearest_flag(typed: &str, flags: &[&'static str]) -> Option<&'static str> {
    let name = |w: &str| w.trim_start_matches(DASHES).to_lowercase();
    let typed = name(typed);
    flags
        .iter()
        .map(|&f| (strsim::osa_distance(&typed, &name(f)), f))
        .filter(|&(d, f)| d <= name(f).chars().count().div_ceil(3))
        .min_by_key(|&(d, _)| d)
        .map(|(_, f)| f)
}

/// Refuses a bare word that starts with a dash and is not one of the
/// command's options, wherever it stands: a mistyped option is never taken
/// as an id or a text, and the whole command is refused.
fn check_flags(spec: &CommandSpec, tokens: &[Token]) -> Result<(), LineError> {
    let Some(t) = tokens.iter().skip(1).find(|t| {
        !t.quoted && t.text.starts_with(DASHES) && !spec.flags.iter().any(|f| f.eq_ignore_ascii_case(&t.text))
    }) else {
        return Ok(());
    };
    let options = match spec.flags {
        [] => "none".to_string(),
        flags => flags.join(", "),
    };
    let suggestion = nearest_flag(&t.text, spec.flags).unwrap_or("none");
    Err(LineError {
        column: t.column,
        msg: msg!(
            "cmd-unknown-flag",
            found = t.text.clone(),
            command = spec.word,
            suggestion = suggestion,
            options = options
        )
        .text("usage", spec.usage),
    })
}

fn parse_tokens(tokens: &[Token], end_column: usize, source: Source) -> Result<Command, LineError> {
    let first = &tokens[0];
    let Some(spec) = command_spec(&first.text).filter(|_| !first.quoted) else {
        let word = first.text.to_lowercase();
        let suggestion = command_words()
            .find(|w| w.starts_with(&word) || word.starts_with(*w))
            .unwrap_or("none")
            .to_string();
        return Err(LineError {
            column: first.column,
            msg: msg!(
                "cmd-unknown",
                word = first.text.clone(),
                suggestion = suggestion,
                commands = command_words().collect::<Vec<_>>().join(", ")
            ),
        });
    };
    check_flags(spec, tokens)?;
    let mut a = Args {
        tokens,
        pos: 1,
        end_column,
        usage: spec.usage,
        source,
    };
    let command = (spec.parse)(&mut a)?;
    a.end()?;
    Ok(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Command {
        parse_line(line).unwrap().unwrap()
    }

    #[test]
    fn every_form_parses_and_prints_back() {
        for line in [
            "present NA ZW participants",
            "absent all",
            "open 2.1",
            "close 3",
            "defer 3",
            "defer KP/2009/IS/3",
            "speaker add NA",
            "speaker next",
            "speaker remove NA",
            "draft 4 KP/2009/IS/9 \"The Plenary agreed.\"",
            "amend KP/2009/IS/9 \"The Plenary \\\"agreed\\\".\"",
            "translate KP/2009/IS/9 fr \"La Plénière a convenu.\"",
            "translate P3 ru --draft \"Пленарное заседание\"",
            "adopt KP/2009/IS/9",
            "adopt communique",
            "object KP/2009/IS/9 ZW \"Not ready.\"",
            "reserve KP/2009/IS/9 VE \"We reserve.\"",
            "note 12 \"Text.\"",
            "note 12 fr \"Texte.\"",
            "admit BR",
            "suspend VE",
            "reinstate VE",
            "chair CA 2004",
            "vice-chair RU 2004",
            "statement 6 VE \"We remain committed.\"",
            "wg WGM 7 \"Findings.\"",
            "recommend WGM 7 KP/2009/IS/10 \"Review mission.\"",
            "action WGS \"Contact participants.\" --owner WGS --due 2009-07-15",
            "done A1",
            "withdraw KP/2009/IS/9 ZW",
            "reopen communique",
            "reopen \"KP/2017/Plenary/Administrative Decision 1\"",
            "adopt \"KP/2017/Plenary/Administrative Decision 1\"",
            "translate R1 fr \"La Namibie réserve sa position.\"",
            "amend O2 \"Not yet final.\"",
            "propose KP/2009/IS/9 NA \"The Plenary decided.\"",
            "propose P3 ZA \"Noted with thanks.\"",
            "support AM1 ZA ZW",
            "accept AM1",
            "accept AM2 \"The Plenary warmly decided.\"",
            "reject AM3",
            "withdraw AM4",
            "bracket KP/2009/IS/9 \"review mission\" --by NA",
            "bracket P3 \"welcomed\"",
            "agree B1",
            "drop B2",
            "undo",
        ] {
            let c = parse(line);
            assert_eq!(parse(&c.to_string()), c, "{line}");
        }
    }

    #[test]
    fn one_table_describes_every_command() {
        let words: Vec<&str> = command_words().collect();
        let mut unique = words.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "each word once");
        for spec in COMMANDS {
            assert!(
                ids::KEYWORDS.contains(&spec.word),
                "{} is a keyword, so that no id can be it",
                spec.word
            );
            assert!(spec.usage.starts_with(spec.word), "{}: {}", spec.word, spec.usage);
            assert!(spec.help.ends_with(spec.word), "{}", spec.help);
        }
        // Every first form of the usage, with its placeholders filled, parses to that command word.
        let filled = |usage: &str| {
            usage
                .split(" | ")
                .next()
                .unwrap()
                .replace(" [--draft]", "")
                .replace(" [--owner ID] [--due YYYY-MM-DD]", "")
                .replace(" [LANG]", "")
                .replace("ITEM", "4")
                .replace("DECISION", "KP/1")
                .replace("ACTION", "A1")
                .replace("Pn", "P1")
                .replace("AMn", "AM1")
                .replace("Bn", "B1")
                .replace(" [--by ID]", " --by ZA")
                .replace(" [\"text\"]", "")
                .replace("BY", "NA")
                .replace("LANG", "fr")
                .replace("YEAR", "2010")
                .replace("BODY", "WGM")
                .replace("ID…", "NA")
                .replace("ID", "NA")
        };
        for spec in COMMANDS {
            let line = filled(spec.usage);
            let c = parse_line(&line).unwrap_or_else(|e| panic!("{line}: {e:?}")).unwrap();
            assert!(c.to_string().starts_with(spec.word), "{line} gave {c}");
        }
    }

    #[test]
    fn an_unknown_word_is_never_a_command() {
        for line in ["undoo", "un", "x", "redo", "\"undo\""] {
            assert_eq!(parse_line(line).unwrap_err().msg.id, "cmd-unknown", "{line}");
        }
    }

    #[test]
    fn defer_tells_items_from_decisions() {
        assert!(matches!(parse("defer 3"), Command::DeferItem { .. }));
        assert!(matches!(parse("defer KP/2009/IS/3"), Command::DeferDecision { .. }));
    }

    #[test]
    fn errors_name_the_argument_and_column() {
        let e = parse_line("open x").unwrap_err();
        assert_eq!((e.column, e.msg.id), (6, "cmd-expected-item"));
        let e = parse_line("draft 4 KP/1").unwrap_err();
        assert_eq!((e.column, e.msg.id), (13, "cmd-missing-arg"));
        let e = parse_line("note 3 unquoted words here").unwrap_err();
        assert_eq!((e.column, e.msg.id), (8, "cmd-text-unquoted"));
        let e = parse_line("adpt KP/1").unwrap_err();
        assert_eq!(e.msg.id, "cmd-unknown");
        let e = parse_line("undo now").unwrap_err();
        assert_eq!((e.column, e.msg.id), (6, "cmd-extra-arg"));
        let e = parse_line("chair CA 24").unwrap_err();
        assert_eq!(e.msg.id, "cmd-expected-year");
        let e = parse_line("action WGS \"x\" --due 2009-13-01").unwrap_err();
        assert_eq!(e.msg.id, "cmd-expected-date");
    }

    #[test]
    fn every_option_is_a_keyword_and_found_from_its_typos() {
        for spec in COMMANDS {
            for flag in spec.flags {
                assert!(
                    ids::KEYWORDS.contains(flag),
                    "{flag} is a keyword, so that no id can be it"
                );
                assert!(spec.usage.contains(flag), "{}: {flag}", spec.usage);
                for typo in [
                    format!("{flag}-"),
                    flag[1..].to_string(),
                    format!("\u{2014}{}", &flag[2..]),
                ] {
                    assert_eq!(nearest_flag(&typo, spec.flags), Some(*flag), "{typo}");
                }
            }
        }
        assert_eq!(nearest_flag("--drfat", &["--draft"]), Some("--draft"));
        assert_eq!(nearest_flag("--ownr", &["--owner", "--due"]), Some("--owner"));
        assert_eq!(nearest_flag("--ude", &["--owner", "--due"]), Some("--due"));
        assert_eq!(nearest_flag("--final", &["--draft"]), None);
        assert_eq!(nearest_flag("--draft", &[]), None);
    }

    #[test]
    fn a_text_is_never_a_bare_word() {
        for (line, column, id) in [
            // A language and no text: `note 3 "fr"` was meant, or the text is missing.
            ("note 3 fr", 10, "cmd-missing-arg"),
            ("note 3 Noted.", 8, "cmd-text-unquoted"),
            ("translate KP/1 ru Final", 19, "cmd-text-unquoted"),
            ("draft 4 KP/1 Agreed", 14, "cmd-text-unquoted"),
            ("object KP/1 ZW Blocked", 16, "cmd-text-unquoted"),
        ] {
            let e = parse_line(line).unwrap_err();
            assert_eq!((e.column, e.msg.id), (column, id), "{line}");
        }
        for line in [
            "translate KP/1 ru --draft-",
            "translate KP/1 ru --drfat \"x\"",
            "adopt KP/1 --draft",
        ] {
            assert_eq!(parse_line(line).unwrap_err().msg.id, "cmd-unknown-flag", "{line}");
        }
        assert_eq!(
            parse_line("translate kp/1 RU --DRAFT \"x\"").unwrap().unwrap(),
            Command::Translate {
                target: "kp/1".into(),
                lang: "ru".into(),
                draft: true,
                text: "x".into()
            }
        );
    }

    #[test]
    fn words_from_the_shell_are_texts_only_when_they_were_quoted() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let e = parse_words(&words(&["note", "3", "Noted."])).unwrap_err();
        assert_eq!((e.column, e.msg.id), (8, "cmd-text-unquoted-shell"));
        assert_eq!(
            parse_words(&words(&["note", "3", "\"Noted.\""])).unwrap(),
            Command::Note {
                item: ItemNumber::parse("3").unwrap(),
                lang: None,
                text: "Noted.".into()
            }
        );
        let e = parse_words(&words(&["translate", "KP/1", "ru", "--draft-"])).unwrap_err();
        assert_eq!(e.msg.id, "cmd-unknown-flag");
        let e = parse_words(&words(&["note", "3", "\"open"])).unwrap_err();
        assert_eq!((e.column, e.msg.id), (8, "cmd-unclosed-quote"));
    }

    #[test]
    fn words_from_the_shell_keep_their_spaces() {
        let words: Vec<String> = ["draft", "4", "KP/2009/IS/9", "The Plenary agreed."]
            .map(String::from)
            .to_vec();
        assert_eq!(
            parse_words(&words).unwrap(),
            Command::Draft {
                item: ItemNumber::parse("4").unwrap(),
                decision: "KP/2009/IS/9".into(),
                text: "The Plenary agreed.".into()
            }
        );
    }
}
