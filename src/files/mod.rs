//! Reading and checking the body and meeting files (DESIGN §2).

pub mod body;
pub mod forms;
pub mod meeting;
pub mod reader;
pub mod source;

pub use meeting::{load, load_with_notes, problem_count};
pub use source::Problem;
