//! The session record in PostgreSQL, for several machines on one meeting:
//! the same rows and chain as the SQLite record, one database (or schema)
//! per meeting. Writers of a meeting take a transaction-level advisory lock,
//! so sequence numbers and the chain stay gap-free whatever the number of
//! machines; a commit notifies the meeting's channel, so the others read it
//! at once instead of polling. A trigger keeps the events append-only in
//! the database itself.
//!
//! A cut connection is reported as "unreachable" (nothing was saved) and
//! the next operation reconnects, waiting longer after each failure.

use super::chain::{self, Break, Checker, Hash, Row, Walk};
use super::engine::{At, Engine, Listener, Writer};
use super::pgpass;
use super::record::{Problem, SCHEMA_VERSION, StoreError};
use super::snapshot::{self, Stored};
use crate::domain::{Event, Group};
use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, Config};
use postgres_native_tls::MakeTlsConnector;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

/// Whether `location` names a PostgreSQL record.
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// The columns of the record's tables and their types, as [`SCHEMA`] makes them.
const EXPECTED_COLUMNS: [(&str, &str, &str); 9] = [
    ("plenary_meta", "key", "text"),
    ("plenary_meta", "value", "text"),
    ("plenary_events", "seq", "bigint"),
    ("plenary_events", "grp", "bigint"),
    ("plenary_events", "at", "text"),
    ("plenary_events", "author", "text"),
    ("plenary_events", "command", "text"),
    ("plenary_events", "event", "text"),
    ("plenary_events", "hash", "bytea"),
];

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS plenary_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS plenary_events (
    seq BIGINT PRIMARY KEY,
    grp BIGINT NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    command TEXT NOT NULL,
    event TEXT NOT NULL,
    hash BYTEA NOT NULL
);
CREATE OR REPLACE FUNCTION plenary_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the record is append-only'; END $$;
CREATE OR REPLACE TRIGGER plenary_events_append_only BEFORE UPDATE OR DELETE ON plenary_events
    FOR EACH ROW EXECUTE FUNCTION plenary_append_only();
CREATE OR REPLACE TRIGGER plenary_events_no_truncate BEFORE TRUNCATE ON plenary_events
    FOR EACH STATEMENT EXECUTE FUNCTION plenary_append_only();
";

/// The advisory lock taken while the tables are made (any number of
/// processes may open a new record at once).
const CREATE_LOCK: i64 = 0x706c_6e79_0000_0001;

/// How long a connection attempt may take, unless the URL says.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest wait between reconnection attempts.
const MAX_PAUSE: Duration = Duration::from_secs(8);

/// The URL as messages may show it: without its password.
pub fn redact(url: &str) -> String {
    let mut out = url.to_string();
    if let Some(start) = out.find("://").map(|i| i + 3) {
        let end = out[start..].find(['/', '?']).map_or(out.len(), |i| start + i);
        if let Some(at) = out[start..end].rfind('@') {
            let userinfo = &out[start..start + at];
            if let Some(colon) = userinfo.find(':') {
                out.replace_range(start + colon..start + at, ":***");
            }
        }
    }
    // `password=` among the parameters.
    if let Some(q) = out.find('?') {
        let (head, query) = out.split_at(q + 1);
        let query: Vec<String> = query
            .split('&')
            .map(|kv| match kv.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => kv.to_string(),
            })
            .collect();
        out = format!("{head}{}", query.join("&"));
    }
    out
}

/// How much of the server's certificate is checked: libpq's `sslmode`
/// beyond what the `postgres` crate's own parser knows (it takes
/// `disable`, `prefer` and `require` only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verify {
    /// `disable`, `prefer`, `require`: the certificate is checked only when
    /// a root certificate is there, and the host name never, as libpq does.
    AsLibpqRequires,
    /// `verify-ca`: signed by the root certificate; any host name.
    Ca,
    /// `verify-full`: signed by the root certificate, for this host name.
    Full,
}

