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

/// Dates as title lines and as sentences say them, in every language: a
/// long date, the first of a month, a range within a month, across a month
/// end and across a year end, and a one-day meeting.
#[test]
fn dates_in_every_language() {
    let m = meeting();
    // (long date, first of month, title ranges: same month / across month end / across year end,
    //  sentence: one day / same month / across month end / across year end)
    let cases: [(&str, [String; 9]); 5] = [
        (
            "en",
            [
                "25 June 2009".into(),
                "1 November 2011".into(),
                "1–3 November 2011".into(),
                "30 June – 2 July 2009".into(),
                "30 December 2009 – 2 January 2010".into(),
                "on 27 November 2012".into(),
                "from 1 to 3 November 2011".into(),
                "from 30 June to 2 July 2009".into(),
                "from 30 December 2009 to 2 January 2010".into(),
            ],
        ),
        (
            "fr",
            [
                "25 juin 2009".into(),
                "1er novembre 2011".into(),
                "1er–3 novembre 2011".into(),
                "30 juin – 2 juillet 2009".into(),
                "30 décembre 2009 – 2 janvier 2010".into(),
                "le 27 novembre 2012".into(),
                "du 1er au 3 novembre 2011".into(),
                "du 30 juin au 2 juillet 2009".into(),
                "du 30 décembre 2009 au 2 janvier 2010".into(),
            ],
        ),
        (
            "pt",
            [
                "25 de junho de 2009".into(),
                "1 de novembro de 2011".into(),
                "1–3 de novembro de 2011".into(),
                "30 de junho – 2 de julho de 2009".into(),
                "30 de dezembro de 2009 – 2 de janeiro de 2010".into(),
                "em 27 de novembro de 2012".into(),
                "de 1 a 3 de novembro de 2011".into(),
                "de 30 de junho a 2 de julho de 2009".into(),
                "de 30 de dezembro de 2009 a 2 de janeiro de 2010".into(),
            ],
        ),
        (
            "es",
            [
                "25 de junio de 2009".into(),
                "1 de noviembre de 2011".into(),
                "1–3 de noviembre de 2011".into(),
                "30 de junio – 2 de julio de 2009".into(),
                "30 de diciembre de 2009 – 2 de enero de 2010".into(),
                "el 27 de noviembre de 2012".into(),
                "del 1 al 3 de noviembre de 2011".into(),
                "del 30 de junio al 2 de julio de 2009".into(),
                "del 30 de diciembre de 2009 al 2 de enero de 2010".into(),
            ],
        ),
        (
            "ru",
            [
                format!("25 июня 2009{NNBSP}г."),
                format!("1 ноября 2011{NNBSP}г."),
                format!("1–3 ноября 2011{NNBSP}г."),
                format!("30 июня – 2 июля 2009{NNBSP}г."),
                format!("30 декабря 2009{NNBSP}г. – 2 января 2010{NNBSP}г."),
                format!("27 ноября 2012{NNBSP}г."),
                format!("с 1 по 3 ноября 2011{NNBSP}г."),
                format!("с 30 июня по 2 июля 2009{NNBSP}г."),
                format!("с 30 декабря 2009{NNBSP}г. по 2 января 2010{NNBSP}г."),
            ],
        ),
    ];
    for (code, [long, first, days, months, years, one_day, s_days, s_months, s_years]) in cases {
        let l = Lang::new(&m, code);
        assert_eq!(l.date(d(2009, 6, 25)), long, "{code}");
        assert_eq!(l.date(d(2011, 11, 1)), first, "{code}");
        assert_eq!(l.date_range(d(2011, 11, 1), d(2011, 11, 3)), days, "{code}");
        assert_eq!(l.date_range(d(2009, 6, 30), d(2009, 7, 2)), months, "{code}");
        assert_eq!(l.date_range(d(2009, 12, 30), d(2010, 1, 2)), years, "{code}");
        assert_eq!(l.date_range(d(2009, 6, 25), d(2009, 6, 25)), long, "{code}");
        assert_eq!(l.dates_phrase(d(2012, 11, 27), d(2012, 11, 27)), one_day, "{code}");
        assert_eq!(l.dates_phrase(d(2011, 11, 1), d(2011, 11, 3)), s_days, "{code}");
        assert_eq!(l.dates_phrase(d(2009, 6, 30), d(2009, 7, 2)), s_months, "{code}");
        assert_eq!(l.dates_phrase(d(2009, 12, 30), d(2010, 1, 2)), s_years, "{code}");
    }
}

/// Month and year as CLDR gives them, for the next-meeting sentence.
#[test]
fn month_and_year_in_every_language() {
    let m = meeting();
    let expected = [
        ("en", "November 2012".to_string()),
        ("fr", "novembre 2012".to_string()),
        ("pt", "novembro de 2012".to_string()),
        ("es", "noviembre de 2012".to_string()),
        ("ru", format!("ноябрь 2012{NNBSP}г.")),
    ];
    for (code, want) in expected {
        assert_eq!(Lang::new(&m, code).month_year(2012, 11), want, "{code}");
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
