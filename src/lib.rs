//! plenary: a terminal secretariat for the meetings of an intergovernmental body.

/// The large generated session of the benchmarks (test data, not API).
#[cfg(feature = "bench-data")]
pub mod bench_data;
pub mod cli;
pub mod commands;
pub mod domain;
pub mod exchange;
pub mod files;
pub mod i18n;
pub mod output;
pub mod publish;
pub mod render;
pub mod store;
pub mod tui;
