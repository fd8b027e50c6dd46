//! The command line (DESIGN §5).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "plenary",
    version,
    about = "A terminal secretariat for the meetings of an intergovernmental body",
    after_help = EXAMPLES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,

    /// The meeting file (its record is beside it) or a .plenary record.
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub session: Option<PathBuf>,

    /// Language of the program's own words: en, fr, pt, es or ru (default: from
    /// LC_ALL, LC_MESSAGES or LANG, else English). Before or after the subcommand.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,

    /// Who is at this terminal, for the record and for undo (default: PLENARY_USER, else the login name).
    #[arg(long = "as", value_name = "NAME")]
    pub author: Option<String>,

    /// Keep the record in PostgreSQL (postgres://…) instead of the .plenary file; also PLENARY_RECORD.
    #[arg(long, global = true, value_name = "URL")]
    pub record: Option<String>,
}

/// `plenary comunique x`: a mistyped subcommand is taken for the SESSION of
/// the live screen, so clap's own "did you mean" cannot see it. A first word
/// that names no file and is near a subcommand's name is reported as clap
/// reports a mistyped subcommand (same similarity, same exit status 2).
pub fn mistyped_subcommand(cmd: &clap::Command, args: &[std::ffi::OsString]) -> Option<clap::Error> {
    // Options of the top level that take a value in the next word.
    let valued: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_action().takes_values() && !a.is_positional())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect();
    let mut words = args.iter().skip(1);
    let word = loop {
        let w = words.next()?.to_str()?;
        if w == "--" {
            return None;
        }
        if valued.iter().any(|v| v == w) {
            words.next();
        } else if !w.starts_with('-') {
            break w;
        }
    };
    if cmd.find_subcommand(word).is_some() || std::path::Path::new(word).exists() {
        return None;
    }
    let (best, score) = cmd
        .get_subcommands()
        .map(|s| (s.get_name(), strsim::jaro(word, s.get_name())))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    (score > 0.7).then(|| {
        cmd.clone().error(
            clap::error::ErrorKind::InvalidSubcommand,
            format!("unrecognized subcommand '{word}'\n\n  tip: a similar subcommand exists: '{best}'"),
        )
    })
}

