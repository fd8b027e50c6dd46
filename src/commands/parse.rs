//! From words to a typed command, naming the argument at fault and what it expected.

use super::command::{COMMAND_WORDS, Command, Who};
use super::tokens::{LineError, Token, tokenize};
use crate::domain::ids::{self, ItemNumber};
use crate::msg;
use chrono::NaiveDate;

/// Parses one line; `Ok(None)` for a blank or comment line.
pub fn parse_line(line: &str) -> Result<Option<Command>, LineError> {
    let tokens = tokenize(line)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    parse_tokens(&tokens, line.chars().count() + 1).map(Some)
}

/// Parses words that are already split, such as the arguments of `plenary do`.
pub fn parse_words(words: &[String]) -> Result<Command, LineError> {
    let mut column = 1;
    let tokens: Vec<Token> = words
        .iter()
        .map(|w| {
            let t = Token {
                text: w.clone(),
                quoted: w.contains(char::is_whitespace),
                column,
            };
            column += w.chars().count() + 1;
            t
        })
        .collect();
    if tokens.is_empty() {
        return Err(LineError {
            column: 1,
            msg: msg!("cmd-empty"),
        });
    }
    parse_tokens(&tokens, column)
}

struct Args<'a> {
    tokens: &'a [Token],
    pos: usize,
    end_column: usize,
    usage: &'static str,
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

    fn id(&mut self, name: &'static str) -> Result<String, LineError> {
        let t = self.word(name)?;
        if t.quoted || t.text.is_empty() {
            return Err(self.err(t.column, msg!("cmd-expected-id", arg = name, found = t.text.clone())));
        }
        Ok(t.text.clone())
    }

    fn item(&mut self) -> Result<ItemNumber, LineError> {
        let t = self.word("ITEM")?;
        ItemNumber::parse(&t.text).ok_or_else(|| self.err(t.column, msg!("cmd-expected-item", found = t.text.clone())))
    }

    fn decision(&mut self) -> Result<String, LineError> {
        let t = self.word("DECISION")?;
        if t.quoted || !ids::is_decision_id(&t.text) {
            return Err(self.err(t.column, msg!("cmd-expected-decision", found = t.text.clone())));
        }
        Ok(t.text.clone())
    }

    fn text(&mut self, name: &'static str) -> Result<String, LineError> {
        let t = self.word(name)?;
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
            .filter(|y| (1900..=2999).contains(y) && t.text.len() == 4)
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

fn usage(word: &str) -> &'static str {
    match word {
        "present" => "present ID…",
        "absent" => "absent ID…",
        "open" => "open ITEM",
        "close" => "close ITEM",
        "defer" => "defer ITEM | defer DECISION",
        "speaker" => "speaker add ID | speaker next | speaker remove ID",
        "draft" => "draft ITEM DECISION \"text\"",
        "amend" => "amend DECISION \"text\"",
        "translate" => "translate DECISION LANG [--draft] \"text\"",
        "adopt" => "adopt DECISION | adopt communique",
        "object" => "object DECISION ID \"reason\"",
        "reserve" => "reserve DECISION ID \"statement\"",
        "note" => "note ITEM [LANG] \"text\"",
        "admit" => "admit ID",
        "suspend" => "suspend ID",
        "reinstate" => "reinstate ID",
        "chair" => "chair ID YEAR",
        "vice-chair" => "vice-chair ID YEAR",
        "statement" => "statement ITEM ID \"text\"",
        "wg" => "wg BODY ITEM \"text\"",
        "recommend" => "recommend BODY ITEM DECISION \"text\"",
        "action" => "action BODY \"text\" [--owner ID] [--due YYYY-MM-DD]",
        "done" => "done ACTION",
        _ => "undo",
    }
}

