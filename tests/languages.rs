//! Each language's own forms: long dates and date ranges, plural forms,
//! and lists, as the documents print them.

mod common;

use chrono::NaiveDate;
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
                "on 27\u{a0}November 2012".into(),
                "from 1 to 3\u{a0}November 2011".into(),
                "from 30\u{a0}June to 2\u{a0}July 2009".into(),
                "from 30\u{a0}December 2009 to 2\u{a0}January 2010".into(),
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
                "le 27\u{a0}novembre 2012".into(),
                "du 1er au 3\u{a0}novembre 2011".into(),
                "du 30\u{a0}juin au 2\u{a0}juillet 2009".into(),
                "du 30\u{a0}décembre 2009 au 2\u{a0}janvier 2010".into(),
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
                "em 27\u{a0}de\u{a0}novembro de 2012".into(),
                "de 1 a 3\u{a0}de\u{a0}novembro de 2011".into(),
                "de 30\u{a0}de\u{a0}junho a 2\u{a0}de\u{a0}julho de 2009".into(),
                "de 30\u{a0}de\u{a0}dezembro de 2009 a 2\u{a0}de\u{a0}janeiro de 2010".into(),
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
                "el 27\u{a0}de\u{a0}noviembre de 2012".into(),
                "del 1 al 3\u{a0}de\u{a0}noviembre de 2011".into(),
                "del 30\u{a0}de\u{a0}junio al 2\u{a0}de\u{a0}julio de 2009".into(),
                "del 30\u{a0}de\u{a0}diciembre de 2009 al 2\u{a0}de\u{a0}enero de 2010".into(),
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
                // In a sentence Russian editors write «года»; «г.» stays in title lines.
                "27\u{a0}ноября 2012\u{a0}года".into(),
                "с 1 по 3\u{a0}ноября 2011\u{a0}года".into(),
                "с 30\u{a0}июня по 2\u{a0}июля 2009\u{a0}года".into(),
                "с 30\u{a0}декабря 2009\u{a0}года по 2\u{a0}января 2010\u{a0}года".into(),
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

