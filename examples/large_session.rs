//! Writes the large generated session of the benchmarks (300 delegations,
//! 500 items, 2,000 decisions in five languages, 50,000 events) into a folder,
//! so that it can be opened, printed and measured as a whole process:
//!
//! ```sh
//! cargo run --release --features bench-data --example large_session -- /tmp/large [SEED]
//! ```

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        anyhow::bail!("usage: large_session FOLDER [SEED]");
    };
    let seed = match args.next() {
        Some(s) => s.parse()?,
        None => 2009,
    };
    std::fs::create_dir_all(&dir)?;
    let path = plenary::bench_data::write_large_session(std::path::Path::new(&dir), seed);
    println!("{}", path.display());
    Ok(())
}
