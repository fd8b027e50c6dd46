//! Writes the large generated session of the benchmarks (300 delegations,
//! 500 items, 2,000 decisions in five languages, 50,000 events) into a folder,
//! so that it can be opened, printed and measured as a whole process:
//!
//! ```sh
//! cargo run --release --features bench-data --example large_session -- /tmp/large [SEED] [EVENTS]
//! ```
//!
//! With EVENTS above 50,000 the history goes on with roll-call corrections
//! (a delegation marked absent, then present again) up to that many events:
//! a longer meeting whose documents are the same size, to see whether
//! opening and printing stay flat as the history grows.

use plenary::commands::parse_line;
use plenary::store::Session;

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

/// Appends roll-call corrections until the record holds `events` events,
/// through the session as any writer stores commands (a thousand to a
/// transaction), so that its snapshots are taken as they would be.
fn lengthen(meeting_path: &std::path::Path, events: usize) -> anyhow::Result<()> {
    let mut session = Session::open(meeting_path).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let mut count = usize::try_from(session.record().head().0)?;
    let mut at = session
        .state
        .log
        .last()
        .map(|e| e.group.at)
        .expect("the large session has events");
    let ids: Vec<String> = session
        .state
        .meeting
        .delegations
        .iter()
        .take(50)
        .map(|d| d.id.clone())
        .collect();
    while count < events {
        let mut batch = Vec::new();
        for _ in 0..1000.min(events - count) {
            at += chrono::Duration::seconds(1);
            let id = &ids[count % ids.len()];
            let word = if (count / ids.len()) % 2 == 1 {
                "present"
            } else {
                "absent"
            };
            let command = parse_line(&format!("{word} {id}"))
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
                .expect("a command");
            batch.push((command, "secretariat".to_string(), at));
            count += 1;
        }
        session
            .execute_all(&batch)
            .map_err(|(i, e)| anyhow::anyhow!("command {i}: {e:?}"))?;
    }
    Ok(())
}