/// Shown after `plenary --help`.
const EXAMPLES: &str = "Examples:
  plenary agendas/windhoek-2009-intersessional.toml            the live screen
  plenary check agendas/windhoek-2009-intersessional.toml
  plenary do agendas/windhoek-2009-intersessional.toml present all ';' open 1
  plenary communique agendas/windhoek-2009-intersessional.toml --lang all --format pdf -o communique.pdf
  plenary decision agendas/windhoek-2009-intersessional.toml KP/2009/IS/3 --lang es --format docx -o decision.docx
  plenary xliff export agendas/windhoek-2009-intersessional.toml --lang ru -o ru.xlf
  plenary completions bash > ~/.local/share/bash-completion/completions/plenary";

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Check a meeting file and its body file; list every problem with its line and column.
    Check {
        /// The meeting file.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        meeting: PathBuf,
    },
    /// Run commands of the command language on a session, one transaction each.
    #[command(name = "do")]
    Do(DoArgs),
    /// Write the communique draft.
    #[command(after_help = "Examples:
  plenary communique agendas/windhoek-2009-intersessional.toml --lang fr --format html -o communique-fr.html
  plenary communique agendas/windhoek-2009-intersessional.toml --lang all --format pdf -o communique.pdf")]
    Communique {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// A language of the body, or all (default: the original language).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The document format; docx and pdf are binary and need -o on a terminal.
        #[arg(long, value_enum, default_value = "txt")]
        format: DocFormat,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write one decision, printable, with its fingerprint.
    #[command(after_help = "Examples:
  plenary decision agendas/windhoek-2009-intersessional.toml KP/2009/IS/3 --lang es --format html -o decision.html
  plenary decision agendas/windhoek-2009-intersessional.toml KP/2009/IS/3 --format pdf -o decision.pdf")]
    Decision {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// The decision id, such as KP/2009/IS/3.
        #[arg(add = crate::cli::complete::decision_ids())]
        id: String,
        /// A language of the body, or all (default: the original language).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The document format; docx and pdf are binary and need -o on a terminal.
        #[arg(long, value_enum, default_value = "txt")]
        format: DocFormat,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write the delegates' view: a static site of the meeting, its decisions and its communique in every language.
    Publish {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// The folder of the site (created if missing); the venue's web server serves it.
        #[arg(value_hint = clap::ValueHint::DirPath)]
        dir: PathBuf,
        /// Keep following the record: the site is up to date within a second of each command. Ctrl-C stops.
        #[arg(long)]
        watch: bool,
    },
    /// Write the whole record, for archives.
    Export {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// The archive format.
        #[arg(long, value_enum, default_value = "toml")]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check the record: it belongs to the meeting, the hash chain holds, no event is missing.
    Verify {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// Also check that the record still holds this head, printed on its documents: EVENTS:HEAD, such as 1234:3f2a8c1d9e0b7a65.
        // Read by `verify`, not by clap: a malformed head is told in the
        // interface language, with the form to give.
        #[arg(long, value_name = "EVENTS:HEAD")]
        head: Option<String>,
    },
    /// Make a new record from an export (JSON or TOML) of the same meeting.
    Import {
        /// The meeting file; its record is made beside it and must not hold events yet.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// The export to read (`plenary export`, TOML or JSON).
        #[arg(value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
    },
    /// Exchange texts with translators' CAT tools as XLIFF 1.2.
    #[command(subcommand)]
    Xliff(XliffCmd),
    /// Print the completion script for a shell.
    #[command(after_help = "Examples:
  plenary completions bash > ~/.local/share/bash-completion/completions/plenary
  plenary completions zsh > ~/.zfunc/_plenary
  plenary completions fish > ~/.config/fish/completions/plenary.fish
Ids of decisions and delegations complete from the SESSION on the line with:
  source <(COMPLETE=bash plenary)")]
    Completions {
        /// The shell: bash, elvish, fish, powershell or zsh.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output.
    #[command(after_help = "Example:\n  plenary man > ~/.local/share/man/man1/plenary.1")]
    Man,
    /// Work on a record as a whole.
    #[command(name = "record", subcommand)]
    RecordCmd(RecordCmd),
}

#[derive(Subcommand, Debug)]
pub enum XliffCmd {
    /// Write the texts waiting for a final translation into LANG (missing, draft, stale).
    #[command(
        after_help = "Example:\n  plenary xliff export agendas/windhoek-2009-intersessional.toml --lang ru -o ru.xlf"
    )]
    Export {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// The language to translate into: a language of the body other than the original.
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Record the translations of an XLIFF file: final when the unit is final or signed off, draft otherwise.
    #[command(
        after_help = "A unit whose original was amended since the export is refused and named; \
the others are recorded in one transaction. Importing the same file twice records nothing new.

Example:\n  plenary xliff import agendas/windhoek-2009-intersessional.toml ru.xlf"
    )]
    Import {
        /// The meeting file (its record is beside it) or a .plenary record.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        session: PathBuf,
        /// The XLIFF 1.2 file from the CAT tool.
        #[arg(value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
    },
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
    #[arg(value_hint = clap::ValueHint::FilePath)]
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
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, add = crate::cli::complete::command_words())]
    pub command: Vec<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocFormat {
    /// Markdown (CommonMark).
    Md,
    /// One self-contained HTML file with a print stylesheet.
    Html,
    /// Plain text, 72 columns.
    Txt,
    /// Word, A4, each run tagged with its language.
    Docx,
    /// PDF/A-2b, A4, fonts embedded, typeset without a browser.
    Pdf,
}

impl DocFormat {
    /// Bytes that a terminal cannot show.
    pub fn is_binary(self) -> bool {
        matches!(self, DocFormat::Docx | DocFormat::Pdf)
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// TOML.
    Toml,
    /// JSON.
    Json,
}
