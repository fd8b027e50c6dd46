//! The command language (DESIGN §4) as a type. A key in the TUI, a line at
//! the `:` prompt and a line of a `plenary do` script all become a `Command`.

use super::tokens::quote;
use crate::domain::ids::{ItemNumber, as_word};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Who a roll-call command names: a delegation, or a whole category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    Id(String),
    Participants,
    Observers,
    Applicants,
    All,
}

impl Who {
    pub fn parse(word: &str) -> Who {
        match word.to_lowercase().as_str() {
            "participants" => Who::Participants,
            "observers" => Who::Observers,
            "applicants" => Who::Applicants,
            "all" => Who::All,
            _ => Who::Id(word.to_string()),
        }
    }
}

impl fmt::Display for Who {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Who::Id(id) => f.write_str(id),
            Who::Participants => f.write_str("participants"),
            Who::Observers => f.write_str("observers"),
            Who::Applicants => f.write_str("applicants"),
            Who::All => f.write_str("all"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "kebab-case")]
pub enum Command {
    Present {
        who: Vec<Who>,
    },
    Absent {
        who: Vec<Who>,
    },
    Open {
        item: ItemNumber,
    },
    Close {
        item: ItemNumber,
    },
    DeferItem {
        item: ItemNumber,
    },
    SpeakerAdd {
        id: String,
    },
    SpeakerNext,
    SpeakerRemove {
        id: String,
    },
    Draft {
        item: ItemNumber,
        decision: String,
        text: String,
    },
    Amend {
        target: String,
        text: String,
    },
    Translate {
        target: String,
        lang: String,
        draft: bool,
        text: String,
    },
    Adopt {
        decision: String,
    },
    Object {
        decision: String,
        by: String,
        reason: String,
    },
    Reserve {
        decision: String,
        by: String,
        statement: String,
    },
    DeferDecision {
        decision: String,
    },
    Withdraw {
        decision: String,
        by: String,
    },
    Note {
        item: ItemNumber,
        lang: Option<String>,
        text: String,
    },
    Admit {
        id: String,
    },
    Suspend {
        id: String,
    },
    Reinstate {
        id: String,
    },
    Chair {
        id: String,
        year: i32,
    },
    ViceChair {
        id: String,
        year: i32,
    },
    Statement {
        item: ItemNumber,
        by: String,
        text: String,
    },
    Wg {
        body: String,
        item: ItemNumber,
        text: String,
    },
    Recommend {
        body: String,
        item: ItemNumber,
        decision: String,
        text: String,
    },
    Action {
        body: String,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    Done {
        action: String,
    },
    AdoptCommunique,
    ReopenCommunique,
    /// An adopted decision is open again: the adoption stays in its history.
    Reopen {
        decision: String,
    },
    /// One paragraph of the communique adopted, as it stands or (`text`)
    /// as orally amended.
    AdoptParagraph {
        paragraph: String,
        text: Option<String>,
    },
    /// One paragraph of the communique held for consultations.
    Hold {
        paragraph: String,
    },
    /// An adopted paragraph open again.
    ReopenParagraph {
        paragraph: String,
    },
    /// An amendment by a delegation to a recorded text.
    Propose {
        target: String,
        by: String,
        text: String,
    },
    Support {
        amendment: String,
        ids: Vec<String>,
    },
    /// Applied as proposed, or (`text`) as orally amended.
    Accept {
        amendment: String,
        text: Option<String>,
    },
    Reject {
        amendment: String,
    },
    WithdrawAmendment {
        amendment: String,
    },
    Undo,
    /// A corrigendum of a sealed text in one language.
    Correct {
        target: String,
        lang: String,
        text: String,
        reason: String,
    },
    /// Words of a text not agreed, attributed to a delegation.
    Bracket {
        target: String,
        words: String,
        by: Option<String>,
    },
    Agree {
        bracket: String,
    },
    Drop {
        bracket: String,
    },
}

fn list(who: &[Who]) -> String {
    who.iter().map(Who::to_string).collect::<Vec<_>>().join(" ")
}

/// The canonical line: parsing it gives the same command back.
impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Command::*;
        // Decision ids with spaces are quoted, so that the line reads back.
        let w = |id: &String| as_word(id).into_owned();
        match self {
            Present { who } => write!(f, "present {}", list(who)),
            Absent { who } => write!(f, "absent {}", list(who)),
            Open { item } => write!(f, "open {item}"),
            Close { item } => write!(f, "close {item}"),
            DeferItem { item } => write!(f, "defer {item}"),
            SpeakerAdd { id } => write!(f, "speaker add {id}"),
            SpeakerNext => write!(f, "speaker next"),
            SpeakerRemove { id } => write!(f, "speaker remove {id}"),
            Draft { item, decision, text } => write!(f, "draft {item} {} {}", w(decision), quote(text)),
            Amend { target, text } => write!(f, "amend {} {}", w(target), quote(text)),
            Translate {
                target,
                lang,
                draft,
                text,
            } => {
                write!(
                    f,
                    "translate {} {lang} {}{}",
                    w(target),
                    if *draft { "--draft " } else { "" },
                    quote(text)
                )
            }
            Adopt { decision } => write!(f, "adopt {}", w(decision)),
            Object { decision, by, reason } => write!(f, "object {} {by} {}", w(decision), quote(reason)),
            Withdraw { decision, by } => write!(f, "withdraw {} {by}", w(decision)),
            Reserve {
                decision,
                by,
                statement,
            } => write!(f, "reserve {} {by} {}", w(decision), quote(statement)),
            DeferDecision { decision } => write!(f, "defer {}", w(decision)),
            Note { item, lang: None, text } => write!(f, "note {item} {}", quote(text)),
            Note {
                item,
                lang: Some(lang),
                text,
            } => write!(f, "note {item} {lang} {}", quote(text)),
            Admit { id } => write!(f, "admit {id}"),
            Suspend { id } => write!(f, "suspend {id}"),
            Reinstate { id } => write!(f, "reinstate {id}"),
            Chair { id, year } => write!(f, "chair {id} {year}"),
            ViceChair { id, year } => write!(f, "vice-chair {id} {year}"),
            Statement { item, by, text } => write!(f, "statement {item} {by} {}", quote(text)),
            Wg { body, item, text } => write!(f, "wg {body} {item} {}", quote(text)),
            Recommend {
                body,
                item,
                decision,
                text,
            } => write!(f, "recommend {body} {item} {} {}", w(decision), quote(text)),
            Action { body, text, owner, due } => {
                write!(f, "action {body} {}", quote(text))?;
                if let Some(o) = owner {
                    write!(f, " --owner {o}")?;
                }
                if let Some(d) = due {
                    write!(f, " --due {d}")?;
                }
                Ok(())
            }
            Done { action } => write!(f, "done {action}"),
            AdoptCommunique => write!(f, "adopt communique"),
            ReopenCommunique => write!(f, "reopen communique"),
            Reopen { decision } => write!(f, "reopen {}", w(decision)),
            AdoptParagraph { paragraph, text: None } => write!(f, "adopt {paragraph}"),
            AdoptParagraph {
                paragraph,
                text: Some(text),
            } => write!(f, "adopt {paragraph} {}", quote(text)),
            Hold { paragraph } => write!(f, "hold {paragraph}"),
            ReopenParagraph { paragraph } => write!(f, "reopen {paragraph}"),
            Propose { target, by, text } => write!(f, "propose {} {by} {}", w(target), quote(text)),
            Support { amendment, ids } => write!(f, "support {amendment} {}", ids.join(" ")),
            Accept { amendment, text: None } => write!(f, "accept {amendment}"),
            Accept {
                amendment,
                text: Some(text),
            } => write!(f, "accept {amendment} {}", quote(text)),
            Reject { amendment } => write!(f, "reject {amendment}"),
            WithdrawAmendment { amendment } => write!(f, "withdraw {amendment}"),
            Undo => write!(f, "undo"),
            Correct {
                target,
                lang,
                text,
                reason,
            } => write!(f, "correct {} {lang} {} {}", w(target), quote(text), quote(reason)),
            Bracket { target, words, by } => {
                write!(f, "bracket {} {}", w(target), quote(words))?;
                match by {
                    Some(by) => write!(f, " --by {by}"),
                    None => Ok(()),
                }
            }
            Agree { bracket } => write!(f, "agree {bracket}"),
            Drop { bracket } => write!(f, "drop {bracket}"),
        }
    }
}