/// The URL with `sslmode=verify-ca` or `verify-full` (in the URL, else in
/// PGSSLMODE) put as `require` for the parser, and what to verify.
pub fn ssl_mode(url: &str, env: Option<&str>) -> (String, Verify) {
    let verify = |mode: &str| match mode.trim().to_ascii_lowercase().as_str() {
        "verify-full" => Some(Verify::Full),
        "verify-ca" => Some(Verify::Ca),
        _ => None,
    };
    // sslmode=… in a URL's query or in a key=value string.
    let found = url
        .split(['?', '&', ' '])
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("sslmode"))
        .map(|(_, v)| v.to_string());
    match found {
        Some(mode) => match verify(&mode) {
            Some(v) => (url.replacen(&format!("={mode}"), "=require", 1), v),
            None => (url.to_string(), Verify::AsLibpqRequires),
        },
        None => match env.and_then(verify) {
            Some(v) => {
                let sep = if !url.contains("://") {
                    " "
                } else if url.contains('?') {
                    "&"
                } else {
                    "?"
                };
                (format!("{url}{sep}sslmode=require"), v)
            }
            None => (url.to_string(), Verify::AsLibpqRequires),
        },
    }
}

/// What a connection needs: the parsed settings and what TLS verifies.
#[derive(Clone)]
pub struct Settings {
    config: Config,
    verify: Verify,
}

/// The connection settings: the URL, with the password from the
/// environment or the password file when the URL has none.
fn config(url: &str, shown: &Path) -> Result<Settings, StoreError> {
    let (url, verify) = ssl_mode(url, std::env::var("PGSSLMODE").ok().as_deref());
    let url = url.as_str();
    let mut config = Config::from_str(url).map_err(|e| StoreError::Postgres {
        path: shown.to_path_buf(),
        // The parser's words may quote the URL: show only what kind of problem.
        detail: e.to_string().replace(url, &shown.display().to_string()),
        unreachable: false,
    })?;
    if config.get_user().is_none()
        && let Some(user) = std::env::var("PGUSER").ok().or_else(|| std::env::var("USER").ok())
    {
        config.user(&user);
    }
    // What libpq takes from the environment when the URL leaves it out.
    if config.get_hosts().is_empty() {
        match std::env::var("PGHOST") {
            Ok(h) if h.starts_with('/') => config.host_path(h),
            Ok(h) if !h.is_empty() => config.host(&h),
            _ => config.host_path("/var/run/postgresql"),
        };
    }
    if config.get_ports().is_empty()
        && let Some(port) = std::env::var("PGPORT").ok().and_then(|p| p.parse().ok())
    {
        config.port(port);
    }
    if config.get_dbname().is_none()
        && let Ok(db) = std::env::var("PGDATABASE")
    {
        config.dbname(&db);
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    // A dead network shows within seconds, not after the kernel's hours.
    config.keepalives_idle(Duration::from_secs(10));
    if config.get_password().is_none() {
        let host = match config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            _ => "localhost".to_string(),
        };
        let user = config.get_user().unwrap_or_default().to_string();
        let dbname = config.get_dbname().unwrap_or(&user).to_string();
        let target = pgpass::Target {
            host: &host,
            port: config.get_ports().first().copied().unwrap_or(5432),
            dbname: &dbname,
            user: &user,
        };
        if let Some(password) = pgpass::lookup(&target) {
            config.password(password);
        }
    }
    if verify != Verify::AsLibpqRequires && root_certificate().is_none() {
        return Err(StoreError::Postgres {
            path: shown.to_path_buf(),
            detail: "sslmode verify-ca and verify-full need the server's root certificate: put it in ~/.postgresql/root.crt or name it with PGSSLROOTCERT".to_string(),
            unreachable: false,
        });
    }
    Ok(Settings { config, verify })
}

/// The root certificate libpq would use: PGSSLROOTCERT, else
/// `~/.postgresql/root.crt`, if it is there and reads as PEM.
fn root_certificate() -> Option<native_tls::Certificate> {
    let path = std::env::var_os("PGSSLROOTCERT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".postgresql/root.crt")))?;
    native_tls::Certificate::from_pem(&std::fs::read(path).ok()?).ok()
}

/// TLS as libpq's `sslmode` has it: `disable` never, `prefer` when the
/// server offers it, `require` always, without checking the certificate
/// unless a root certificate is there (`PGSSLROOTCERT`, else
/// `~/.postgresql/root.crt`), as libpq does; `verify-ca` checks the
/// certificate against the root, `verify-full` the host name too.
fn tls(verify: Verify) -> Option<MakeTlsConnector> {
    let mut builder = native_tls::TlsConnector::builder();
    match (root_certificate(), verify) {
        (Some(c), Verify::Full) => {
            builder.add_root_certificate(c);
        }
        (Some(c), _) => {
            builder.add_root_certificate(c).danger_accept_invalid_hostnames(true);
        }
        // (`config` refuses verify-ca and verify-full without a root.)
        (None, _) => {
            builder
                .danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true);
        }
    }
    builder.build().ok().map(MakeTlsConnector::new)
}

