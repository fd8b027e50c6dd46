//! The hash chain over the record's events, independent of the engine that
//! stores them: any engine hands plain rows to a [`Checker`] in sequence
//! order and stores [`link`] of each new row.
//!
//! Each event's hash is SHA-256 of its predecessor's hash followed by its
//! own canonical content; the first event's predecessor is the hash of the
//! meeting's identity, so a record cannot be passed off as another
//! meeting's, nor any event changed, dropped, inserted or reordered, without
//! the chain breaking at that event.

use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// One stored event as the engine keeps it: the text exactly as stored.
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    pub seq: i64,
    /// The sequence number of the first event of its command.
    pub grp: i64,
    pub at: &'a str,
    pub author: &'a str,
    pub command: &'a str,
    pub event: &'a str,
}

/// The hash before the first event: the meeting's identity.
pub fn genesis(identity: &str) -> Hash {
    let mut h = Sha256::new();
    h.update(b"plenary record\n");
    h.update(identity.as_bytes());
    h.finalize().into()
}

/// The hash of `row` after `prev`. Every field is length-prefixed, so that
/// no two different rows have the same content.
pub fn link(prev: &Hash, row: &Row<'_>) -> Hash {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(row.seq.to_be_bytes());
    h.update(row.grp.to_be_bytes());
    for text in [row.at, row.author, row.command, row.event] {
        h.update((text.len() as u64).to_be_bytes());
        h.update(text.as_bytes());
    }
    h.finalize().into()
}

/// Where and how the chain breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Break {
    /// An event is missing or out of place: `expected` was due.
    Sequence { seq: i64, expected: i64 },
    /// The event does not belong to the command it names.
    Group { seq: i64, grp: i64 },
    /// The event's content or its predecessor is not what was stored.
    Hash { seq: i64 },
    /// The record ends at event `last`, but it had reached `head`: events
    /// at the end are missing.
    Missing { last: i64, head: i64 },
}

impl Break {
    /// The first event found bad.
    pub fn seq(&self) -> i64 {
        match self {
            Break::Sequence { seq, .. } | Break::Group { seq, .. } | Break::Hash { seq } => *seq,
            Break::Missing { last, .. } => last + 1,
        }
    }
}

/// Checks rows one after another, from the first or from a known position.
#[derive(Clone, Debug)]
pub struct Checker {
    prev: Hash,
    last_seq: i64,
    last_grp: i64,
}

impl Checker {
    /// Before the first event of the meeting with this identity.
    pub fn new(identity: &str) -> Checker {
        Checker::at(genesis(identity), 0, 0)
    }

    /// After the event `seq` of group `grp`, whose hash is `prev`.
    pub fn at(prev: Hash, seq: i64, grp: i64) -> Checker {
        Checker {
            prev,
            last_seq: seq,
            last_grp: grp,
        }
    }

    /// The hash of the last event checked (the head of the chain).
    pub fn head(&self) -> Hash {
        self.prev
    }

    pub fn last_seq(&self) -> i64 {
        self.last_seq
    }

    /// The hash `row` must have to follow what was checked.
    pub fn expected(&self, row: &Row<'_>) -> Hash {
        link(&self.prev, row)
    }

    /// Checks the next row and its stored hash, and moves past it.
    pub fn check(&mut self, row: &Row<'_>, stored: &[u8]) -> Result<(), Break> {
        let expected = self.last_seq + 1;
        if row.seq != expected {
            return Err(Break::Sequence { seq: row.seq, expected });
        }
        // A group starts at its own first event, or continues the one before.
        let group_ok = row.grp == row.seq || (row.grp == self.last_grp && self.last_seq > 0);
        if !group_ok {
            return Err(Break::Group {
                seq: row.seq,
                grp: row.grp,
            });
        }
        let hash = link(&self.prev, row);
        if stored != hash {
            return Err(Break::Hash { seq: row.seq });
        }
        self.advance(row, hash);
        Ok(())
    }

    /// Moves past a row written now, returning the hash to store with it.
    pub fn append(&mut self, row: &Row<'_>) -> Hash {
        let hash = link(&self.prev, row);
        self.advance(row, hash);
        hash
    }

    /// Moves past the events of one command written now, numbered from
    /// `first` (the command's group): each as the text to store and its
    /// hash, in order. Every engine stores a command through this.
    pub fn append_command(
        &mut self,
        first: i64,
        at: &str,
        author: &str,
        command: &str,
        events: &[crate::domain::Event],
    ) -> Vec<Linked> {
        events
            .iter()
            .enumerate()
            .map(|(i, event)| {
                let event = serde_json::to_string(event).expect("events serialise");
                let seq = first + i as i64;
                let hash = self.append(&Row {
                    seq,
                    grp: first,
                    at,
                    author,
                    command,
                    event: &event,
                });
                Linked { seq, event, hash }
            })
            .collect()
    }

