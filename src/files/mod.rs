//! Reading and checking the body and meeting files (DESIGN §2).

pub mod body;
pub mod meeting;
pub mod reader;
pub mod source;

pub use meeting::load;
pub use source::Problem;
