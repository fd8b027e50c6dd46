//! The PostgreSQL server of the tests (`PLENARY_TEST_PG`, started by
//! `scripts/pg-test-server start`): a fresh database for each test.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};

pub const NEEDS: &str = "needs PostgreSQL: apt-get install postgresql";

/// The server's URL, naming its `postgres` database.
pub fn server() -> String {
    std::env::var("PLENARY_TEST_PG")
        .expect("PLENARY_TEST_PG names a server: eval \"export PLENARY_TEST_PG=$(scripts/pg-test-server start)\"")
}

/// `url` with its database replaced by `db`.
pub fn with_db(url: &str, db: &str) -> String {
    let start = url.find("://").expect("a URL") + 3;
    let path = url[start..].find('/').map_or(url.len(), |i| start + i);
    let end = url[path..].find('?').map_or(url.len(), |i| path + i);
    format!("{}/{db}{}", &url[..path], &url[end..])
}

/// A connection as the server's superuser, to the database `db`.
pub fn admin(db: &str) -> postgres::Client {
    postgres::Client::connect(&with_db(&server(), db), postgres::NoTls).expect("the test server answers")
}

/// A new, empty database; its URL.
pub fn fresh() -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "t_{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    admin("postgres")
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create a database");
    with_db(&server(), &name)
}

/// The name of the database in `url`.
pub fn db_of(url: &str) -> String {
    let start = url.find("://").unwrap() + 3;
    let path = url[start..].find('/').unwrap() + start + 1;
    let end = url[path..].find('?').map_or(url.len(), |i| path + i);
    url[path..end].to_string()
}

/// The test server's TLS listener: its port on 127.0.0.1 and its CA's
/// certificate (scripts/pg-test-server makes both).
pub fn tls() -> (u16, std::path::PathBuf) {
    let url = server();
    let folder = url
        .split(['?', '&'])
        .find_map(|kv| kv.strip_prefix("host="))
        .expect("the test server's URL names its folder");
    let folder = std::path::Path::new(folder);
    let port = std::fs::read_to_string(folder.join("port"))
        .expect("scripts/pg-test-server writes its TLS port: start it again")
        .trim()
        .parse()
        .expect("a port");
    (port, folder.join("tls/ca.crt"))
}