    fn advance(&mut self, row: &Row<'_>, hash: Hash) {
        self.prev = hash;
        self.last_seq = row.seq;
        self.last_grp = row.grp;
    }
}

/// An event of a command written now, as [`Checker::append_command`] links it.
pub struct Linked {
    pub seq: i64,
    /// The event's text as stored.
    pub event: String,
    pub hash: Hash,
}

/// What a check of the whole record finds first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A version-1 record: no chain to check until it is upgraded.
    Unchained,
    Break(Break),
    Unreadable {
        seq: i64,
        detail: String,
    },
}

/// A check of a whole record over its plain rows, from the first event, as
/// `verify` makes it in any engine: the chain and the sequence, that each
/// event and its time can be read, and that the record reaches the head it
/// says it reached (`meta` head), with the same hash there.
pub struct Walk {
    checker: Checker,
    head: Option<(i64, Hash)>,
    first: Option<Problem>,
}

impl Walk {
    pub fn new(identity: &str, head: Option<(i64, Hash)>) -> Walk {
        Walk {
            checker: Checker::new(identity),
            head,
            first: None,
        }
    }

    /// The next row and its stored hash; after the first problem, nothing more is checked.
    pub fn row(&mut self, row: &Row<'_>, stored: &[u8]) {
        if self.first.is_some() {
            return;
        }
        let unreadable = |detail: String| Problem::Unreadable { seq: row.seq, detail };
        self.first = if let Err(b) = self.checker.check(row, stored) {
            Some(Problem::Break(b))
        } else if self
            .head
            .is_some_and(|(seq, hash)| seq == row.seq && hash != self.checker.head())
        {
            Some(Problem::Break(Break::Hash { seq: row.seq }))
        } else if let Err(e) = serde_json::from_str::<crate::domain::Event>(row.event) {
            Some(unreadable(e.to_string()))
        } else if let Err(e) = chrono::DateTime::parse_from_rfc3339(row.at) {
            Some(unreadable(e.to_string()))
        } else {
            None
        };
    }

    /// The first problem found, or events missing at the end.
    pub fn finish(self) -> Option<Problem> {
        match (self.first, self.head) {
            (Some(p), _) => Some(p),
            (None, Some((seq, _))) if seq > self.checker.last_seq() => Some(Problem::Break(Break::Missing {
                last: self.checker.last_seq(),
                head: seq,
            })),
            (None, _) => None,
        }
    }
}

pub fn to_hex(hash: &[u8]) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Hash> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(seq: i64, grp: i64, event: &str) -> Row<'_> {
        Row {
            seq,
            grp,
            at: "2009-06-23T09:00:00+02:00",
            author: "secretariat",
            command: "present NA",
            event,
        }
    }

    #[test]
    fn a_chain_checks_and_each_change_breaks_it_there() {
        let mut writer = Checker::new("kp/intersessional/NA/2009-06-23");
        let rows = [row(1, 1, "a"), row(2, 1, "b"), row(3, 3, "c")];
        let hashes: Vec<Hash> = rows.iter().map(|r| writer.append(r)).collect();
        let mut reader = Checker::new("kp/intersessional/NA/2009-06-23");
        for (r, h) in rows.iter().zip(&hashes) {
            reader.check(r, h).unwrap();
        }
        assert_eq!(reader.head(), writer.head());

        // Another meeting: the first event already fails.
        let mut other = Checker::new("kp/plenary/ZA/2009-11-02");
        assert_eq!(other.check(&rows[0], &hashes[0]), Err(Break::Hash { seq: 1 }));
        // A changed text.
        let mut reader = Checker::new("kp/intersessional/NA/2009-06-23");
        reader.check(&rows[0], &hashes[0]).unwrap();
        assert_eq!(reader.check(&row(2, 1, "B"), &hashes[1]), Err(Break::Hash { seq: 2 }));
        // A missing event.
        let mut reader = Checker::new("kp/intersessional/NA/2009-06-23");
        reader.check(&rows[0], &hashes[0]).unwrap();
        assert_eq!(
            reader.check(&rows[2], &hashes[2]),
            Err(Break::Sequence { seq: 3, expected: 2 })
        );
        // An event moved to another command.
        let mut reader = Checker::new("kp/intersessional/NA/2009-06-23");
        assert_eq!(
            reader.check(&row(1, 0, "a"), &hashes[0]),
            Err(Break::Group { seq: 1, grp: 0 })
        );
    }

    #[test]
    fn hex_round_trips() {
        let h = genesis("x");
        assert_eq!(from_hex(&to_hex(&h)), Some(h));
        assert_eq!(from_hex("zz"), None);
        assert_eq!(from_hex(&"é".repeat(32)), None);
    }
}
