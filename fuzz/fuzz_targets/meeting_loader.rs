#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

/// One directory per fuzzing process, holding a valid body file; the meeting
/// file in it is rewritten on every run.
fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| plenary_fuzz::loader_dir(&std::env::temp_dir()).expect("fuzz directory"))
}

fuzz_target!(|data: &[u8]| {
    plenary_fuzz::check_meeting(dir(), data);
});