fn connect(settings: &Settings) -> Result<Client, postgres::Error> {
    match tls(settings.verify) {
        Some(tls) => settings.config.connect(tls),
        // Without a TLS library, `prefer` goes on in clear and `require` fails.
        None => settings.config.connect(postgres::NoTls),
    }
}

fn pg_error(path: &Path, e: &postgres::Error) -> StoreError {
    let unreachable = e.is_closed() || e.as_db_error().is_none_or(|db| db.code().code().starts_with("57P"));
    let detail = match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            // "error connecting to server" says little without its cause.
            let mut text = e.to_string();
            let mut cause = std::error::Error::source(e);
            while let Some(c) = cause {
                text = format!("{text}: {c}");
                cause = c.source();
            }
            text
        }
    };
    StoreError::Postgres {
        path: path.to_path_buf(),
        detail,
        unreachable,
    }
}

#[derive(Clone, Debug)]
struct Position {
    last_seq: i64,
    checker: Checker,
    broken: Option<Break>,
    head: Option<(i64, Hash)>,
}

struct Connection {
    client: Option<Client>,
    /// No attempt before this instant (back-off after a failure).
    next_attempt: Instant,
    pause: Duration,
}

pub struct PgRecord {
    config: Settings,
    shown: PathBuf,
    conn: RefCell<Connection>,
    identity: String,
    channel: String,
    lock: i64,
    writable: bool,
    pos: Position,
}

impl PgRecord {
    /// Opens the record at `url` for writing, making its tables and naming
    /// its meeting if they are not there yet.
    pub fn open(url: &str, identity: &str) -> Result<PgRecord, StoreError> {
        let shown = PathBuf::from(redact(url));
        let config = config(url, &shown)?;
        let mut client = connect(&config).map_err(|e| pg_error(&shown, &e))?;
        let err = |e: postgres::Error| pg_error(&shown, &e);
        let made: bool = client
            .query_one("SELECT to_regclass('plenary_events') IS NOT NULL", &[])
            .map_err(err)?
            .get(0);
        let mut tx = client.transaction().map_err(err)?;
        if !made {
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CREATE_LOCK])
                .map_err(err)?;
            tx.batch_execute(SCHEMA).map_err(err)?;
            tx.batch_execute(SNAPSHOTS).map_err(err)?;
        }
        tx.execute(
            "INSERT INTO plenary_meta (key, value) VALUES ('identity', $1), ('version', $2), ('created-by', $3)
             ON CONFLICT (key) DO NOTHING",
            &[
                &identity,
                &SCHEMA_VERSION.to_string(),
                &concat!("plenary ", env!("CARGO_PKG_VERSION")),
            ],
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        let record = PgRecord::with(client, config, shown, true)?;
        record.check_identity(identity)?;
        Ok(record)
    }

    /// Opens the record at `url` for reading only (the connection is made
    /// read-only); `None` when the database holds no record.
    pub fn open_read(url: &str) -> Result<Option<PgRecord>, StoreError> {
        let shown = PathBuf::from(redact(url));
        let config = config(url, &shown)?;
        let mut client = connect(&config).map_err(|e| pg_error(&shown, &e))?;
        let err = |e: postgres::Error| pg_error(&shown, &e);
        client
            .batch_execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            .map_err(err)?;
        let made: bool = client
            .query_one(
                "SELECT to_regclass('plenary_events') IS NOT NULL AND to_regclass('plenary_meta') IS NOT NULL",
                &[],
            )
            .map_err(err)?
            .get(0);
        if !made {
            return Ok(None);
        }
        PgRecord::with(client, config, shown, false).map(Some)
    }

    fn with(mut client: Client, config: Settings, shown: PathBuf, writable: bool) -> Result<PgRecord, StoreError> {
        let err = |e: postgres::Error| pg_error(&shown, &e);
        let meta: Vec<(String, String)> = client
            .query("SELECT key, value FROM plenary_meta", &[])
            .map_err(err)?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        let get = |k: &str| meta.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let Some(identity) = get("identity") else {
            return Err(StoreError::Foreign { path: shown });
        };
        if let Some(found) = get("version").and_then(|v| v.parse::<i64>().ok())
            && found > SCHEMA_VERSION
        {
            return Err(StoreError::Newer {
                path: shown,
                found,
                supported: SCHEMA_VERSION,
            });
        }
        let head = get("head").map(|t| {
            let (seq, hash) = t.split_once(' ').unwrap_or((&t, ""));
            (seq.parse().unwrap_or(-1), chain::from_hex(hash).unwrap_or_default())
        });
        let genesis = chain::genesis(&identity);
        let lock = i64::from_be_bytes(genesis[..8].try_into().expect("eight bytes"));
        Ok(PgRecord {
            config,
            conn: RefCell::new(Connection {
                client: Some(client),
                next_attempt: Instant::now(),
                pause: Duration::from_millis(250),
            }),
            channel: format!("plenary_{}", chain::to_hex(&genesis[..8])),
            lock,
            writable,
            pos: Position {
                last_seq: 0,
                checker: Checker::new(&identity),
                broken: None,
                head,
            },
            identity,
            shown,
        })
    }

    fn unreachable(&self, detail: &str) -> StoreError {
        StoreError::Postgres {
            path: self.shown.clone(),
            detail: detail.to_string(),
            unreachable: true,
        }
    }

    /// The connection, made again if it was lost and the back-off allows.
    fn client<'a>(&self, conn: &'a mut Connection) -> Result<&'a mut Client, StoreError> {
        if conn.client.as_ref().is_none_or(Client::is_closed) {
            conn.client = None;
            if Instant::now() < conn.next_attempt {
                return Err(self.unreachable("waiting to reconnect"));
            }
            match connect(&self.config) {
                Ok(mut c) => {
                    if !self.writable {
                        let _ = c.batch_execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                    }
                    conn.client = Some(c);
                    conn.pause = Duration::from_millis(250);
                }
                Err(e) => {
                    conn.next_attempt = Instant::now() + conn.pause;
                    conn.pause = (conn.pause * 2).min(MAX_PAUSE);
                    return Err(pg_error(&self.shown, &e));
                }
            }
        }
        Ok(conn.client.as_mut().expect("connected above"))
    }

    fn err(&self, e: &postgres::Error) -> StoreError {
        pg_error(&self.shown, e)
    }
}

