//! Writes the large generated session of the benchmarks (300 delegations,
//! 500 items, 2,000 decisions in five languages, 50,000 events) into a folder,
//! so that it can be opened, printed and measured as a whole process:
//!
//! ```sh
//! cargo run --release --example large_session -- /tmp/large [SEED] [EVENTS]
//! ```
//!
//! With EVENTS above 50,000 the history goes on with roll-call corrections
//! (a delegation marked absent, then present again) up to that many events:
//! a longer meeting whose documents are the same size, to see whether
//! opening and printing stay flat as the history grows.

use plenary::domain::Event;
use plenary::store::{Record, identity};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        anyhow::bail!("usage: large_session FOLDER [SEED] [EVENTS]");
    };
    let seed = match args.next() {
        Some(s) => s.parse()?,
        None => 2009,
    };
    let events: usize = match args.next() {
        Some(s) => s.parse()?,
        None => plenary::bench_data::EVENTS,
    };
    std::fs::create_dir_all(&dir)?;
    let path = plenary::bench_data::write_large_session(std::path::Path::new(&dir), seed);
    if events > plenary::bench_data::EVENTS {
        lengthen(&path, events)?;
    }
    println!("{}", path.display());
    Ok(())
}

/// Appends roll-call corrections until the record holds `events` events.
fn lengthen(meeting_path: &std::path::Path, events: usize) -> anyhow::Result<()> {
    let meeting = plenary::files::load(meeting_path).map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let record_path = meeting_path.with_extension("plenary");
    let mut record = Record::open(&record_path, &identity::of(&meeting)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let stored = record.read_new().map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut count: usize = stored.iter().map(|g| g.events.len()).sum();
    let mut at = stored.last().map(|g| g.at).expect("the large session has events");
    let ids: Vec<String> = meeting.delegations.iter().take(50).map(|d| d.id.clone()).collect();
    while count < events {
        let mut writing = record.begin().map_err(|e| anyhow::anyhow!("{e}"))?;
        for _ in 0..1000.min(events - count) {
            at += chrono::Duration::seconds(1);
            let id = &ids[count % ids.len()];
            let present = (count / ids.len()) % 2 == 1;
            let word = if present { "present" } else { "absent" };
            writing
                .append(
                    at,
                    "secretariat",
                    &format!("{word} {id}"),
                    vec![Event::Attendance {
                        ids: vec![id.clone()],
                        present,
                    }],
                )
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            count += 1;
        }
        writing.commit().map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    Ok(())
}
