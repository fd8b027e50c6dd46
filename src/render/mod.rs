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

/// `f` of each item, in order, on as many threads as the machine has cores
/// (this one among them), each taking the next item left; a panic on one is
/// a panic here. Documents in several languages share nothing. Not a
/// thread per item: each thread's allocator takes fresh memory of its own,
/// and on two cores five threads cost more in zeroed pages than they gain.
pub(crate) fn on_threads<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut all = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..cores.min(items.len())).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for helper in helpers {
            all.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        all
    });
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}