/// The snapshot table: made with the record, or for a record made before
/// snapshots by its first writer to store one.
const SNAPSHOTS: &str = "
CREATE TABLE IF NOT EXISTS plenary_snapshots (
    seq BIGINT PRIMARY KEY,
    hash BYTEA NOT NULL,
    program TEXT NOT NULL,
    meeting BYTEA NOT NULL,
    state BYTEA NOT NULL,
    digest BYTEA NOT NULL
);
";

const SELECT_SNAPSHOTS: &str = "SELECT seq, hash, program, meeting, state, digest FROM plenary_snapshots";

fn stored_snapshot(r: &postgres::Row) -> Stored {
    Stored {
        seq: r.get(0),
        hash: r.get(1),
        program: r.get(2),
        meeting: r.get(3),
        state: r.get(4),
        digest: r.get(5),
    }
}

impl PgRecord {
    /// The stored snapshots, latest first, at most `limit`; none when the
    /// record has no snapshot table.
    fn select_snapshots(&self, order: &str, limit: i64) -> Result<Vec<Stored>, StoreError> {
        let mut conn = self.conn.borrow_mut();
        let client = self.client(&mut conn)?;
        let made: bool = client
            .query_one("SELECT to_regclass('plenary_snapshots') IS NOT NULL", &[])
            .map_err(|e| self.err(&e))?
            .get(0);
        if !made {
            return Ok(Vec::new());
        }
        let rows = client
            .query(&format!("{SELECT_SNAPSHOTS} ORDER BY seq {order} LIMIT $1"), &[&limit])
            .map_err(|e| self.err(&e))?;
        Ok(rows.iter().map(stored_snapshot).collect())
    }
}

const SELECT_ROWS: &str = "SELECT seq, grp, at, author, command, event, hash FROM plenary_events";

