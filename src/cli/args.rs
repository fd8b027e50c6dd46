//! The command line (DESIGN §5).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "plenary",
    version,
    about = "A terminal secretariat for the meetings of an intergovernmental body",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,

    /// The meeting file (its record is beside it) or a .plenary record.
    pub session: Option<PathBuf>,

    /// Language of the program's own words: en, fr, pt, es or ru (default: from LANG, else English).
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,

    /// Keep the record in PostgreSQL (postgres://…) instead of the .plenary file; also PLENARY_RECORD.
    #[arg(long, global = true, value_name = "URL")]
    pub record: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Check a meeting file and its body file; list every problem with its line and column.
    Check {
        /// The meeting file.
        meeting: PathBuf,
    },
    /// Run commands of the command language on a session, one transaction each.
    #[command(name = "do")]
    Do(DoArgs),
    /// Write the communique draft.
    Communique {
        session: PathBuf,
        /// A language of the body, or all.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        #[arg(long, value_enum, default_value = "txt")]
        format: DocFormat,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write one decision, printable.
    Decision {
        session: PathBuf,
        /// The decision id, such as KP/2009/IS/3.
        id: String,
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        #[arg(long, value_enum, default_value = "txt")]
        format: DocFormat,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write the whole record, for archives.
    Export {
        session: PathBuf,
        #[arg(long, value_enum, default_value = "toml")]
        format: ExportFormat,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check the record: it belongs to the meeting, the hash chain holds, no event is missing.
    Verify { session: PathBuf },
    /// Make a new record from an export (JSON or TOML) of the same meeting.
    Import { session: PathBuf, file: PathBuf },
    /// Work on a record as a whole.
    #[command(name = "record", subcommand)]
    RecordCmd(RecordCmd),
}

#[derive(Subcommand, Debug)]
pub enum RecordCmd {
    /// Copy a meeting's record between a .plenary file and PostgreSQL, in either direction, checking its chain.
    Copy {
        /// A meeting file, a .plenary file or a postgres:// URL.
        from: String,
        /// A meeting file, a .plenary file or a postgres:// URL that holds no events yet.
        to: String,
    },
}

#[derive(Args, Debug)]
pub struct DoArgs {
    /// The meeting file or the .plenary record.
    pub session: PathBuf,
    /// Read commands from this file, one a line.
    #[arg(long, value_name = "FILE", conflicts_with = "command")]
    pub file: Option<PathBuf>,
    /// Who is recording (default: PLENARY_USER, else USER). Undo reverses your own last command.
    #[arg(long = "as", value_name = "NAME")]
    pub author: Option<String>,
    /// The time to record, RFC 3339 such as 2009-06-23T11:42:00+02:00 (default: PLENARY_NOW, else now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// One command, as words (quote text for the shell); a lone ; separates commands.
    /// Without a command or --file, commands are read from standard input.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocFormat {
    Md,
    Html,
    Txt,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Toml,
    Json,
}
