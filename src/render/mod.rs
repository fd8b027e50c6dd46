//! Documents built from the state: the communique, the printable decision,
//! the export; written as Markdown, HTML, plain text, DOCX or PDF. Same state in, same
//! bytes out.

pub mod communique;
pub mod decision;
pub mod document;
pub mod docx;
pub mod export;
pub mod html;
pub mod inline;
pub mod lang;
pub mod markdown;
pub mod pdf;
pub mod text;
pub mod visible;

pub use visible::{visible, visible_line};

/// `f` of each item, each on a thread of its own, in order; a panic on one
/// is a panic here. Documents in several languages share nothing.
pub(crate) fn on_threads<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items.iter().map(|item| scope.spawn(move || f(item))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}
