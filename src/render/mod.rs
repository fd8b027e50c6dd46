//! Documents built from the state: the communique, the printable decision,
//! the export; written as Markdown, HTML, plain text, DOCX or PDF. Same state in, same
//! bytes out.

pub mod amendments;
pub mod brackets;
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
pub mod pdf_fonts;
pub mod record_head;
pub mod text;
pub mod visible;

pub use visible::{visible, visible_line};

/// `f` of each item, in order, on as many threads as the machine has cores
/// (this one among them), each taking the next item left; a panic on one is
/// a panic here. Documents in several languages share nothing. Not a
/// thread per item: each thread's allocator takes fresh memory of its own,
/// and on two cores five threads cost more in zeroed pages than they gain.
pub(crate) fn on_threads<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    on_at_most(cores, items, f)
}

/// `f` of each item, in order, each on a thread of its own: for work that
/// waits on the disk more than on the processor.
pub(crate) fn each_on_a_thread<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    on_at_most(items.len(), items, f)
}

/// `f` of each item, in order, on at most `threads` threads (this one
/// among them), each taking the next item left.
fn on_at_most<T: Sync, R: Send>(threads: usize, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
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
        let helpers: Vec<_> = (1..threads.min(items.len())).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for helper in helpers {
            all.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        all
    });
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_items_come_back_in_order_on_any_number_of_threads() {
        let items: Vec<usize> = (0..23).collect();
        for threads in [1, 2, 3, 8, 40] {
            // Uneven work, so that the threads finish out of order.
            let done = super::on_at_most(threads, &items, |&i| {
                std::thread::sleep(std::time::Duration::from_micros(((i * 7) % 5) as u64 * 200));
                i * 2
            });
            assert_eq!(
                done,
                items.iter().map(|i| i * 2).collect::<Vec<_>>(),
                "{threads} threads"
            );
        }
        assert!(super::on_threads(&[] as &[usize], |&i| i).is_empty());
        assert_eq!(super::each_on_a_thread(&[3, 1, 2], |&i| i + 1), vec![4, 2, 3]);
    }

    #[test]
    #[should_panic(expected = "item 3")]
    fn a_panic_on_a_thread_is_a_panic_here() {
        super::on_threads(&[1, 2, 3, 4], |&i| if i == 3 { panic!("item 3") } else { i });
    }
}
