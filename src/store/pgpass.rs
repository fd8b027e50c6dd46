//! Where a PostgreSQL password comes from when the URL has none, as libpq
//! users expect: `PGPASSWORD`, else the password file (`PGPASSFILE`, else
//! `~/.pgpass`), which is ignored when others may read it. The `postgres`
//! crate reads neither, and no maintained crate does it for a sync client.

use std::path::{Path, PathBuf};

/// What the password file lookup is matched against.
pub struct Target<'a> {
    pub host: &'a str,
    pub port: u16,
    pub dbname: &'a str,
    pub user: &'a str,
}

/// The password for `target`, if the environment or the password file has one.
pub fn lookup(target: &Target<'_>) -> Option<String> {
    if let Ok(p) = std::env::var("PGPASSWORD")
        && !p.is_empty()
    {
        return Some(p);
    }
    let file = password_file()?;
    if !private(&file) {
        return None;
    }
    let text = std::fs::read_to_string(&file).ok()?;
    find(&text, target)
}

fn password_file() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE") {
        Some(f) if !f.is_empty() => Some(PathBuf::from(f)),
        _ => std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")),
    }
}

/// libpq ignores a password file that its group or others may read.
fn private(file: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(file).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o077 == 0)
}

/// The first line `host:port:database:user:password` that matches; `*`
/// matches anything, `\:` and `\\` are a colon and a backslash.
pub fn find(text: &str, target: &Target<'_>) -> Option<String> {
    let port = target.port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split(line);
        if fields.len() < 5 {
            continue;
        }
        let wanted = [target.host, &port, target.dbname, target.user];
        if fields[..4].iter().zip(wanted).all(|(f, w)| f == "*" || f == w) {
            return Some(fields[4].clone());
        }
    }
    None
}

fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("one field").push(next);
                }
            }
            // The password is the rest of the line, colons and all.
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_matching_line_wins_with_wildcards_and_escapes() {
        let text = "# comment\nother:5432:*:*:no\nlocalhost:5432:kp:sec:pa\\:ss\\\\w\n*:*:*:*:fallback\n";
        let t = |host, dbname| Target {
            host,
            port: 5432,
            dbname,
            user: "sec",
        };
        assert_eq!(find(text, &t("localhost", "kp")).as_deref(), Some("pa:ss\\w"));
        assert_eq!(find(text, &t("localhost", "other")).as_deref(), Some("fallback"));
        assert_eq!(find("h:1:d:u\n", &t("h", "d")), None);
    }
}