/// Reads a stored row; text columns are `TEXT`, so they are valid UTF-8.
/// A row of `SELECT_ROWS` as the chain reads it, and its stored hash,
/// borrowed from the row.
fn row_of(r: &postgres::Row) -> (Row<'_>, &[u8]) {
    let row = Row {
        seq: r.get(0),
        grp: r.get(1),
        at: r.get(2),
        author: r.get(3),
        command: r.get(4),
        event: r.get(5),
    };
    (row, r.get(6))
}

/// Folds rows after `pos` into groups for `sink`, checking the chain as
/// the SQLite engine does: `strict` refuses a break; else it is noted and
/// reading goes on unchecked (a rescue).
fn read_groups(
    rows: &[postgres::Row],
    path: &Path,
    pos: &mut Position,
    strict: bool,
    sink: &mut dyn FnMut(Group) -> bool,
) -> Result<(), StoreError> {
    let mut current: Option<Group> = None;
    for r in rows {
        let (row, stored) = row_of(r);
        let (seq, grp) = (row.seq, row.grp);
        let corrupt = |detail: String| StoreError::Corrupt {
            path: path.to_path_buf(),
            seq,
            detail,
        };
        let starts_group = !matches!(&current, Some(g) if g.seq == grp);
        if starts_group
            && let Some(done) = current.take()
            && !sink(done)
        {
            return Ok(());
        }
        if pos.broken.is_none() {
            let mut checker = pos.checker.clone();
            let checked = checker.check(&row, stored).and_then(|()| match pos.head {
                Some((s, h)) if s == seq && h != checker.head() => Err(Break::Hash { seq }),
                _ => Ok(()),
            });
            match checked {
                Ok(()) => pos.checker = checker,
                Err(at) if strict => {
                    return Err(StoreError::Broken {
                        path: path.to_path_buf(),
                        at,
                    });
                }
                Err(at) => pos.broken = Some(at),
            }
        }
        pos.last_seq = seq;
        let event: Event = serde_json::from_str(row.event).map_err(|e| corrupt(e.to_string()))?;
        match current.as_mut() {
            Some(g) if !starts_group => g.events.push(event),
            _ => {
                let at = chrono::DateTime::parse_from_rfc3339(row.at).map_err(|e| corrupt(e.to_string()))?;
                current = Some(Group {
                    seq: grp,
                    at,
                    author: row.author.to_string(),
                    command: row.command.to_string(),
                    events: vec![event],
                });
            }
        }
    }
    if let Some(done) = current {
        sink(done);
    }
    Ok(())
}

impl Engine for PgRecord {
    fn path(&self) -> &Path {
        &self.shown
    }

    fn version(&self) -> i64 {
        SCHEMA_VERSION
    }

    fn identity(&self) -> Option<&str> {
        Some(&self.identity)
    }

    fn check_identity(&self, expected: &str) -> Result<(), StoreError> {
        if self.identity != expected {
            return Err(StoreError::OtherMeeting {
                path: self.shown.clone(),
                recorded: self.identity.clone(),
                expected: expected.to_string(),
            });
        }
        Ok(())
    }

    fn broken(&self) -> Option<&Break> {
        self.pos.broken.as_ref()
    }

    fn head(&self) -> (i64, Option<Hash>) {
        (self.pos.last_seq, Some(self.pos.checker.head()))
    }

    fn each_new(&mut self, sink: &mut dyn FnMut(Group) -> bool) -> Result<(), StoreError> {
        let rows = {
            let mut conn = self.conn.borrow_mut();
            let client = self.client(&mut conn)?;
            client
                .query(
                    &format!("{SELECT_ROWS} WHERE seq > $1 ORDER BY seq"),
                    &[&self.pos.last_seq],
                )
                .map_err(|e| self.err(&e))?
        };
        let strict = self.writable;
        let mut pos = self.pos.clone();
        let outcome = read_groups(&rows, &self.shown, &mut pos, strict, sink);
        // A group cut short by `sink` is read again next time.
        if outcome.is_ok() {
            self.pos = pos;
        }
        outcome
    }

