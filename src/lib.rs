//! plenary: a terminal secretariat for the meetings of an intergovernmental body.

pub mod bench_data;
pub mod cli;
pub mod commands;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod publish;
pub mod render;
pub mod store;
pub mod tui;