fn parse_tokens(tokens: &[Token], end_column: usize) -> Result<Command, LineError> {
    let first = &tokens[0];
    let word = first.text.to_lowercase();
    if !COMMAND_WORDS.contains(&word.as_str()) || first.quoted {
        let suggestion = COMMAND_WORDS
            .iter()
            .find(|w| w.starts_with(&word) || word.starts_with(*w))
            .map(|w| w.to_string())
            .unwrap_or_else(|| "none".to_string());
        return Err(LineError {
            column: first.column,
            msg: msg!(
                "cmd-unknown",
                word = first.text.clone(),
                suggestion = suggestion,
                commands = COMMAND_WORDS.join(", ")
            ),
        });
    }
    let mut a = Args {
        tokens,
        pos: 1,
        end_column,
        usage: usage(&word),
    };
    let command = match word.as_str() {
        "present" | "absent" => {
            let mut who = Vec::new();
            while a.peek().is_some() {
                who.push(Who::parse(&a.id("ID")?));
            }
            if who.is_empty() {
                return Err(a.err(end_column, msg!("cmd-missing-arg", arg = "ID")));
            }
            if word == "present" {
                Command::Present { who }
            } else {
                Command::Absent { who }
            }
        }
        "open" => Command::Open { item: a.item()? },
        "close" => Command::Close { item: a.item()? },
        "defer" => {
            let t = a.word("ITEM or DECISION")?;
            if let Some(item) = ItemNumber::parse(&t.text) {
                Command::DeferItem { item }
            } else if ids::is_decision_id(&t.text) && !t.quoted {
                Command::DeferDecision {
                    decision: t.text.clone(),
                }
            } else {
                return Err(a.err(t.column, msg!("cmd-expected-item-or-decision", found = t.text.clone())));
            }
        }
        "speaker" => {
            let t = a.word("add, next or remove")?;
            match t.text.to_lowercase().as_str() {
                "add" => Command::SpeakerAdd { id: a.id("ID")? },
                "next" => Command::SpeakerNext,
                "remove" => Command::SpeakerRemove { id: a.id("ID")? },
                _ => {
                    return Err(a.err(
                        t.column,
                        msg!(
                            "cmd-expected-choice",
                            found = t.text.clone(),
                            choices = "add, next, remove"
                        ),
                    ));
                }
            }
        }
        "draft" => Command::Draft {
            item: a.item()?,
            decision: a.decision()?,
            text: a.text("text")?,
        },
        "amend" => Command::Amend {
            target: a.decision()?,
            text: a.text("text")?,
        },
        "translate" => {
            let target = a.decision()?;
            let lang = a.lang()?;
            let draft = a.peek().is_some_and(|t| !t.quoted && t.text == "--draft");
            if draft {
                a.pos += 1;
            }
            Command::Translate {
                target,
                lang,
                draft,
                text: a.text("text")?,
            }
        }
        "adopt" => {
            let t = a.peek();
            if t.is_some_and(|t| !t.quoted && t.text.eq_ignore_ascii_case("communique")) {
                a.pos += 1;
                Command::AdoptCommunique
            } else {
                Command::Adopt {
                    decision: a.decision()?,
                }
            }
        }
        "object" => Command::Object {
            decision: a.decision()?,
            by: a.id("ID")?,
            reason: a.text("reason")?,
        },
        "reserve" => Command::Reserve {
            decision: a.decision()?,
            by: a.id("ID")?,
            statement: a.text("statement")?,
        },
        "note" => {
            let item = a.item()?;
            let lang = if a.tokens.len() - a.pos >= 2 {
                Some(a.lang()?)
            } else {
                None
            };
            Command::Note {
                item,
                lang,
                text: a.text("text")?,
            }
        }
        "admit" => Command::Admit { id: a.id("ID")? },
        "suspend" => Command::Suspend { id: a.id("ID")? },
        "reinstate" => Command::Reinstate { id: a.id("ID")? },
        "chair" => Command::Chair {
            id: a.id("ID")?,
            year: a.year()?,
        },
        "vice-chair" => Command::ViceChair {
            id: a.id("ID")?,
            year: a.year()?,
        },
        "statement" => Command::Statement {
            item: a.item()?,
            by: a.id("ID")?,
            text: a.text("text")?,
        },
        "wg" => Command::Wg {
            body: a.id("BODY")?,
            item: a.item()?,
            text: a.text("text")?,
        },
        "recommend" => Command::Recommend {
            body: a.id("BODY")?,
            item: a.item()?,
            decision: a.decision()?,
            text: a.text("text")?,
        },
        "action" => {
            let body = a.id("BODY")?;
            let text = a.text("text")?;
            let (mut owner, mut due) = (None, None);
            while let Some(t) = a.peek() {
                a.pos += 1;
                match t.text.as_str() {
                    "--owner" if owner.is_none() => owner = Some(a.id("ID")?),
                    "--due" if due.is_none() => {
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
            Command::Action { body, text, owner, due }
        }
        "done" => {
            let t = a.word("ACTION")?;
            if ids::numbered_id('A', &t.text).is_none() {
                return Err(a.err(t.column, msg!("cmd-expected-action", found = t.text.clone())));
            }
            Command::Done {
                action: t.text.to_uppercase(),
            }
        }
        _ => Command::Undo,
    };
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
            "undo",
        ] {
            let c = parse(line);
            assert_eq!(parse(&c.to_string()), c, "{line}");
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
        assert_eq!(e.msg.id, "cmd-expected-lang");
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