/// Dates and months inside a sentence (a due date, the next meeting): CLDR's
/// long form, but Russian writes «года» in full where a title line has «г.».
#[test]
fn running_dates_in_every_language() {
    let m = meeting();
    let expected = [
        ("en", "1\u{a0}March 2013", "30\u{a0}November 2012", "November 2012"),
        ("fr", "1er\u{a0}mars 2013", "30\u{a0}novembre 2012", "novembre 2012"),
        (
            "pt",
            "1\u{a0}de\u{a0}março de 2013",
            "30\u{a0}de\u{a0}novembro de 2012",
            "novembro de 2012",
        ),
        (
            "es",
            "1\u{a0}de\u{a0}marzo de 2013",
            "30\u{a0}de\u{a0}noviembre de 2012",
            "noviembre de 2012",
        ),
        (
            "ru",
            "1\u{a0}марта 2013\u{a0}года",
            "30\u{a0}ноября 2012\u{a0}года",
            "ноябрь 2012\u{a0}года",
        ),
    ];
    for (code, first, last, month) in expected {
        let l = Lang::new(&m, code);
        assert_eq!(l.date_in_sentence(d(2013, 3, 1)), first, "{code}");
        assert_eq!(l.date_in_sentence(d(2012, 11, 30)), last, "{code}");
        assert_eq!(l.month_year_in_sentence(2012, 11), month, "{code}");
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

// ---------------------------------------------------------------------------------
// Every kind of generated sentence, at every count and with every kind of name.

use plenary::domain::state::Role;
use plenary::render::communique::Sentences;
use plenary::render::lang::Term;

const COUNTS: [usize; 12] = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1234, 12345];

/// Delegations whose names cover the article, gender, number and case
/// patterns of the KP list: en with and without "the"; fr le/la/l’/les and
/// none before a vowel (Israël); pt o/a/os/as and none (Angola, Israel); es
/// el/la/los and none; ru masculine (Алжир, Израиль, Кот-д’Ивуар, Европейский
/// союз), feminine (Южная Африка, Канада), plural (Соединенные Штаты Америки,
/// Объединенные Арабские Эмираты) and indeclinable (Зимбабве).
const NAMES: [&str; 12] = ["US", "CA", "NA", "AO", "IL", "ZA", "ZW", "CI", "EU", "AE", "IN", "DZ"];

fn kinshasa() -> plenary::domain::meeting::Meeting {
    plenary::files::load(&common::root().join("agendas/kinshasa-2011-plenary.toml")).expect("sample loads")
}

/// Every generated sentence of the table, keyed "lang kind detail".
fn sentences() -> Vec<(String, String)> {
    let m = kinshasa();
    let mut out = Vec::new();
    for code in ["en", "fr", "pt", "es", "ru"] {
        let l = Lang::new(&m, code);
        let s = Sentences::new(&l);
        let eu = l.delegation_term("EU");
        for n in COUNTS {
            out.push((format!("{code} attendance {n}"), s.attendance(n)));
            out.push((format!("{code} totals {n}"), s.totals(n, n, Some((&eu, n)))));
        }
        for id in NAMES {
            let t = l.delegation_term(id);
            out.push((format!("{code} chair {id}"), s.selected(&t, Role::Chair, 2012)));
            out.push((format!("{code} vice-chair {id}"), s.selected(&t, Role::ViceChair, 2012)));
            out.push((format!("{code} thanks {id}"), s.thanks(&t)));
            out.push((format!("{code} next {id}"), s.next_meeting(&t, "plenary", 2012, 11)));
            out.push((
                format!("{code} reservation {id}"),
                s.reservation(&t, "recommendation", "KP/2011/PL/1", "It joins the consensus."),
            ));
        }
        let terms = |ids: &[&str]| ids.iter().map(|id| l.delegation_term(id)).collect::<Vec<_>>();
        out.push((format!("{code} admitted DZ KE"), s.admitted(&terms(&["DZ", "KE"]))));
        out.push((
            format!("{code} admitted US AE CA"),
            s.admitted(&terms(&["US", "AE", "CA"])),
        ));
        out.push((
            format!("{code} observers WDC"),
            s.present("comm-observers", &terms(&["WDC"])),
        ));
        out.push((
            format!("{code} applicants IL ZW"),
            s.present("comm-applicants", &terms(&["IL", "ZW"])),
        ));
        // A name the body file gives no forms for: the fallback constructions.
        let plain = Term::plain("Ruritania");
        out.push((format!("{code} chair plain"), s.selected(&plain, Role::ViceChair, 2012)));
        out.push((format!("{code} thanks plain"), s.thanks(&plain)));
        out.push((
            format!("{code} next plain"),
            s.next_meeting(&plain, "plenary", 2012, 11),
        ));
        out.push((
            format!("{code} reservation plain"),
            s.reservation(&plain, "recommendation", "KP/2011/PL/1", "It joins the consensus."),
        ));
        out.push((
            format!("{code} admitted plain"),
            s.admitted(std::slice::from_ref(&plain)),
        ));
    }
    out
}

/// Prints the table as Rust, to review a change sentence by sentence:
/// `cargo test --test languages print_sentences -- --ignored --nocapture`.
#[test]
#[ignore = "prints the sentence table for review"]
fn print_sentences() {
    for (key, text) in sentences() {
        println!("    ({key:?}, {text:?}),");
    }
}

/// Every generated sentence, written out: counts 0 to 12,345 (CLDR plural
/// categories for nouns and verbs, CLDR grouping), names of every article,
/// gender, number and case pattern, and the fallback for a name without
/// forms. Reviewed sentence by sentence; to see a change whole, run
/// `print_sentences`.
#[test]
fn every_generated_sentence_in_every_language() {
    let expected: &[(&str, &str)] = &[
        (
            "en attendance 0",
            "The meeting was attended by 0 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 0",
            "The total number of Participants in the KPCS now stands at 0, representing 0 countries (including the 0 member states of the European Union).",
        ),
        (
            "en attendance 1",
            "The meeting was attended by 1 Participant in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 1",
            "The total number of Participants in the KPCS now stands at 1, representing 1 country (including the 1 member state of the European Union).",
        ),
        (
            "en attendance 2",
            "The meeting was attended by 2 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 2",
            "The total number of Participants in the KPCS now stands at 2, representing 2 countries (including the 2 member states of the European Union).",
        ),
        (
            "en attendance 3",
            "The meeting was attended by 3 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 3",
            "The total number of Participants in the KPCS now stands at 3, representing 3 countries (including the 3 member states of the European Union).",
        ),
        (
            "en attendance 5",
            "The meeting was attended by 5 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 5",
            "The total number of Participants in the KPCS now stands at 5, representing 5 countries (including the 5 member states of the European Union).",
        ),
        (
            "en attendance 11",
            "The meeting was attended by 11 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 11",
            "The total number of Participants in the KPCS now stands at 11, representing 11 countries (including the 11 member states of the European Union).",
        ),
        (
            "en attendance 21",
            "The meeting was attended by 21 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 21",
            "The total number of Participants in the KPCS now stands at 21, representing 21 countries (including the 21 member states of the European Union).",
        ),
        (
            "en attendance 22",
            "The meeting was attended by 22 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 22",
            "The total number of Participants in the KPCS now stands at 22, representing 22 countries (including the 22 member states of the European Union).",
        ),
        (
            "en attendance 25",
            "The meeting was attended by 25 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 25",
            "The total number of Participants in the KPCS now stands at 25, representing 25 countries (including the 25 member states of the European Union).",
        ),
        (
            "en attendance 101",
            "The meeting was attended by 101 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 101",
            "The total number of Participants in the KPCS now stands at 101, representing 101 countries (including the 101 member states of the European Union).",
        ),
        (
            "en attendance 1234",
            "The meeting was attended by 1,234 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 1234",
            "The total number of Participants in the KPCS now stands at 1,234, representing 1,234 countries (including the 1,234 member states of the European Union).",
        ),
        (
            "en attendance 12345",
            "The meeting was attended by 12,345 Participants in the Kimberley Process Certification Scheme (KPCS).",
        ),
        (
            "en totals 12345",
            "The total number of Participants in the KPCS now stands at 12,345, representing 12,345 countries (including the 12,345 member states of the European Union).",
        ),
        (
            "en chair US",
            "The Plenary selected the United States of America as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair US",
            "The United States of America was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks US",
            "Participants and observers expressed their gratitude to the United States of America for hosting the meeting and for its hospitality.",
        ),
        (
            "en next US",
            "The United States of America will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation US",
            "The United States of America entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair CA",
            "The Plenary selected Canada as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair CA",
            "Canada was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks CA",
            "Participants and observers expressed their gratitude to Canada for hosting the meeting and for its hospitality.",
        ),
        (
            "en next CA",
            "Canada will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation CA",
            "Canada entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair NA",
            "The Plenary selected Namibia as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair NA",
            "Namibia was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks NA",
            "Participants and observers expressed their gratitude to Namibia for hosting the meeting and for its hospitality.",
        ),
        (
            "en next NA",
            "Namibia will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation NA",
            "Namibia entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair AO",
            "The Plenary selected Angola as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair AO",
            "Angola was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks AO",
            "Participants and observers expressed their gratitude to Angola for hosting the meeting and for its hospitality.",
        ),
        (
            "en next AO",
            "Angola will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation AO",
            "Angola entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair IL",
            "The Plenary selected Israel as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair IL",
            "Israel was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks IL",
            "Participants and observers expressed their gratitude to Israel for hosting the meeting and for its hospitality.",
        ),
        (
            "en next IL",
            "Israel will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation IL",
            "Israel entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair ZA",
            "The Plenary selected South Africa as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair ZA",
            "South Africa was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks ZA",
            "Participants and observers expressed their gratitude to South Africa for hosting the meeting and for its hospitality.",
        ),
        (
            "en next ZA",
            "South Africa will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation ZA",
            "South Africa entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair ZW",
            "The Plenary selected Zimbabwe as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair ZW",
            "Zimbabwe was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks ZW",
            "Participants and observers expressed their gratitude to Zimbabwe for hosting the meeting and for its hospitality.",
        ),
        (
            "en next ZW",
            "Zimbabwe will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation ZW",
            "Zimbabwe entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair CI",
            "The Plenary selected Côte d’Ivoire as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair CI",
            "Côte d’Ivoire was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks CI",
            "Participants and observers expressed their gratitude to Côte d’Ivoire for hosting the meeting and for its hospitality.",
        ),
        (
            "en next CI",
            "Côte d’Ivoire will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation CI",
            "Côte d’Ivoire entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair EU",
            "The Plenary selected the European Union as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair EU",
            "The European Union was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks EU",
            "Participants and observers expressed their gratitude to the European Union for hosting the meeting and for its hospitality.",
        ),
        (
            "en next EU",
            "The European Union will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation EU",
            "The European Union entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair AE",
            "The Plenary selected the United Arab Emirates as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair AE",
            "The United Arab Emirates was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks AE",
            "Participants and observers expressed their gratitude to the United Arab Emirates for hosting the meeting and for its hospitality.",
        ),
        (
            "en next AE",
            "The United Arab Emirates will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation AE",
            "The United Arab Emirates entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair IN",
            "The Plenary selected India as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair IN",
            "India was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks IN",
            "Participants and observers expressed their gratitude to India for hosting the meeting and for its hospitality.",
        ),
        (
            "en next IN",
            "India will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation IN",
            "India entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en chair DZ",
            "The Plenary selected Algeria as Chair of the KPCS for 2012.",
        ),
        (
            "en vice-chair DZ",
            "Algeria was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks DZ",
            "Participants and observers expressed their gratitude to Algeria for hosting the meeting and for its hospitality.",
        ),
        (
            "en next DZ",
            "Algeria will host the next Plenary meeting of the Kimberley Process in November 2012.",
        ),
        (
            "en reservation DZ",
            "Algeria entered a reservation on KP/2011/PL/1: ‘It joins the consensus.’",
        ),
        (
            "en admitted DZ KE",
            "The Plenary welcomed Algeria and Kenya as new Participants in the KPCS.",
        ),
        (
            "en admitted US AE CA",
            "The Plenary welcomed Canada, the United Arab Emirates and the United States of America as new Participants in the KPCS.",
        ),
        (
            "en observers WDC",
            "The World Diamond Council also attended the meeting as an observer.",
        ),
        (
            "en applicants IL ZW",
            "Israel and Zimbabwe, applicants for participation in the KPCS, were also present.",
        ),
        (
            "en chair plain",
            "Ruritania was selected as Vice-Chair of the KPCS for 2012.",
        ),
        (
            "en thanks plain",
            "Participants and observers expressed their gratitude to Ruritania for hosting the meeting and for its hospitality.",
        ),
        (
            "en next plain",
            "The next Plenary meeting of the Kimberley Process will be held in November 2012; its host: Ruritania.",
        ),
        (
            "en reservation plain",
            "A reservation on KP/2011/PL/1 was entered by Ruritania: ‘It joins the consensus.’",
        ),
        (
            "en admitted plain",
            "The Plenary welcomed a new Participant in the KPCS: Ruritania.",
        ),
        (
            "fr attendance 0",
            "La réunion a rassemblé 0 Participant au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 0",
            "Le nombre total de Participants au SCPK s’élève désormais à 0, représentant 0 pays (dont 0 État membre de l’Union européenne).",
        ),
        (
            "fr attendance 1",
            "La réunion a rassemblé 1 Participant au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 1",
            "Le nombre total de Participants au SCPK s’élève désormais à 1, représentant 1 pays (dont 1 État membre de l’Union européenne).",
        ),
        (
            "fr attendance 2",
            "La réunion a rassemblé 2 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 2",
            "Le nombre total de Participants au SCPK s’élève désormais à 2, représentant 2 pays (dont les 2 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 3",
            "La réunion a rassemblé 3 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 3",
            "Le nombre total de Participants au SCPK s’élève désormais à 3, représentant 3 pays (dont les 3 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 5",
            "La réunion a rassemblé 5 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 5",
            "Le nombre total de Participants au SCPK s’élève désormais à 5, représentant 5 pays (dont les 5 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 11",
            "La réunion a rassemblé 11 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 11",
            "Le nombre total de Participants au SCPK s’élève désormais à 11, représentant 11 pays (dont les 11 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 21",
            "La réunion a rassemblé 21 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 21",
            "Le nombre total de Participants au SCPK s’élève désormais à 21, représentant 21 pays (dont les 21 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 22",
            "La réunion a rassemblé 22 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 22",
            "Le nombre total de Participants au SCPK s’élève désormais à 22, représentant 22 pays (dont les 22 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 25",
            "La réunion a rassemblé 25 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 25",
            "Le nombre total de Participants au SCPK s’élève désormais à 25, représentant 25 pays (dont les 25 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 101",
            "La réunion a rassemblé 101 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 101",
            "Le nombre total de Participants au SCPK s’élève désormais à 101, représentant 101 pays (dont les 101 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 1234",
            "La réunion a rassemblé 1\u{202f}234 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 1234",
            "Le nombre total de Participants au SCPK s’élève désormais à 1\u{202f}234, représentant 1\u{202f}234 pays (dont les 1\u{202f}234 États membres de l’Union européenne).",
        ),
        (
            "fr attendance 12345",
            "La réunion a rassemblé 12\u{202f}345 Participants au Système de certification du Processus de Kimberley (SCPK).",
        ),
        (
            "fr totals 12345",
            "Le nombre total de Participants au SCPK s’élève désormais à 12\u{202f}345, représentant 12\u{202f}345 pays (dont les 12\u{202f}345 États membres de l’Union européenne).",
        ),
        (
            "fr chair US",
            "La Plénière a choisi les États-Unis d’Amérique pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair US",
            "Les États-Unis d’Amérique ont été choisis pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks US",
            "Les Participants et les observateurs ont remercié les États-Unis d’Amérique d’avoir accueilli la réunion et de leur hospitalité.",
        ),
        (
            "fr next US",
            "Les États-Unis d’Amérique accueilleront la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation US",
            "Les États-Unis d’Amérique ont émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair CA",
            "La Plénière a choisi le Canada pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair CA",
            "Le Canada a été choisi pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks CA",
            "Les Participants et les observateurs ont remercié le Canada d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next CA",
            "Le Canada accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation CA",
            "Le Canada a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair NA",
            "La Plénière a choisi la Namibie pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair NA",
            "La Namibie a été choisie pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks NA",
            "Les Participants et les observateurs ont remercié la Namibie d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next NA",
            "La Namibie accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation NA",
            "La Namibie a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair AO",
            "La Plénière a choisi l’Angola pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair AO",
            "L’Angola a été choisi pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks AO",
            "Les Participants et les observateurs ont remercié l’Angola d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next AO",
            "L’Angola accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation AO",
            "L’Angola a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair IL",
            "La Plénière a choisi Israël pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair IL",
            "Israël a été choisi pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks IL",
            "Les Participants et les observateurs ont remercié Israël d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next IL",
            "Israël accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation IL",
            "Israël a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair ZA",
            "La Plénière a choisi l’Afrique du Sud pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair ZA",
            "L’Afrique du Sud a été choisie pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks ZA",
            "Les Participants et les observateurs ont remercié l’Afrique du Sud d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next ZA",
            "L’Afrique du Sud accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation ZA",
            "L’Afrique du Sud a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair ZW",
            "La Plénière a choisi le Zimbabwe pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair ZW",
            "Le Zimbabwe a été choisi pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks ZW",
            "Les Participants et les observateurs ont remercié le Zimbabwe d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next ZW",
            "Le Zimbabwe accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation ZW",
            "Le Zimbabwe a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair CI",
            "La Plénière a choisi la Côte d’Ivoire pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair CI",
            "La Côte d’Ivoire a été choisie pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks CI",
            "Les Participants et les observateurs ont remercié la Côte d’Ivoire d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next CI",
            "La Côte d’Ivoire accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation CI",
            "La Côte d’Ivoire a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair EU",
            "La Plénière a choisi l’Union européenne pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair EU",
            "L’Union européenne a été choisie pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks EU",
            "Les Participants et les observateurs ont remercié l’Union européenne d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next EU",
            "L’Union européenne accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation EU",
            "L’Union européenne a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair AE",
            "La Plénière a choisi les Émirats arabes unis pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair AE",
            "Les Émirats arabes unis ont été choisis pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks AE",
            "Les Participants et les observateurs ont remercié les Émirats arabes unis d’avoir accueilli la réunion et de leur hospitalité.",
        ),
        (
            "fr next AE",
            "Les Émirats arabes unis accueilleront la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation AE",
            "Les Émirats arabes unis ont émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair IN",
            "La Plénière a choisi l’Inde pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair IN",
            "L’Inde a été choisie pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks IN",
            "Les Participants et les observateurs ont remercié l’Inde d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next IN",
            "L’Inde accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation IN",
            "L’Inde a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr chair DZ",
            "La Plénière a choisi l’Algérie pour assurer la présidence du SCPK en 2012.",
        ),
        (
            "fr vice-chair DZ",
            "L’Algérie a été choisie pour assurer la vice-présidence du SCPK en 2012.",
        ),
        (
            "fr thanks DZ",
            "Les Participants et les observateurs ont remercié l’Algérie d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next DZ",
            "L’Algérie accueillera la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
        ),
        (
            "fr reservation DZ",
            "L’Algérie a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr admitted DZ KE",
            "La Plénière a accueilli l’Algérie et le Kenya en qualité de nouveaux Participants au SCPK.",
        ),
        (
            "fr admitted US AE CA",
            "La Plénière a accueilli le Canada, les Émirats arabes unis et les États-Unis d’Amérique en qualité de nouveaux Participants au SCPK.",
        ),
        (
            "fr observers WDC",
            "Le Conseil mondial du diamant a également assisté à la réunion en qualité d’observateur.",
        ),
        (
            "fr applicants IL ZW",
            "Israël et le Zimbabwe ont également assisté à la réunion en qualité de pays candidats à la participation au SCPK.",
        ),
        (
            "fr chair plain",
            "La Plénière a confié la vice-présidence du SCPK pour 2012 à la délégation suivante\u{a0}: Ruritania.",
        ),
        (
            "fr thanks plain",
            "Les Participants et les observateurs ont remercié le pays hôte (Ruritania) d’avoir accueilli la réunion et de son hospitalité.",
        ),
        (
            "fr next plain",
            "La prochaine réunion plénière du Processus de Kimberley se tiendra en novembre 2012 (pays hôte\u{a0}: Ruritania).",
        ),
        (
            "fr reservation plain",
            "Une réserve sur la recommandation KP/2011/PL/1 a été émise par la délégation suivante\u{a0}: Ruritania. Texte de la réserve\u{a0}: «\u{a0}It joins the consensus.\u{a0}»",
        ),
        (
            "fr admitted plain",
            "La Plénière a accueilli un nouveau Participant au SCPK\u{a0}: Ruritania.",
        ),
        (
            "pt attendance 0",
            "Estiveram presentes na reunião 0 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 0",
            "O número total de Participantes no SCPK é agora de 0, que representam 0 países (incluindo os 0 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 1",
            "Esteve presente na reunião 1 Participante no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 1",
            "O número total de Participantes no SCPK é agora de 1, que representam 1 país (incluindo o 1 Estado-Membro da União Europeia).",
        ),
        (
            "pt attendance 2",
            "Estiveram presentes na reunião 2 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 2",
            "O número total de Participantes no SCPK é agora de 2, que representam 2 países (incluindo os 2 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 3",
            "Estiveram presentes na reunião 3 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 3",
            "O número total de Participantes no SCPK é agora de 3, que representam 3 países (incluindo os 3 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 5",
            "Estiveram presentes na reunião 5 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 5",
            "O número total de Participantes no SCPK é agora de 5, que representam 5 países (incluindo os 5 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 11",
            "Estiveram presentes na reunião 11 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 11",
            "O número total de Participantes no SCPK é agora de 11, que representam 11 países (incluindo os 11 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 21",
            "Estiveram presentes na reunião 21 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 21",
            "O número total de Participantes no SCPK é agora de 21, que representam 21 países (incluindo os 21 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 22",
            "Estiveram presentes na reunião 22 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 22",
            "O número total de Participantes no SCPK é agora de 22, que representam 22 países (incluindo os 22 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 25",
            "Estiveram presentes na reunião 25 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 25",
            "O número total de Participantes no SCPK é agora de 25, que representam 25 países (incluindo os 25 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 101",
            "Estiveram presentes na reunião 101 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 101",
            "O número total de Participantes no SCPK é agora de 101, que representam 101 países (incluindo os 101 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 1234",
            "Estiveram presentes na reunião 1234 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 1234",
            "O número total de Participantes no SCPK é agora de 1234, que representam 1234 países (incluindo os 1234 Estados-Membros da União Europeia).",
        ),
        (
            "pt attendance 12345",
            "Estiveram presentes na reunião 12\u{a0}345 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK).",
        ),
        (
            "pt totals 12345",
            "O número total de Participantes no SCPK é agora de 12\u{a0}345, que representam 12\u{a0}345 países (incluindo os 12\u{a0}345 Estados-Membros da União Europeia).",
        ),
        (
            "pt chair US",
            "A Reunião Plenária escolheu os Estados Unidos da América para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair US",
            "Os Estados Unidos da América foram escolhidos para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks US",
            "Os Participantes e os observadores agradeceram aos Estados Unidos da América o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next US",
            "Os Estados Unidos da América acolherão a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation US",
            "Os Estados Unidos da América formularam uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair CA",
            "A Reunião Plenária escolheu o Canadá para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair CA",
            "O Canadá foi escolhido para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks CA",
            "Os Participantes e os observadores agradeceram ao Canadá o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next CA",
            "O Canadá acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation CA",
            "O Canadá formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair NA",
            "A Reunião Plenária escolheu a Namíbia para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair NA",
            "A Namíbia foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks NA",
            "Os Participantes e os observadores agradeceram à Namíbia o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next NA",
            "A Namíbia acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation NA",
            "A Namíbia formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair AO",
            "A Reunião Plenária escolheu Angola para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair AO",
            "Angola foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks AO",
            "Os Participantes e os observadores agradeceram a Angola o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next AO",
            "Angola acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation AO",
            "Angola formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair IL",
            "A Reunião Plenária escolheu Israel para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair IL",
            "Israel foi escolhido para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks IL",
            "Os Participantes e os observadores agradeceram a Israel o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next IL",
            "Israel acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation IL",
            "Israel formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair ZA",
            "A Reunião Plenária escolheu a África do Sul para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair ZA",
            "A África do Sul foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks ZA",
            "Os Participantes e os observadores agradeceram à África do Sul o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next ZA",
            "A África do Sul acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation ZA",
            "A África do Sul formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair ZW",
            "A Reunião Plenária escolheu o Zimbabué para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair ZW",
            "O Zimbabué foi escolhido para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks ZW",
            "Os Participantes e os observadores agradeceram ao Zimbabué o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next ZW",
            "O Zimbabué acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation ZW",
            "O Zimbabué formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair CI",
            "A Reunião Plenária escolheu a Costa do Marfim para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair CI",
            "A Costa do Marfim foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks CI",
            "Os Participantes e os observadores agradeceram à Costa do Marfim o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next CI",
            "A Costa do Marfim acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation CI",
            "A Costa do Marfim formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair EU",
            "A Reunião Plenária escolheu a União Europeia para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair EU",
            "A União Europeia foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks EU",
            "Os Participantes e os observadores agradeceram à União Europeia o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next EU",
            "A União Europeia acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation EU",
            "A União Europeia formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair AE",
            "A Reunião Plenária escolheu os Emirados Árabes Unidos para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair AE",
            "Os Emirados Árabes Unidos foram escolhidos para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks AE",
            "Os Participantes e os observadores agradeceram aos Emirados Árabes Unidos o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next AE",
            "Os Emirados Árabes Unidos acolherão a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation AE",
            "Os Emirados Árabes Unidos formularam uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair IN",
            "A Reunião Plenária escolheu a Índia para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair IN",
            "A Índia foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks IN",
            "Os Participantes e os observadores agradeceram à Índia o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next IN",
            "A Índia acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation IN",
            "A Índia formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt chair DZ",
            "A Reunião Plenária escolheu a Argélia para a Presidência do SCPK em 2012.",
        ),
        (
            "pt vice-chair DZ",
            "A Argélia foi escolhida para a Vice-Presidência do SCPK em 2012.",
        ),
        (
            "pt thanks DZ",
            "Os Participantes e os observadores agradeceram à Argélia o acolhimento da reunião e a sua hospitalidade.",
        ),
        (
            "pt next DZ",
            "A Argélia acolherá a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
        ),
        (
            "pt reservation DZ",
            "A Argélia formulou uma reserva à recomendação KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "pt admitted DZ KE",
            "A Reunião Plenária deu as boas-vindas à Argélia e ao Quénia, novos Participantes no SCPK.",
        ),
        (
            "pt admitted US AE CA",
            "A Reunião Plenária deu as boas-vindas ao Canadá, aos Emirados Árabes Unidos e aos Estados Unidos da América, novos Participantes no SCPK.",
        ),
        (
            "pt observers WDC",
            "O Conselho Mundial do Diamante participou também na reunião na qualidade de observador.",
        ),
        (
            "pt applicants IL ZW",
            "Israel e o Zimbabué, países candidatos à participação no SCPK, estiveram também presentes.",
        ),
        (
            "pt chair plain",
            "A Reunião Plenária confiou a Vice-Presidência do SCPK em 2012 à seguinte delegação: Ruritania.",
        ),
        (
            "pt thanks plain",
            "Os Participantes e os observadores agradeceram ao país anfitrião o acolhimento da reunião e a sua hospitalidade; país anfitrião: Ruritania.",
        ),
        (
            "pt next plain",
            "A próxima Reunião Plenária do Processo de Kimberley realizar-se-á em novembro de 2012; país anfitrião: Ruritania.",
        ),
        (
            "pt reservation plain",
            "Foi formulada uma reserva à recomendação KP/2011/PL/1 pela seguinte delegação: Ruritania. Texto da reserva: «It joins the consensus».",
        ),
        (
            "pt admitted plain",
            "A Reunião Plenária deu as boas-vindas a um novo Participante no SCPK: Ruritania.",
        ),
        (
            "es attendance 0",
            "Asistieron a la reunión 0 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 0",
            "El número total de Participantes en el SCPK asciende ahora a 0, que representan a 0 países (entre ellos, los 0 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 1",
            "Asistió a la reunión 1 Participante en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 1",
            "El número total de Participantes en el SCPK asciende ahora a 1, que representan a 1 país (entre ellos, el 1 Estado miembro de la Unión Europea).",
        ),
        (
            "es attendance 2",
            "Asistieron a la reunión 2 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 2",
            "El número total de Participantes en el SCPK asciende ahora a 2, que representan a 2 países (entre ellos, los 2 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 3",
            "Asistieron a la reunión 3 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 3",
            "El número total de Participantes en el SCPK asciende ahora a 3, que representan a 3 países (entre ellos, los 3 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 5",
            "Asistieron a la reunión 5 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 5",
            "El número total de Participantes en el SCPK asciende ahora a 5, que representan a 5 países (entre ellos, los 5 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 11",
            "Asistieron a la reunión 11 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 11",
            "El número total de Participantes en el SCPK asciende ahora a 11, que representan a 11 países (entre ellos, los 11 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 21",
            "Asistieron a la reunión 21 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 21",
            "El número total de Participantes en el SCPK asciende ahora a 21, que representan a 21 países (entre ellos, los 21 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 22",
            "Asistieron a la reunión 22 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 22",
            "El número total de Participantes en el SCPK asciende ahora a 22, que representan a 22 países (entre ellos, los 22 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 25",
            "Asistieron a la reunión 25 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 25",
            "El número total de Participantes en el SCPK asciende ahora a 25, que representan a 25 países (entre ellos, los 25 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 101",
            "Asistieron a la reunión 101 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 101",
            "El número total de Participantes en el SCPK asciende ahora a 101, que representan a 101 países (entre ellos, los 101 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 1234",
            "Asistieron a la reunión 1234 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 1234",
            "El número total de Participantes en el SCPK asciende ahora a 1234, que representan a 1234 países (entre ellos, los 1234 Estados miembros de la Unión Europea).",
        ),
        (
            "es attendance 12345",
            "Asistieron a la reunión 12.345 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK).",
        ),
        (
            "es totals 12345",
            "El número total de Participantes en el SCPK asciende ahora a 12.345, que representan a 12.345 países (entre ellos, los 12.345 Estados miembros de la Unión Europea).",
        ),
        (
            "es chair US",
            "La Reunión Plenaria eligió a los Estados Unidos de América para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair US",
            "Los Estados Unidos de América fueron elegidos para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks US",
            "Los Participantes y los observadores expresaron su agradecimiento a los Estados Unidos de América por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next US",
            "Los Estados Unidos de América acogerán la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation US",
            "Los Estados Unidos de América formularon una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair CA",
            "La Reunión Plenaria eligió al Canadá para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair CA",
            "El Canadá fue elegido para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks CA",
            "Los Participantes y los observadores expresaron su agradecimiento al Canadá por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next CA",
            "El Canadá acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation CA",
            "El Canadá formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair NA",
            "La Reunión Plenaria eligió a Namibia para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair NA",
            "Namibia fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks NA",
            "Los Participantes y los observadores expresaron su agradecimiento a Namibia por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next NA",
            "Namibia acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation NA",
            "Namibia formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair AO",
            "La Reunión Plenaria eligió a Angola para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair AO",
            "Angola fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks AO",
            "Los Participantes y los observadores expresaron su agradecimiento a Angola por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next AO",
            "Angola acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation AO",
            "Angola formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair IL",
            "La Reunión Plenaria eligió a Israel para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair IL",
            "Israel fue elegido para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks IL",
            "Los Participantes y los observadores expresaron su agradecimiento a Israel por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next IL",
            "Israel acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation IL",
            "Israel formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair ZA",
            "La Reunión Plenaria eligió a Sudáfrica para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair ZA",
            "Sudáfrica fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks ZA",
            "Los Participantes y los observadores expresaron su agradecimiento a Sudáfrica por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next ZA",
            "Sudáfrica acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation ZA",
            "Sudáfrica formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair ZW",
            "La Reunión Plenaria eligió a Zimbabwe para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair ZW",
            "Zimbabwe fue elegido para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks ZW",
            "Los Participantes y los observadores expresaron su agradecimiento a Zimbabwe por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next ZW",
            "Zimbabwe acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation ZW",
            "Zimbabwe formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair CI",
            "La Reunión Plenaria eligió a Côte d’Ivoire para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair CI",
            "Côte d’Ivoire fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks CI",
            "Los Participantes y los observadores expresaron su agradecimiento a Côte d’Ivoire por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next CI",
            "Côte d’Ivoire acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation CI",
            "Côte d’Ivoire formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair EU",
            "La Reunión Plenaria eligió a la Unión Europea para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair EU",
            "La Unión Europea fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks EU",
            "Los Participantes y los observadores expresaron su agradecimiento a la Unión Europea por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next EU",
            "La Unión Europea acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation EU",
            "La Unión Europea formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair AE",
            "La Reunión Plenaria eligió a los Emiratos Árabes Unidos para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair AE",
            "Los Emiratos Árabes Unidos fueron elegidos para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks AE",
            "Los Participantes y los observadores expresaron su agradecimiento a los Emiratos Árabes Unidos por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next AE",
            "Los Emiratos Árabes Unidos acogerán la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation AE",
            "Los Emiratos Árabes Unidos formularon una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair IN",
            "La Reunión Plenaria eligió a la India para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair IN",
            "La India fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks IN",
            "Los Participantes y los observadores expresaron su agradecimiento a la India por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next IN",
            "La India acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation IN",
            "La India formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es chair DZ",
            "La Reunión Plenaria eligió a Argelia para ocupar la Presidencia del SCPK en 2012.",
        ),
        (
            "es vice-chair DZ",
            "Argelia fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks DZ",
            "Los Participantes y los observadores expresaron su agradecimiento a Argelia por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next DZ",
            "Argelia acogerá la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
        ),
        (
            "es reservation DZ",
            "Argelia formuló una reserva a la recomendación KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "es admitted DZ KE",
            "La Reunión Plenaria dio la bienvenida a Argelia y a Kenya como nuevos Participantes en el SCPK.",
        ),
        (
            "es admitted US AE CA",
            "La Reunión Plenaria dio la bienvenida al Canadá, a los Emiratos Árabes Unidos y a los Estados Unidos de América como nuevos Participantes en el SCPK.",
        ),
        (
            "es observers WDC",
            "El Consejo Mundial del Diamante también asistió a la reunión en calidad de observador.",
        ),
        (
            "es applicants IL ZW",
            "Israel y Zimbabwe, países candidatos a participar en el SCPK, también estuvieron presentes.",
        ),
        (
            "es chair plain",
            "La Reunión Plenaria eligió a Ruritania para ocupar la Vicepresidencia del SCPK en 2012.",
        ),
        (
            "es thanks plain",
            "Los Participantes y los observadores expresaron su agradecimiento a Ruritania por haber acogido la reunión y por su hospitalidad.",
        ),
        (
            "es next plain",
            "La próxima Reunión Plenaria del Proceso de Kimberley se celebrará en noviembre de 2012; país anfitrión: Ruritania.",
        ),
        (
            "es reservation plain",
            "La siguiente delegación formuló una reserva a la recomendación KP/2011/PL/1: Ruritania. Texto de la reserva: «It joins the consensus».",
        ),
        (
            "es admitted plain",
            "La Reunión Plenaria dio la bienvenida a Ruritania como nuevo Participante en el SCPK.",
        ),
        (
            "ru attendance 0",
            "Присутствовали 0 участников Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 0",
            "Общее число участников ССКП в настоящее время составляет 0; они представляют 0 стран (включая 0 государств — членов Европейского союза).",
        ),
        (
            "ru attendance 1",
            "Присутствовал 1 участник Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 1",
            "Общее число участников ССКП в настоящее время составляет 1; они представляют 1 страну (включая 1 государство — член Европейского союза).",
        ),
        (
            "ru attendance 2",
            "Присутствовали 2 участника Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 2",
            "Общее число участников ССКП в настоящее время составляет 2; они представляют 2 страны (включая 2 государства — члена Европейского союза).",
        ),
        (
            "ru attendance 3",
            "Присутствовали 3 участника Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 3",
            "Общее число участников ССКП в настоящее время составляет 3; они представляют 3 страны (включая 3 государства — члена Европейского союза).",
        ),
        (
            "ru attendance 5",
            "Присутствовали 5 участников Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 5",
            "Общее число участников ССКП в настоящее время составляет 5; они представляют 5 стран (включая 5 государств — членов Европейского союза).",
        ),
        (
            "ru attendance 11",
            "Присутствовали 11 участников Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 11",
            "Общее число участников ССКП в настоящее время составляет 11; они представляют 11 стран (включая 11 государств — членов Европейского союза).",
        ),
        (
            "ru attendance 21",
            "Присутствовал 21 участник Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 21",
            "Общее число участников ССКП в настоящее время составляет 21; они представляют 21 страну (включая 21 государство — член Европейского союза).",
        ),
        (
            "ru attendance 22",
            "Присутствовали 22 участника Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 22",
            "Общее число участников ССКП в настоящее время составляет 22; они представляют 22 страны (включая 22 государства — члена Европейского союза).",
        ),
        (
            "ru attendance 25",
            "Присутствовали 25 участников Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 25",
            "Общее число участников ССКП в настоящее время составляет 25; они представляют 25 стран (включая 25 государств — членов Европейского союза).",
        ),
        (
            "ru attendance 101",
            "Присутствовал 101 участник Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 101",
            "Общее число участников ССКП в настоящее время составляет 101; они представляют 101 страну (включая 101 государство — член Европейского союза).",
        ),
        (
            "ru attendance 1234",
            "Присутствовали 1\u{a0}234 участника Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 1234",
            "Общее число участников ССКП в настоящее время составляет 1\u{a0}234; они представляют 1\u{a0}234 страны (включая 1\u{a0}234 государства — члена Европейского союза).",
        ),
        (
            "ru attendance 12345",
            "Присутствовали 12\u{a0}345 участников Схемы сертификации Кимберлийского процесса (ССКП).",
        ),
        (
            "ru totals 12345",
            "Общее число участников ССКП в настоящее время составляет 12\u{a0}345; они представляют 12\u{a0}345 стран (включая 12\u{a0}345 государств — членов Европейского союза).",
        ),
        (
            "ru chair US",
            "Пленарное заседание избрало Соединенные Штаты Америки Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair US",
            "Заместителем Председателя ССКП на 2012 год были избраны Соединенные Штаты Америки.",
        ),
        (
            "ru thanks US",
            "Участники и наблюдатели выразили признательность Соединенным Штатам Америки как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next US",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведут Соединенные Штаты Америки.",
        ),
        (
            "ru reservation US",
            "Соединенные Штаты Америки сделали оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair CA",
            "Пленарное заседание избрало Канаду Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair CA",
            "Заместителем Председателя ССКП на 2012 год была избрана Канада.",
        ),
        (
            "ru thanks CA",
            "Участники и наблюдатели выразили признательность Канаде как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next CA",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Канада.",
        ),
        (
            "ru reservation CA",
            "Канада сделала оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair NA",
            "Пленарное заседание избрало Намибию Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair NA",
            "Заместителем Председателя ССКП на 2012 год была избрана Намибия.",
        ),
        (
            "ru thanks NA",
            "Участники и наблюдатели выразили признательность Намибии как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next NA",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Намибия.",
        ),
        (
            "ru reservation NA",
            "Намибия сделала оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair AO",
            "Пленарное заседание избрало Анголу Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair AO",
            "Заместителем Председателя ССКП на 2012 год была избрана Ангола.",
        ),
        (
            "ru thanks AO",
            "Участники и наблюдатели выразили признательность Анголе как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next AO",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Ангола.",
        ),
        (
            "ru reservation AO",
            "Ангола сделала оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair IL",
            "Пленарное заседание избрало Израиль Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair IL",
            "Заместителем Председателя ССКП на 2012 год был избран Израиль.",
        ),
        (
            "ru thanks IL",
            "Участники и наблюдатели выразили признательность Израилю как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next IL",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Израиль.",
        ),
        (
            "ru reservation IL",
            "Израиль сделал оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair ZA",
            "Пленарное заседание избрало Южную Африку Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair ZA",
            "Заместителем Председателя ССКП на 2012 год была избрана Южная Африка.",
        ),
        (
            "ru thanks ZA",
            "Участники и наблюдатели выразили признательность Южной Африке как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next ZA",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Южная Африка.",
        ),
        (
            "ru reservation ZA",
            "Южная Африка сделала оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair ZW",
            "Пленарное заседание избрало Зимбабве Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair ZW",
            "Заместителем Председателя ССКП на 2012 год была избрана Зимбабве.",
        ),
        (
            "ru thanks ZW",
            "Участники и наблюдатели выразили признательность Зимбабве как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next ZW",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Зимбабве.",
        ),
        (
            "ru reservation ZW",
            "Зимбабве сделала оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair CI",
            "Пленарное заседание избрало Кот-д’Ивуар Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair CI",
            "Заместителем Председателя ССКП на 2012 год был избран Кот-д’Ивуар.",
        ),
        (
            "ru thanks CI",
            "Участники и наблюдатели выразили признательность Кот-д’Ивуару как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next CI",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Кот-д’Ивуар.",
        ),
        (
            "ru reservation CI",
            "Кот-д’Ивуар сделал оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair EU",
            "Пленарное заседание избрало Европейский союз Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair EU",
            "Заместителем Председателя ССКП на 2012 год был избран Европейский союз.",
        ),
        (
            "ru thanks EU",
            "Участники и наблюдатели выразили признательность Европейскому союзу как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next EU",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Европейский союз.",
        ),
        (
            "ru reservation EU",
            "Европейский союз сделал оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair AE",
            "Пленарное заседание избрало Объединенные Арабские Эмираты Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair AE",
            "Заместителем Председателя ССКП на 2012 год были избраны Объединенные Арабские Эмираты.",
        ),
        (
            "ru thanks AE",
            "Участники и наблюдатели выразили признательность Объединенным Арабским Эмиратам как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next AE",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведут Объединенные Арабские Эмираты.",
        ),
        (
            "ru reservation AE",
            "Объединенные Арабские Эмираты сделали оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair IN",
            "Пленарное заседание избрало Индию Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair IN",
            "Заместителем Председателя ССКП на 2012 год была избрана Индия.",
        ),
        (
            "ru thanks IN",
            "Участники и наблюдатели выразили признательность Индии как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next IN",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Индия.",
        ),
        (
            "ru reservation IN",
            "Индия сделала оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru chair DZ",
            "Пленарное заседание избрало Алжир Председателем ССКП на 2012 год.",
        ),
        (
            "ru vice-chair DZ",
            "Заместителем Председателя ССКП на 2012 год был избран Алжир.",
        ),
        (
            "ru thanks DZ",
            "Участники и наблюдатели выразили признательность Алжиру как принимающей стороне за оказанное гостеприимство.",
        ),
        (
            "ru next DZ",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведет Алжир.",
        ),
        (
            "ru reservation DZ",
            "Алжир сделал оговорку к рекомендации KP/2011/PL/1: «It joins the consensus».",
        ),
        (
            "ru admitted DZ KE",
            "Пленарное заседание приветствовало Алжир и Кению в качестве новых участников ССКП.",
        ),
        (
            "ru admitted US AE CA",
            "Пленарное заседание приветствовало Канаду, Объединенные Арабские Эмираты и Соединенные Штаты Америки в качестве новых участников ССКП.",
        ),
        (
            "ru observers WDC",
            "В качестве наблюдателя присутствовал также: Всемирный совет по алмазам.",
        ),
        (
            "ru applicants IL ZW",
            "Также присутствовали кандидаты на участие в ССКП: Зимбабве и Израиль.",
        ),
        (
            "ru chair plain",
            "Функции заместителя Председателя ССКП на 2012 год возложены на следующую делегацию: Ruritania.",
        ),
        (
            "ru thanks plain",
            "Участники и наблюдатели выразили признательность принимающей стороне (Ruritania) за оказанное гостеприимство.",
        ),
        (
            "ru next plain",
            "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года (принимающая страна — Ruritania).",
        ),
        (
            "ru reservation plain",
            "Оговорку к рекомендации KP/2011/PL/1 сделала следующая делегация: Ruritania. Текст оговорки: «It joins the consensus».",
        ),
        (
            "ru admitted plain",
            "Пленарное заседание приветствовало нового участника ССКП: Ruritania.",
        ),
    ];
    let actual = sentences();
    assert_eq!(
        actual.len(),
        expected.len(),
        "the table and the sentences differ in length"
    );
    let wrong: Vec<String> = actual
        .iter()
        .zip(expected)
        .filter(|((k, a), (ek, e))| k != ek || a != e)
        .map(|((k, a), (_, e))| format!("{k}:\n  got  {a}\n  want {e}"))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------------------
// Name forms in the body file, as `plenary check` sees them.

/// The three samples and the KP body file give every name every form its
/// sentences need: the check passes with nothing to say.
#[test]
fn the_samples_lack_no_name_form() {
    for meeting in [
        "sun-city-2003-plenary.toml",
        "windhoek-2009-intersessional.toml",
        "kinshasa-2011-plenary.toml",
    ] {
        let out = common::plenary()
            .args(["check", &format!("agendas/{meeting}")])
            .current_dir(common::root())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{meeting}: {stderr}");
        assert!(stderr.is_empty(), "{meeting}: {stderr}");
    }
}

/// A body file of today's format, without forms, still loads; the check
/// names each name lacking forms with its place and passes.
#[test]
fn a_body_file_without_forms_loads_and_the_check_lists_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let minimal = common::root().join("tests/check-ok/minimal");
    let body = std::fs::read_to_string(minimal.join("body.toml")).unwrap();
    let without: String = body
        .lines()
        .filter(|l| !l.starts_with("forms") && !l.starts_with("name_forms"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.path().join("body.toml"), &without).unwrap();
    std::fs::copy(minimal.join("meeting.toml"), dir.path().join("meeting.toml")).unwrap();
    let out = common::plenary()
        .args(["check", "meeting.toml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // The Namibia delegation, placed at its id, lacks the English article and the French
    // article and gender.
    let line_of = |needle: &str| without.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let na = line_of("id = \"NA\"");
    assert!(
        stderr.contains(&format!(
            "body.toml:{na}:6: `NA` has no article in en: add it under `forms.en`"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("body.toml:{na}:6: `NA` has no article, gender in fr")),
        "{stderr}"
    );
    // The body's name and the working group too; then a count.
    assert!(stderr.contains("`name` has no article in en"), "{stderr}");
    assert!(stderr.contains("`WGM` has no article in en"), "{stderr}");
    assert!(
        stderr.ends_with("5 names lack grammatical forms; the documents use a fallback construction for them.\n"),
        "{stderr}"
    );
    // And the documents are written, with the fallback constructions.
    common::run_ok(&["do", "meeting.toml", "present", "NA", "ZA"], dir.path());
    let fr = common::run_ok(&["communique", "meeting.toml", "--lang", "fr"], dir.path());
    let fr = fr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        fr.contains("ont remercié le pays hôte (Namibie) d’avoir accueilli la réunion et de son hospitalité."),
        "{fr}"
    );
    // A body without an acronym is not named twice.
    assert!(fr.contains("2 Participants à Organe d’essai. "), "{fr}");
}

/// The Kinshasa sample with its `city` and `city_forms` lines replaced
/// (`forms` empty: no `city_forms` line at all), and the line of `city`.
fn meeting_in(city: &str, forms: &str) -> (tempfile::TempDir, std::path::PathBuf, usize) {
    let (dir, path) = common::sample("kinshasa-2011-plenary.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    let mut line = 0;
    for (n, l) in text.lines().enumerate() {
        if l.starts_with("city = ") {
            out.push_str(&format!("city = {city}\n"));
            line = n + 1;
            if !forms.is_empty() {
                out.push_str(&format!("city_forms = {forms}\n"));
            }
        } else if !l.starts_with("city_forms = ") {
            out.push_str(&format!("{l}\n"));
        }
    }
    std::fs::write(&path, out).unwrap();
    // A record to print from: the roll call.
    common::run_ok(&["do", path.to_str().unwrap(), "present", "participants"], dir.path());
    (dir, path, line)
}

fn opening(dir: &std::path::Path, path: &std::path::Path, lang: &str) -> String {
    let text = common::run_ok(
        &["communique", path.to_str().unwrap(), "--lang", lang, "--format", "txt"],
        dir,
    );
    let unwrapped = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let start = unwrapped.find(" 1. ").expect("paragraph 1") + 4;
    let end = unwrapped[start..].find(" 2. ").map_or(unwrapped.len(), |e| start + e);
    unwrapped[start..end].to_string()
}

/// A city declined where the opening sentence needs it, from the meeting
/// file's `city_forms`: Russian «в Кейптауне», French « au Cap » (and « Le Cap »
/// standing alone in the title), Portuguese «na Cidade do Cabo»; English and
/// Spanish need no form.
#[test]
fn a_city_declined_in_every_language() {
    let (dir, path, _) = meeting_in(
        r#"{ en = "Cape Town", fr = "Cap", pt = "Cidade do Cabo", es = "Ciudad del Cabo", ru = "Кейптаун" }"#,
        r#"{ fr = { article = "le" }, pt = { article = "a" }, ru = { pre = "Кейптауне" } }"#,
    );
    let check = common::run_ok(&["check", path.to_str().unwrap()], dir.path());
    assert!(check.contains(": ok"), "{check}");
    let expected = [
        (
            "en",
            "was held in Cape Town, Democratic Republic of the Congo, from 1 to 3 November 2011.",
        ),
        (
            "fr",
            "s’est tenue au Cap (République démocratique du Congo) du 1er au 3 novembre 2011.",
        ),
        (
            "pt",
            "realizou-se na Cidade do Cabo (República Democrática do Congo) de 1 a 3 de novembro de 2011.",
        ),
        (
            "es",
            "se celebró en Ciudad del Cabo (República Democrática del Congo) del 1 al 3 de noviembre de 2011.",
        ),
        (
            "ru",
            "состоялось с 1 по 3 ноября 2011 года в Кейптауне (Демократическая Республика Конго).",
        ),
    ];
    for (lang, want) in expected {
        let got = opening(dir.path(), &path, lang);
        assert!(got.ends_with(want), "{lang}: {got}");
    }
    // Russian writes «во» before в or ф and a consonant.
    let (vdir, vpath, _) = meeting_in(
        r#"{ en = "Vladivostok", fr = "Vladivostok", pt = "Vladivostok", es = "Vladivostok", ru = "Владивосток" }"#,
        r#"{ ru = { pre = "Владивостоке" } }"#,
    );
    let ru = opening(vdir.path(), &vpath, "ru");
    assert!(ru.contains(" во Владивостоке ("), "{ru}");
    let fr = common::run_ok(
        &["communique", path.to_str().unwrap(), "--lang", "fr", "--format", "txt"],
        dir.path(),
    );
    assert!(
        fr.contains("Palais du Peuple, Le Cap, République démocratique du Congo"),
        "{fr}"
    );
}

/// A city lacking the forms its languages need: `plenary check` lists each
/// language's missing forms at the `city` line, and the opening sentence
/// falls back to a construction that stays grammatical with the plain name.
#[test]
fn a_city_without_forms_is_listed_and_falls_back() {
    let (dir, path, line) = meeting_in(
        r#"{ en = "Kinshasa", fr = "Kinshasa", pt = "Kinshasa", es = "Kinshasa", ru = "Киншаса" }"#,
        "",
    );
    let out = common::plenary()
        .args(["check", path.to_str().unwrap()])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for (lang, form) in [("fr", "article"), ("pt", "article"), ("ru", "pre")] {
        let want = format!(
            "kinshasa-2011-plenary.toml:{line}:8: the city has no {form} in {lang}: add it under `city_forms.{lang}`"
        );
        assert!(stderr.contains(&want), "{want}\n{stderr}");
    }
    assert!(!stderr.contains("in en:") && !stderr.contains("in es:"), "{stderr}");
    let ru = opening(dir.path(), &path, "ru");
    assert!(
        ru.ends_with("2011 года в городе Киншаса (Демократическая Республика Конго)."),
        "{ru}"
    );
    let fr = opening(dir.path(), &path, "fr");
    assert!(fr.contains("s’est tenue à Kinshasa (République"), "{fr}");
    let pt = opening(dir.path(), &path, "pt");
    assert!(pt.contains("realizou-se em Kinshasa (República"), "{pt}");
}