    fn each_row(&self, sink: &mut dyn FnMut(Row<'_>, &[u8])) -> Result<(), StoreError> {
        let rows = {
            let mut conn = self.conn.borrow_mut();
            let client = self.client(&mut conn)?;
            client
                .query(&format!("{SELECT_ROWS} ORDER BY seq"), &[])
                .map_err(|e| self.err(&e))?
        };
        for r in &rows {
            let (row, stored) = row_of(r);
            sink(row, stored);
        }
        Ok(())
    }

    fn verify(&self) -> Result<Option<Problem>, StoreError> {
        let mut walk = Walk::new(&self.identity, self.pos.head);
        self.each_row(&mut |row, stored| walk.row(&row, stored))?;
        Ok(walk.finish())
    }

    /// The tables and columns the record is made of, each of the type it
    /// was made with: a column dropped or changed by hand is found here
    /// (the server keeps its own pages; the chain is `verify`'s).
    fn integrity(&self) -> Result<Vec<String>, StoreError> {
        let mut conn = self.conn.borrow_mut();
        let client = self.client(&mut conn)?;
        let rows = client
            .query(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text
                 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name IN ('plenary_events', 'plenary_meta')",
                &[],
            )
            .map_err(|e| self.err(&e))?;
        let found: Vec<(String, String, String, String)> =
            rows.iter().map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))).collect();
        let mut problems = Vec::new();
        for (table, column, kind) in EXPECTED_COLUMNS {
            match found.iter().find(|(t, c, _, _)| t == table && c == column) {
                None => problems.push(format!("{table}.{column}: missing")),
                Some((_, _, k, _)) if k != kind => problems.push(format!("{table}.{column}: {k}, not {kind}")),
                Some((_, _, _, nullable)) if nullable != "NO" => {
                    problems.push(format!("{table}.{column}: may be empty (NOT NULL was dropped)"))
                }
                Some(_) => {}
            }
        }
        Ok(problems)
    }

    fn durability(&self) -> Result<(String, i64), StoreError> {
        let mut conn = self.conn.borrow_mut();
        let client = self.client(&mut conn)?;
        let on: String = client
            .query_one("SHOW synchronous_commit", &[])
            .map_err(|e| self.err(&e))?
            .get(0);
        let level = match on.as_str() {
            "on" | "remote_apply" | "remote_write" => 2,
            "local" => 1,
            _ => 0,
        };
        Ok(("postgresql".to_string(), level))
    }

    fn begin(&mut self) -> Result<Box<dyn Writer + '_>, StoreError> {
        if let Some(at) = &self.pos.broken {
            return Err(StoreError::Broken {
                path: self.shown.clone(),
                at: at.clone(),
            });
        }
        {
            let mut conn = self.conn.borrow_mut();
            let lock = self.lock;
            let client = self.client(&mut conn)?;
            // One writer at a time per meeting, until commit or rollback.
            if let Err(e) = client.batch_execute(&format!("BEGIN; SELECT pg_advisory_xact_lock({lock})")) {
                let _ = client.batch_execute("ROLLBACK");
                return Err(pg_error(&self.shown, &e));
            }
        }
        let pending = self.pos.clone();
        Ok(Box::new(PgWriting {
            record: self,
            pending,
            open: true,
        }))
    }

    fn latest_snapshot(&self) -> Result<Option<Stored>, StoreError> {
        Ok(self.select_snapshots("DESC", 1)?.pop())
    }

    fn snapshots(&self) -> Result<Vec<Stored>, StoreError> {
        self.select_snapshots("ASC", i64::MAX)
    }

    fn event_link(&self, seq: i64) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        let mut conn = self.conn.borrow_mut();
        let client = self.client(&mut conn)?;
        let row = client
            .query_opt("SELECT grp, hash FROM plenary_events WHERE seq = $1", &[&seq])
            .map_err(|e| self.err(&e))?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    fn read_from(&mut self, after: Option<(i64, i64, Hash)>) {
        self.pos = Position {
            last_seq: after.map_or(0, |(seq, _, _)| seq),
            checker: match after {
                Some((seq, grp, hash)) => Checker::at(hash, seq, grp),
                None => Checker::new(&self.identity),
            },
            broken: None,
            head: self.pos.head,
        };
    }

    fn store_snapshot(&mut self, snapshot: &Stored) -> Result<(), StoreError> {
        if !self.writable {
            return Ok(());
        }
        let mut conn = self.conn.borrow_mut();
        let client = self.client(&mut conn)?;
        let err = |e: postgres::Error| pg_error(&self.shown, &e);
        let mut tx = client.transaction().map_err(err)?;
        let made: bool = tx
            .query_one("SELECT to_regclass('plenary_snapshots') IS NOT NULL", &[])
            .map_err(err)?
            .get(0);
        if !made {
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CREATE_LOCK])
                .map_err(err)?;
            tx.batch_execute(SNAPSHOTS).map_err(err)?;
        }
        tx.execute(
            "INSERT INTO plenary_snapshots (seq, hash, program, meeting, state, digest)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (seq) DO UPDATE SET hash = EXCLUDED.hash, program = EXCLUDED.program,
                 meeting = EXCLUDED.meeting, state = EXCLUDED.state, digest = EXCLUDED.digest",
            &[
                &snapshot.seq,
                &snapshot.hash,
                &snapshot.program,
                &snapshot.meeting,
                &snapshot.state,
                &snapshot.digest,
            ],
        )
        .map_err(err)?;
        tx.execute(
            "DELETE FROM plenary_snapshots WHERE seq NOT IN
                 (SELECT seq FROM plenary_snapshots ORDER BY seq DESC LIMIT $1)",
            &[&snapshot::KEEP],
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    fn listener(&self) -> Option<Listener> {
        let config = self.config.clone();
        let channel = self.channel.clone();
        let shown = self.shown.clone();
        let mut client: Option<Client> = None;
        Some(Box::new(move |wait: Duration| {
            if client.as_ref().is_none_or(Client::is_closed) {
                let mut c = connect(&config).map_err(|e| pg_error(&shown, &e))?;
                c.batch_execute(&format!("LISTEN {channel}"))
                    .map_err(|e| pg_error(&shown, &e))?;
                client = Some(c);
                // Commits made while not listening are found by the refresh this causes.
                return Ok(true);
            }
            let c = client.as_mut().expect("connected above");
            let mut arrived = false;
            let mut waiting = c.notifications();
            let mut iter = waiting.timeout_iter(wait);
            while iter.next().map_err(|e| pg_error(&shown, &e))?.is_some() {
                arrived = true;
                // Take what else is already there, without waiting again.
                if iter.size_hint().0 == 0 {
                    break;
                }
            }
            Ok(arrived)
        }))
    }
}

