//! Each language's own forms: long dates and date ranges, plural forms,
//! and lists, as the documents print them.

mod common;

use chrono::NaiveDate;
use plenary::domain::Msg;
use plenary::render::lang::Lang;

fn meeting() -> plenary::domain::meeting::Meeting {
    plenary::files::load(&common::root().join("agendas/windhoek-2009-intersessional.toml")).expect("sample loads")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const NNBSP: &str = "\u{202f}";

#[test]
fn date_ranges() {
    let m = meeting();
    let cases: [(&str, [String; 4]); 5] = [
        (
            "en",
            [
                "25 June 2009".into(),
                "23-25 June 2009".into(),
                "30 June – 2 July 2009".into(),
                "30 December 2009 – 2 January 2010".into(),
            ],
        ),
        (
            "fr",
            [
                "25 juin 2009".into(),
                "du 23 au 25 juin 2009".into(),
                "du 30 juin au 2 juillet 2009".into(),
                "du 30 décembre 2009 au 2 janvier 2010".into(),
            ],
        ),
        (
            "pt",
            [
                "25 de junho de 2009".into(),
                "de 23 a 25 de junho de 2009".into(),
                "de 30 de junho a 2 de julho de 2009".into(),
                "de 30 de dezembro de 2009 a 2 de janeiro de 2010".into(),
            ],
        ),
        (
            "es",
            [
                "25 de junio de 2009".into(),
                "del 23 al 25 de junio de 2009".into(),
                "del 30 de junio al 2 de julio de 2009".into(),
                "del 30 de diciembre de 2009 al 2 de enero de 2010".into(),
            ],
        ),
        (
            "ru",
            [
                format!("25 июня 2009{NNBSP}г."),
                format!("23–25 июня 2009{NNBSP}г."),
                format!("30 июня – 2 июля 2009{NNBSP}г."),
                format!("30 декабря 2009{NNBSP}г. – 2 января 2010{NNBSP}г."),
            ],
        ),
    ];
    for (code, [single, month, months, years]) in cases {
        let l = Lang::new(&m, code);
        assert_eq!(l.date(d(2009, 6, 25)), single, "{code}");
        assert_eq!(l.date_range(d(2009, 6, 23), d(2009, 6, 25)), month, "{code}");
        assert_eq!(l.date_range(d(2009, 6, 30), d(2009, 7, 2)), months, "{code}");
        assert_eq!(l.date_range(d(2009, 12, 30), d(2010, 1, 2)), years, "{code}");
        assert_eq!(l.date_range(d(2009, 6, 25), d(2009, 6, 25)), single, "{code}");
    }
}

#[test]
fn plural_forms() {
    let m = meeting();
    let numbers = [0, 1, 2, 5, 11, 21, 22, 25, 49, 101];
    let expected: [(&str, [&str; 10]); 5] = [
        (
            "en",
            [
                "participants",
                "participant",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
            ],
        ),
        // French: 0 and 1 are singular.
        (
            "fr",
            [
                "participant",
                "participant",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
                "participants",
            ],
        ),
        (
            "pt",
            [
                "participantes",
                "participante",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
            ],
        ),
        (
            "es",
            [
                "participantes",
                "participante",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
                "participantes",
            ],
        ),
        // Russian one/few/many: 1, 21, 101 участник; 2, 22 участника; 0, 5, 11, 25, 49 участников.
        (
            "ru",
            [
                "участников",
                "участник",
                "участника",
                "участников",
                "участников",
                "участник",
                "участника",
                "участников",
                "участников",
                "участник",
            ],
        ),
    ];
    for (code, words) in expected {
        let l = Lang::new(&m, code);
        for (n, word) in numbers.iter().zip(words) {
            let text = l.say(&Msg::new("count-participants").number("count", *n));
            assert_eq!(text, format!("{n} {word}"), "{code} {n}");
        }
    }
}

#[test]
fn lists_of_one_two_and_three_names() {
    let m = meeting();
    let expected: [(&str, [&str; 3]); 5] = [
        ("en", ["Brazil", "Brazil and Romania", "Brazil, Romania and Togo"]),
        ("fr", ["Brésil", "Brésil et Roumanie", "Brésil, Roumanie et Togo"]),
        ("pt", ["Brasil", "Brasil e Roménia", "Brasil, Roménia e Togo"]),
        ("es", ["Brasil", "Brasil y Rumania", "Brasil, Rumania y Togo"]),
        ("ru", ["Бразилия", "Бразилия и Румыния", "Бразилия, Румыния и Того"]),
    ];
    for (code, lists) in expected {
        let l = Lang::new(&m, code);
        // The names as the body file gives them in this language.
        let names: Vec<String> = ["BR", "RO", "TG"].iter().map(|id| body_name(code, id)).collect();
        for (n, want) in lists.iter().enumerate() {
            assert_eq!(l.list(&names[..=n]), *want, "{code}");
        }
    }
}

/// A delegation's name from the body file, whatever its membership at the sample meeting.
fn body_name(code: &str, id: &str) -> String {
    let text = std::fs::read_to_string(common::root().join("agendas/kimberley-process.toml")).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let d = doc["delegations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"].as_str() == Some(id))
        .unwrap();
    d["name"][code].as_str().unwrap().to_string()
}
