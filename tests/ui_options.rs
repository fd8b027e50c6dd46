//! Options of the whole program: `--ui-lang` checked and placed anywhere,
//! the interface language from the locale, `--as` for who is at the terminal.

mod common;

fn check(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let (dir, path) = common::windhoek();
    let mut c = common::plenary();
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANGUAGE");
    for (k, v) in env {
        c.env(k, v);
    }
    let args: Vec<String> = args
        .iter()
        .map(|a| {
            if *a == "FILE" {
                path.display().to_string()
            } else {
                a.to_string()
            }
        })
        .collect();
    let out = c.args(&args).current_dir(dir.path()).output().unwrap();
    drop(dir);
    out
}

#[test]
fn an_unknown_interface_language_is_refused_with_the_five() {
    let out = check(&["--ui-lang", "de", "check", "FILE"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--ui-lang de") && err.contains("en, fr, pt, es, ru"),
        "{err}"
    );
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    for args in [
        ["--ui-lang", "fr", "check", "FILE"],
        ["check", "FILE", "--ui-lang", "fr"],
    ] {
        let out = check(&args, &[]);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("délégations"), "{args:?}: {text}");
    }
}

#[test]
fn the_locale_is_read_from_lc_all_then_lc_messages_then_lang() {
    let out = check(
        &["check", "FILE"],
        &[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "pt_PT.UTF-8")],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("delegações"));
    let out = check(
        &["check", "FILE"],
        &[
            ("LANG", "en_GB.UTF-8"),
            ("LC_MESSAGES", "pt_PT.UTF-8"),
            ("LC_ALL", "ru_RU.UTF-8"),
        ],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("делегаци"));
    let out = check(&["check", "FILE"], &[("LANG", "es_ES.UTF-8")]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("delegaciones"));
}

#[test]
fn as_names_who_records_before_or_after_the_subcommand() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    common::run_ok(&["--as", "rapporteur", "do", p, "present", "NA"], dir.path());
    common::run_ok(&["do", p, "--as", "secretariat", "present", "ZW"], dir.path());
    let json = common::run_ok(&["export", p, "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let authors: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["author"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(authors, ["rapporteur", "secretariat"], "{}", v["events"]);
}
