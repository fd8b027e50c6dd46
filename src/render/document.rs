//! A document as blocks, independent of its format: the communique and the
//! printable decision are built as this, then written as Markdown, HTML or text.

pub use crate::domain::changes::Change;

/// One block of a document. Texts are Markdown inline source: a rapporteur
/// may write *emphasis*; raw HTML never passes (see `html`).
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The document's title lines.
    Title(Vec<String>),
    /// A line that says what state the document is in (draft, final, adopted …).
    Status(String),
    /// A paragraph, numbered or not.
    Para { number: Option<usize>, text: String },
    /// A paragraph without its final translation: the marker, then the
    /// sentence in the document's language (`before` and `after`, the frame
    /// a generated sentence puts around the text) with the original text
    /// alone in the original language.
    Pending {
        number: Option<usize>,
        marker: String,
        before: String,
        original: String,
        after: String,
        original_lang: String,
    },
    /// Small print at the end (fingerprint, reservations heading …).
    Note(String),
    /// A proposal as tracked changes against the version it was made on:
    /// plain words (not Markdown: a change can fall inside emphasis), each
    /// run unchanged, deleted or inserted.
    Changes {
        changes: Vec<Change>,
        /// The proposer's name: the author of each revision in Word.
        author: String,
        /// When it was proposed, as `xsd:dateTime` in UTC (Word's `w:date`).
        date: String,
        /// The bare language code of the text.
        lang: String,
    },
    /// The words repeated at the head of every printed page while the
    /// document is a draft (a communique not adopted, a decision not
    /// formally adopted): from page 2 on, nothing else says so. Printed by
    /// the paged formats (PDF, DOCX, HTML print); the others say it once,
    /// in their status line.
    Running(String),
}

impl Block {
    /// The length of its texts, in bytes.
    pub fn text_len(&self) -> usize {
        match self {
            Block::Title(lines) => lines.iter().map(String::len).sum(),
            Block::Status(s) | Block::Note(s) | Block::Running(s) | Block::Para { text: s, .. } => s.len(),
            Block::Pending {
                marker,
                before,
                original,
                after,
                ..
            } => marker.len() + before.len() + original.len() + after.len(),
            Block::Changes { changes, .. } => changes
                .iter()
                .map(|c| match c {
                    Change::Same(s) | Change::Deleted(s) | Change::Inserted(s) => s.len(),
                })
                .sum(),
        }
    }
}

/// Tracked changes as marked text, for the writers without revisions of
/// their own (plain text, Markdown, the screen): CriticMarkup's
/// `{--deleted--}` and `{++inserted++}`, which read as what they are
/// without a viewer and which Markdown tools that know CriticMarkup show
/// as changes.
pub fn marked(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        match c {
            Change::Same(s) => out.push_str(s),
            Change::Deleted(s) => {
                out.push_str("{--");
                out.push_str(s);
                out.push_str("--}");
            }
            Change::Inserted(s) => {
                out.push_str("{++");
                out.push_str(s);
                out.push_str("++}");
            }
        }
    }
    out
}

/// The frame before a pending original, split where the original's language
/// tag goes: before an opening quotation mark that ends the frame (with the
/// space French sets inside « »), so that the tag is not read as quoted.
/// `(head, quote)`; `quote` is empty when the frame opens no quotation.
pub fn tag_place(before: &str) -> (&str, &str) {
    let trimmed = before.trim_end();
    match trimmed.char_indices().next_back() {
        Some((i, '«' | '“' | '‘' | '„' | '"')) => before.split_at(i),
        _ => (before, ""),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// BCP 47 tag of the document's language.
    pub lang: String,
    /// The title for the HTML `<title>`.
    pub title: String,
    pub blocks: Vec<Block>,
    /// How many paragraphs still wait for their final translation.
    pub pending: usize,
    /// The id of each paragraph the plenary takes one by one (`P3`,
    /// `G-totals`, a decision's), with the position of its block.
    pub ids: Vec<(usize, String)>,
}

impl Document {
    /// The id of the paragraph at this block, if it has one.
    pub fn id_of(&self, block: usize) -> Option<&str> {
        self.ids
            .binary_search_by_key(&block, |(b, _)| *b)
            .ok()
            .map(|i| self.ids[i].1.as_str())
    }

    /// The text of the paragraph with this id, if the document prints it in full.
    pub fn paragraph_text(&self, id: &str) -> Option<&str> {
        let key = crate::domain::ids::key(id);
        let (block, _) = self.ids.iter().find(|(_, i)| crate::domain::ids::key(i) == key)?;
        match self.blocks.get(*block)? {
            Block::Para { text, .. } => Some(text),
            _ => None,
        }
    }
}

impl Document {
    /// What every printed page of it says while it is a draft, if it is one.
    pub fn running(&self) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Running(s) => Some(s.as_str()),
            _ => None,
        })
    }
}
