//! Which meeting a record belongs to: the body, the kind of meeting, its
//! host and its opening date. These are facts of the meeting that do not
//! change when its file is corrected (a title, a translation, a delegation
//! added), and that differ between two meetings of one body.

use crate::domain::meeting::Meeting;

/// The identity as one line of text, stored in the record and hashed at the
/// start of its chain: `kimberley-process intersessional NA 2009-06-23`.
pub fn of(meeting: &Meeting) -> String {
    format!(
        "{} {} {} {}",
        meeting.body.id,
        meeting.kind.as_str(),
        meeting.host,
        meeting.opens.format("%Y-%m-%d")
    )
}