pub struct PgWriting<'a> {
    record: &'a mut PgRecord,
    pending: Position,
    open: bool,
}

impl PgWriting<'_> {
    fn run<T>(&mut self, f: impl FnOnce(&mut Client) -> Result<T, postgres::Error>) -> Result<T, StoreError> {
        let record = &*self.record;
        let mut conn = record.conn.borrow_mut();
        let client = conn
            .client
            .as_mut()
            .ok_or_else(|| record.unreachable("connection lost"))?;
        f(client).map_err(|e| record.err(&e))
    }

    fn insert(&mut self, row: &Row<'_>, hash: &[u8]) -> Result<(), StoreError> {
        self.run(|c| {
            c.execute(
                "INSERT INTO plenary_events (seq, grp, at, author, command, event, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[&row.seq, &row.grp, &row.at, &row.author, &row.command, &row.event, &hash],
            )
        })?;
        Ok(())
    }
}

impl Writer for PgWriting<'_> {
    fn read_new(&mut self) -> Result<Vec<Group>, StoreError> {
        let last = self.pending.last_seq;
        let rows = self.run(|c| c.query(&format!("{SELECT_ROWS} WHERE seq > $1 ORDER BY seq"), &[&last]))?;
        let mut groups = Vec::new();
        read_groups(&rows, &self.record.shown, &mut self.pending, true, &mut |g| {
            groups.push(g);
            true
        })?;
        Ok(groups)
    }

    fn append(&mut self, at: At, author: &str, command: &str, events: Vec<Event>) -> Result<Group, StoreError> {
        let at_text = at.to_rfc3339();
        let last: i64 = self
            .run(|c| c.query_one("SELECT COALESCE(MAX(seq), 0) FROM plenary_events", &[]))?
            .get(0);
        if last != self.pending.last_seq {
            return Err(StoreError::Broken {
                path: self.record.shown.clone(),
                at: Break::Sequence {
                    seq: last,
                    expected: self.pending.last_seq,
                },
            });
        }
        let first = last + 1;
        let linked = self
            .pending
            .checker
            .append_command(first, &at_text, author, command, &events);
        for event in linked {
            let row = Row {
                seq: event.seq,
                grp: first,
                at: &at_text,
                author,
                command,
                event: &event.event,
            };
            self.pending.last_seq = row.seq;
            self.insert(&row, &event.hash)?;
        }
        Ok(Group {
            seq: first,
            at,
            author: author.to_string(),
            command: command.to_string(),
            events,
        })
    }

    fn append_row(&mut self, row: &Row<'_>, stored: &[u8]) -> Result<(), StoreError> {
        self.pending
            .checker
            .check(row, stored)
            .map_err(|at| StoreError::Broken {
                path: self.record.shown.clone(),
                at,
            })?;
        self.pending.last_seq = row.seq;
        self.insert(row, stored)
    }

    fn commit(mut self: Box<Self>) -> Result<(), StoreError> {
        let committed_seq = self.record.pos.last_seq;
        let (seq, hash) = (self.pending.last_seq, self.pending.checker.head());
        if seq != committed_seq {
            let value = format!("{seq} {}", chain::to_hex(&hash));
            let channel = self.record.channel.clone();
            self.run(|c| {
                c.execute(
                    "INSERT INTO plenary_meta (key, value) VALUES ('head', $1)
                     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    &[&value],
                )?;
                // Delivered to the listeners when, and only if, this commits.
                c.execute("SELECT pg_notify($1, $2)", &[&channel, &seq.to_string()])
            })?;
            self.pending.head = Some((seq, hash));
        }
        self.open = false;
        match self.run(|c| c.batch_execute("COMMIT")) {
            Ok(()) => {}
            // Cut while committing: the server may have committed. Only
            // what is found stored, with this chain, is reported saved.
            Err(e) => {
                let record = &*self.record;
                // The old connection is gone; a new one, at once, whatever
                // the back-off. Saying "not saved" of a command the server
                // committed invites typing it twice: keep asking for up to
                // about three seconds (a flapping network cuts these too).
                let mut found = None;
                for attempt in 0..30 {
                    if attempt > 0 {
                        std::thread::sleep(Duration::from_millis(100));
                    }
                    let Ok(mut c) = connect(&record.config) else {
                        continue;
                    };
                    // The cut backend may still be committing: the meeting's
                    // writer lock is free only once its transaction has
                    // ended, one way or the other; then the answer holds.
                    let lock = record.lock;
                    let stored = c.transaction().and_then(|mut tx| {
                        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&lock])?;
                        let row = tx.query_opt("SELECT hash FROM plenary_events WHERE seq = $1", &[&seq])?;
                        tx.rollback()?;
                        Ok(row.map(|r| r.get::<_, Vec<u8>>(0)))
                    });
                    if let Ok(row) = stored {
                        found = Some(row);
                        record.conn.borrow_mut().client = Some(c);
                        break;
                    }
                }
                if seq == committed_seq || found.flatten().as_deref() != Some(&hash[..]) {
                    return Err(e);
                }
            }
        }
        self.record.pos = self.pending.clone();
        Ok(())
    }
}

