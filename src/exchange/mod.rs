//! Files exchanged with other tools: XLIFF 1.2 for translators' CAT tools.

pub mod texts;
pub mod xliff;