impl Drop for PgWriting<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.run(|c| c.batch_execute("ROLLBACK"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Verify, ssl_mode};

    #[test]
    fn verify_modes_are_taken_out_of_the_url_for_the_parser() {
        let (url, v) = ssl_mode("postgres://u@db.example/kp?sslmode=verify-full", None);
        assert_eq!(
            (url.as_str(), v),
            ("postgres://u@db.example/kp?sslmode=require", Verify::Full)
        );
        let (url, v) = ssl_mode("host=db.example sslmode=verify-ca dbname=kp", None);
        assert_eq!(
            (url.as_str(), v),
            ("host=db.example sslmode=require dbname=kp", Verify::Ca)
        );
        // PGSSLMODE counts only when the URL says nothing.
        let (url, v) = ssl_mode("postgres://u@db.example/kp", Some("verify-full"));
        assert_eq!(
            (url.as_str(), v),
            ("postgres://u@db.example/kp?sslmode=require", Verify::Full)
        );
        let (url, v) = ssl_mode("postgres://u@db.example/kp?sslmode=disable", Some("verify-full"));
        assert_eq!(
            (url.as_str(), v),
            ("postgres://u@db.example/kp?sslmode=disable", Verify::AsLibpqRequires)
        );
        let (url, v) = ssl_mode("postgres://u@db.example/kp?user=x&sslmode=require", None);
        assert_eq!(
            (url.as_str(), v),
            (
                "postgres://u@db.example/kp?user=x&sslmode=require",
                Verify::AsLibpqRequires
            )
        );
    }
}
