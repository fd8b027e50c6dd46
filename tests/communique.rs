//! The communique and the printable decision, against the facts of the real
//! Windhoek communique (shared/examples), in every format and language.

mod common;

use std::path::PathBuf;

struct Day {
    dir: tempfile::TempDir,
    path: PathBuf,
}

/// The Windhoek sample after the secretariat's day.
fn day() -> Day {
    let (dir, path, _) = common::windhoek_day();
    Day { dir, path }
}

impl Day {
    fn run(&self, args: &[&str]) -> (String, String) {
        let out = common::plenary()
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    fn communique(&self, lang: &str, format: &str) -> (String, String) {
        self.run(&["communique", self.p(), "--lang", lang, "--format", format])
    }

    fn p(&self) -> &str {
        self.path.to_str().unwrap()
    }
}

/// The numbered paragraphs of a plain-text communique, unwrapped.
fn paragraphs(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for block in text.split("\n\n") {
        let joined = block.lines().map(str::trim).collect::<Vec<_>>().join(" ");
        if let Some((n, rest)) = joined.split_once(". ")
            && let Ok(n) = n.parse::<usize>()
        {
            out.push((n, rest.to_string()));
        }
    }
    out
}

fn find<'a>(paras: &'a [(usize, String)], needle: &str) -> &'a str {
    paras
        .iter()
        .find(|(_, p)| p.contains(needle))
        .map(|(_, p)| p.as_str())
        .unwrap_or_else(|| panic!("no paragraph with {needle:?}"))
}

#[test]
fn english_communique_has_the_facts_of_the_real_one() {
    let day = day();
    let (text, _) = day.communique("en", "txt");
    let paras = paragraphs(&text);
    // Numbered 1, 2, 3 … without gaps.
    assert_eq!(
        paras.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        (1..=paras.len()).collect::<Vec<_>>()
    );
    assert!(
        text.starts_with("Kimberley Process Intersessional Meeting\nWindhoek, Namibia\n23–25 June 2009\n"),
        "{text}"
    );
    assert_eq!(
        paras[0].1,
        "The intersessional meeting of the Kimberley Process was held in Windhoek, Namibia, from 23 to 25\u{a0}June 2009."
    );
    let attendance = &paras[1].1;
    assert!(
        attendance.starts_with(
            "The meeting was attended by 22 Participants in the Kimberley Process Certification Scheme (KPCS)."
        ),
        "{attendance}"
    );
    assert!(
        attendance.contains(
            "The Civil Society Coalition and the World Diamond Council also attended the meeting as observers."
        ),
        "{attendance}"
    );
    assert!(
        attendance.contains("Algeria and Kenya, applicants for participation in the KPCS, were also present."),
        "{attendance}"
    );
    assert_eq!(
        paras[2].1,
        "The total number of Participants in the KPCS now stands at 49, representing 75 countries (including the 27 member states of the European Community)."
    );
    // The working groups' paragraphs, in agenda order.
    let wgaap = paras
        .iter()
        .position(|(_, p)| p.contains("Working Group on Artisanal and Alluvial Production"))
        .unwrap();
    let wgs = paras
        .iter()
        .position(|(_, p)| p.contains("Working Group on Statistics"))
        .unwrap();
    let wgm = paras
        .iter()
        .position(|(_, p)| p.contains("Angola") && p.contains("New Zealand"))
        .unwrap();
    assert!(wgaap < wgs && wgs < wgm);
    assert!(
        find(&paras, "(KP/2009/IS/3)")
            .contains("The Plenary endorsed the recommendation of the Working Group on Statistics")
    );
    assert!(find(&paras, "Action for the Working Group on Statistics").contains("due 15\u{a0}July 2009"));
    assert!(
        find(&paras, "made a statement for the record")
            .starts_with("The Bolivarian Republic of Venezuela made a statement for the record: ")
    );
    let rule = find(&paras, "formally adopted");
    assert!(
        rule.contains("(English, French, Portuguese, Spanish and Russian)") && rule.contains("Rule 26"),
        "{rule}"
    );
    // The communique ends as KP communiques do: thanks to the host, then the next meeting.
    let last_two: Vec<&str> = paras[paras.len() - 2..].iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(
        last_two,
        [
            "Participants and observers expressed their gratitude to Namibia for hosting the meeting and for its hospitality.",
            "Namibia will host the next Plenary meeting of the Kimberley Process in November 2009.",
        ]
    );
    // Adopted at the end of the script: final, not draft.
    assert!(text.contains("\nCommunique\n"));
    // Every line fits 72 columns.
    assert!(text.lines().all(|l| l.chars().count() <= 72), "a line over 72 columns");
}

#[test]
fn a_draft_until_adopted_and_pending_translations_marked() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    common::run_ok(
        &[
            "do",
            p,
            "present",
            "NA",
            ";",
            "adopt",
            "KP/2009/IS/5",
            ";",
            "note",
            "1",
            "A note in English only.",
        ],
        dir.path(),
    );
    let out = common::plenary()
        .args(["communique", p, "--lang", "fr", "--format", "md"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // The note has no French: it is marked and carries the English original.
    assert!(md.contains("A note in English only."));
    let note_line = md.lines().find(|l| l.contains("A note in English only.")).unwrap();
    assert!(note_line.starts_with("> *(en)*"), "{note_line}");
    assert!(stderr.contains("fr: 1 "), "{stderr}");
    // KP/2009/IS/5 has a French final text: its paragraph is that text, not a placeholder.
    let is5 = md
        .lines()
        .find(|l| l.contains("(KP/2009/IS/5)"))
        .expect("KP/2009/IS/5 in French");
    assert!(
        is5.contains("Une mission d’examen du Processus de Kimberley") && !is5.starts_with('>'),
        "{is5}"
    );
    let en = common::run_ok(&["communique", p, "--format", "md"], dir.path());
    assert!(en.contains("**Draft communique**"));
    // Amending the original turns the French translation stale.
    let (dir2, path2) = common::windhoek();
    let p2 = path2.to_str().unwrap();
    common::run_ok(
        &[
            "do",
            p2,
            "amend",
            "KP/2009/IS/3",
            "An amended text.",
            ";",
            "adopt",
            "KP/2009/IS/3",
        ],
        dir2.path(),
    );
    let out = common::plenary()
        .args(["communique", p2, "--lang", "fr"])
        .current_dir(dir2.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let txt = String::from_utf8(out.stdout).unwrap();
    // The stale marker itself, then the French frame around the English original.
    // The French no-break spaces are kept (a line never starts with « ; » or « : »);
    // split_whitespace below splits at them too.
    assert!(
        txt.contains("original\u{202f}; le texte") && txt.contains("(KP/2009/IS/3)\u{a0}:"),
        "{txt}"
    );
    let stale = "[La traduction en français est antérieure à une modification de l’original ; le texte original en anglais figure ci-dessous.]";
    let unwrapped = txt
        .split_whitespace()
        .filter(|w| *w != "|")
        .collect::<Vec<_>>()
        .join(" ");
    assert!(unwrapped.contains(stale), "{txt}");
    assert!(
        unwrapped.contains(&format!(
            "{stale} La Plénière a approuvé la recommandation du Groupe de travail sur les statistiques (KP/2009/IS/3) : (en) « An amended text. »"
        )),
        "{txt}"
    );
}

#[test]
fn paragraphs_are_numbered_the_same_in_every_language() {
    let day = day();
    let counts: Vec<usize> = ["en", "fr", "pt", "es", "ru"]
        .iter()
        .map(|l| paragraphs(&day.communique(l, "txt").0).len())
        .collect();
    // The Windhoek day gives 39 paragraphs (the real communique has 25, some merged).
    assert_eq!(counts, [39; 5], "{counts:?}");
}

#[test]
fn the_same_record_gives_the_same_bytes() {
    let day = day();
    for format in ["md", "html", "txt"] {
        let a = day.communique("all", format).0;
        let b = day.communique("all", format).0;
        assert_eq!(a, b, "{format}");
    }
    let a = day.run(&["decision", day.p(), "KP/2009/IS/3", "--format", "html"]).0;
    let b = day.run(&["decision", day.p(), "KP/2009/IS/3", "--format", "html"]).0;
    assert_eq!(a, b);
}

#[test]
fn html_is_self_contained_escaped_and_has_every_language() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    common::run_ok(
        &[
            "do",
            p,
            "draft",
            "4",
            "KP/T/1",
            "Agreed <script>alert(1)</script> [x](javascript:alert(2))",
            ";",
            "adopt",
            "KP/T/1",
        ],
        dir.path(),
    );
    let out = dir.path().join("c.html");
    common::run_ok(
        &[
            "communique",
            p,
            "--lang",
            "all",
            "--format",
            "html",
            "-o",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(!html.contains("<script"), "script came through");
    assert!(!html.contains("javascript:"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for lang in ["en-GB", "fr", "pt-PT", "es", "ru"] {
        assert!(html.contains(&format!("<article lang=\"{lang}\">")), "{lang}");
    }
    assert!(html.contains("@page { size: A4"));
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("src="),
        "nothing loaded from outside"
    );
}

#[test]
fn printable_decision_with_fingerprint_and_rule_26() {
    let day = day();
    let (text, stderr) = day.run(&["decision", day.p(), "KP/2009/IS/5", "--lang", "en", "--format", "md"]);
    assert!(text.contains("Adopted by consensus on 23 June 2009"), "{text}");
    assert!(
        text.contains("Not yet formally adopted: translation pending into Portuguese, Spanish and Russian (Rule 26)"),
        "{text}"
    );
    assert!(text.contains("Original: English"));
    assert!(text.contains("KP/2009/IS/5"));
    let export: serde_json::Value = serde_json::from_str(&day.run(&["export", day.p(), "--format", "json"]).0).unwrap();
    let d = export["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "KP/2009/IS/5")
        .unwrap();
    let original = d["text"]["original"].as_str().unwrap();
    use sha2::Digest;
    let digest = sha2::Sha256::digest(original.as_bytes());
    let fingerprint: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    assert!(text.contains(&fingerprint), "{text}");
    assert!(
        stderr.contains(&format!("KP/2009/IS/5 (English): fingerprint {fingerprint}")),
        "{stderr}"
    );
    let (formal, _) = day.run(&["decision", day.p(), "KP/2009/IS/3", "--format", "md"]);
    assert!(
        formal
            .contains("Formally adopted: the text of the recommendation is final in every official language (Rule 26)"),
        "{formal}"
    );
    let (reserved, _) = day.run(&["decision", day.p(), "KP/2009/IS/5", "--format", "md"]);
    assert!(reserved.contains("Reservation by"), "{reserved}");
}

#[test]
fn an_unknown_language_or_decision_is_bad_input() {
    let day = day();
    let out = common::plenary()
        .args(["communique", day.p(), "--lang", "de"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = common::plenary()
        .args(["decision", day.p(), "KP/NONE/1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("KP/NONE/1"));
}

/// The Kinshasa sample after its day (tests/scripts/kinshasa-day.txt).
fn kinshasa_day() -> Day {
    let (dir, path) = common::sample("kinshasa-2011-plenary.toml");
    let script = common::root().join("tests/scripts/kinshasa-day.txt");
    common::run_ok(
        &[
            "do",
            path.to_str().unwrap(),
            "--as",
            "secretariat",
            "--at",
            "2011-11-01T10:00:00+01:00",
            "--file",
            script.to_str().unwrap(),
        ],
        dir.path(),
    );
    Day { dir, path }
}

/// The third sample, a plenary of another shape: it opens on the 1st of a
/// month, admits two applicants, has a reservation, and ends with the
/// selections, Rule 26, the thanks and the next meeting, in every language.
#[test]
fn kinshasa_communique_in_every_language() {
    let day = kinshasa_day();
    let expected: [(&str, [&str; 5]); 5] = [
        (
            "en",
            [
                "The Plenary meeting of the Kimberley Process was held in Kinshasa, Democratic Republic of the Congo, from 1 to 3\u{a0}November 2011.",
                "The meeting was attended by 21 Participants in the Kimberley Process Certification Scheme (KPCS). The Civil Society Coalition and the World Diamond Council also attended the meeting as observers.",
                "The Plenary welcomed Algeria and Kenya as new Participants in the KPCS.",
                "The Plenary selected the United States of America as Chair of the KPCS for 2012. South Africa was selected as Vice-Chair of the KPCS for 2012.",
                "The United States of America will host the next Plenary meeting of the Kimberley Process in November 2012.",
            ],
        ),
        (
            "fr",
            [
                "La réunion plénière du Processus de Kimberley s’est tenue à Kinshasa (République démocratique du Congo) du 1er au 3\u{a0}novembre 2011.",
                "La réunion a rassemblé 21 Participants au Système de certification du Processus de Kimberley (SCPK). La Coalition de la société civile et le Conseil mondial du diamant ont également assisté à la réunion en qualité d’observateurs.",
                "La Plénière a accueilli l’Algérie et le Kenya en qualité de nouveaux Participants au SCPK.",
                "La Plénière a choisi les États-Unis d’Amérique pour assurer la présidence du SCPK en 2012. L’Afrique du Sud a été choisie pour assurer la vice-présidence du SCPK en 2012.",
                "Les États-Unis d’Amérique accueilleront la prochaine réunion plénière du Processus de Kimberley en novembre 2012.",
            ],
        ),
        (
            "pt",
            [
                "A Reunião Plenária do Processo de Kimberley realizou-se em Kinshasa (República Democrática do Congo) de 1 a 3\u{a0}de\u{a0}novembro de 2011.",
                "Estiveram presentes na reunião 21 Participantes no Sistema de Certificação do Processo de Kimberley (SCPK). A Coligação da Sociedade Civil e o Conselho Mundial do Diamante participaram também na reunião na qualidade de observadores.",
                "A Reunião Plenária deu as boas-vindas à Argélia e ao Quénia, novos Participantes no SCPK.",
                "A Reunião Plenária escolheu os Estados Unidos da América para a Presidência do SCPK em 2012. A África do Sul foi escolhida para a Vice-Presidência do SCPK em 2012.",
                "Os Estados Unidos da América acolherão a próxima Reunião Plenária do Processo de Kimberley em novembro de 2012.",
            ],
        ),
        (
            "es",
            [
                "La Reunión Plenaria del Proceso de Kimberley se celebró en Kinshasa (República Democrática del Congo) del 1 al 3\u{a0}de\u{a0}noviembre de 2011.",
                "Asistieron a la reunión 21 Participantes en el Sistema de Certificación del Proceso de Kimberley (SCPK). La Coalición de la Sociedad Civil y el Consejo Mundial del Diamante también asistieron a la reunión en calidad de observadores.",
                "La Reunión Plenaria dio la bienvenida a Argelia y a Kenya como nuevos Participantes en el SCPK.",
                "La Reunión Plenaria eligió a los Estados Unidos de América para ocupar la Presidencia del SCPK en 2012. Sudáfrica fue elegida para ocupar la Vicepresidencia del SCPK en 2012.",
                "Los Estados Unidos de América acogerán la próxima Reunión Plenaria del Proceso de Kimberley en noviembre de 2012.",
            ],
        ),
        (
            "ru",
            [
                "Пленарное заседание Кимберлийского процесса состоялось с 1 по 3\u{a0}ноября 2011\u{a0}года в Киншасе (Демократическая Республика Конго).",
                "Присутствовал 21 участник Схемы сертификации Кимберлийского процесса (ССКП). В качестве наблюдателей присутствовали также: Всемирный совет по алмазам и Коалиция гражданского общества.",
                "Пленарное заседание приветствовало Алжир и Кению в качестве новых участников ССКП.",
                "Пленарное заседание избрало Соединенные Штаты Америки Председателем ССКП на 2012 год. Заместителем Председателя ССКП на 2012 год была избрана Южная Африка.",
                "Следующее пленарное заседание Кимберлийского процесса запланировано на ноябрь 2012\u{a0}года; его проведут Соединенные Штаты Америки.",
            ],
        ),
    ];
    for (lang, [opening, attendance, admitted, selections, next]) in expected {
        let (text, stderr) = day.communique(lang, "txt");
        let paras = paragraphs(&text);
        assert_eq!(paras[0].1, opening, "{lang}");
        assert_eq!(paras[1].1, attendance, "{lang}");
        assert_eq!(paras[3].1, admitted, "{lang}");
        // Selections, then Rule 26, the thanks and the next meeting close the communique.
        let n = paras.len();
        assert_eq!(paras[n - 4].1, selections, "{lang}");
        assert!(paras[n - 3].1.contains("26"), "{lang}: {}", paras[n - 3].1);
        assert_eq!(paras[n - 1].1, next, "{lang}");
        // Every paragraph starts with a capital and ends with a full stop.
        for (i, p) in &paras {
            assert!(p.chars().next().is_some_and(|c| !c.is_lowercase()), "{lang} {i}: {p}");
            // (A quotation closes with its own full stop in en and fr: ‘….’, « …. ».)
            assert!(
                [".", ".]", ".’", ".\u{a0}»"].iter().any(|end| p.ends_with(end)),
                "{lang} {i}: {p}"
            );
        }
        // Canada's reservation waits for its translation in every language but English.
        let waiting = if lang == "en" { "" } else { "1 paragraph wait" };
        assert!(stderr.contains(waiting), "{lang}: {stderr}");
    }
}

/// A pending block: the marker and the frame in the document's language, the
/// original alone marked with its language (in HTML, `lang` on it only).
#[test]
fn a_pending_reservation_frames_its_original_in_the_documents_language() {
    let day = kinshasa_day();
    let (md, stderr) = day.communique("fr", "md");
    assert!(stderr.contains("fr: 1 paragraph waits"), "{stderr}");
    let line = md
        .lines()
        .find(|l| l.contains("Canada joins the consensus"))
        .expect("the reservation");
    assert_eq!(
        line,
        "> Le Canada a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: *(en)* «\u{a0}Canada joins the consensus on the understanding that the KP Monitor’s reports are circulated to all Participants.\u{a0}»",
    );
    let (html, _) = day.communique("fr", "html");
    let block = html
        .lines()
        .find(|l| l.contains("Canada joins the consensus"))
        .expect("the reservation in HTML");
    assert!(
        block.contains(
            "<p class=\"original\">Le Canada a émis une réserve sur la recommandation KP/2011/PL/1\u{a0}: «\u{a0}<span lang=\"en\">Canada joins the consensus"
        ),
        "{block}"
    );
    assert_eq!(block.matches("lang=").count(), 1, "{block}");
}

/// The outcome history names the objecting delegation with the forms the
/// communique uses (articles, contractions, the Russian genitive), not in
/// parentheses: an objection withdrawn (KP/2011/PL/2, India) and one
/// maintained (KP/2011/PL/3, South Africa), in every language.
#[test]
fn outcome_history_names_delegations_as_the_communique_does() {
    let day = kinshasa_day();
    let expected = [
        (
            "en",
            [
                "objected to by India on ",
                "objection O1 withdrawn by India on ",
                "Objection O1 by India, since withdrawn:",
            ],
            [
                "consensus is blocked by South Africa (",
                "Objection O2 by South Africa:",
            ],
        ),
        (
            "fr",
            [
                "objection O1 de l’Inde, le ",
                "retrait de l’objection O1 de l’Inde, le ",
                "Objection O1 de l’Inde, retirée depuis",
            ],
            [
                "consensus bloqué par l’Afrique du Sud (",
                "Objection O2 de l’Afrique du Sud",
            ],
        ),
        (
            "pt",
            [
                "objeção O1 da Índia, em ",
                "retirada da objeção O1 da Índia, em ",
                "Objeção O1 da Índia, entretanto retirada:",
            ],
            [
                "consenso bloqueado pela África do Sul (",
                "Objeção O2 da África do Sul:",
            ],
        ),
        (
            "es",
            [
                "objeción O1 de la India, el ",
                "retirada de la objeción O1 de la India, el ",
                "Objeción O1 de la India, retirada después:",
            ],
            ["consenso bloqueado por Sudáfrica (", "Objeción O2 de Sudáfrica:"],
        ),
        (
            "ru",
            [
                "возражение O1 Индии, ",
                "возражение O1 Индии снято, ",
                "Возражение O1 Индии, впоследствии снято:",
            ],
            [
                "консенсус заблокирован возражением Южной Африки (",
                "Возражение O2 Южной Африки:",
            ],
        ),
    ];
    let unwrapped = |id: &str, lang: &str| {
        let (text, _) = day.run(&["decision", day.p(), id, "--lang", lang, "--format", "txt"]);
        text.split_whitespace()
            .filter(|w| *w != "|")
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (lang, withdrawn, maintained) in expected {
        let two = unwrapped("KP/2011/PL/2", lang);
        for want in withdrawn {
            assert!(two.contains(want), "{lang}: {want}\n{two}");
        }
        let three = unwrapped("KP/2011/PL/3", lang);
        for want in maintained {
            assert!(three.contains(want), "{lang}: {want}\n{three}");
        }
        // No name put in parentheses instead of its grammatical form.
        for text in [&two, &three] {
            assert!(
                !text.contains("(Inde)") && !text.contains("(Индия)") && !text.contains("(India)"),
                "{lang}: {text}"
            );
        }
    }
}

/// The chair's selection is printed under the agenda item it was made
/// under (Sun City 2003, item 3), first in the item, so that the item's note
/// on Canada's acceptance follows it, in every language.
#[test]
fn the_chair_selected_under_an_item_is_printed_under_it() {
    let (dir, path) = common::sample("sun-city-2003-plenary.toml");
    let script = common::root().join("tests/scripts/sun-city-day.txt");
    common::run_ok(
        &["do", path.to_str().unwrap(), "--file", script.to_str().unwrap()],
        dir.path(),
    );
    let day = Day { dir, path };
    let expected = [
        (
            "en",
            "The Plenary selected Canada as Chair of the KPCS for 2004.",
            "Canada accepted the Chair",
        ),
        (
            "fr",
            "La Plénière a choisi le Canada pour assurer la présidence du SCPK en 2004.",
            "Le Canada a accepté",
        ),
        (
            "pt",
            "A Reunião Plenária escolheu o Canadá para a Presidência do SCPK em 2004.",
            "O Canadá aceitou",
        ),
        (
            "es",
            "La Reunión Plenaria eligió al Canadá para ocupar la Presidencia del SCPK en 2004.",
            "El Canadá aceptó",
        ),
        (
            "ru",
            "Пленарное заседание избрало Канаду Председателем ССКП на 2004 год.",
            "Канада согласилась",
        ),
    ];
    for (lang, chair, accepted) in expected {
        let (text, _) = day.communique(lang, "txt");
        let paras = paragraphs(&text);
        let at = |needle: &str| {
            paras
                .iter()
                .position(|(_, p)| p.contains(needle))
                .unwrap_or_else(|| panic!("{lang}: no {needle:?}\n{text}"))
        };
        let selected = at(chair);
        // Under item 3, before the acceptance and the amendment of the Rules
        // of Procedure, and not again at the end.
        assert_eq!(at(accepted), selected + 1, "{lang}");
        assert!(selected < at("(KP/2003/Plenary/1)"), "{lang}");
        assert_eq!(paras.iter().filter(|(_, p)| p.contains(chair)).count(), 1, "{lang}");
    }
}

/// A selection made with no item open (and every selection of a record
/// older than the item in the event) keeps its place after the business of
/// the meeting, just before the Rule 26 paragraph.
#[test]
fn a_selection_under_no_item_comes_after_the_business() {
    let day = day();
    day.run(&["do", day.p(), "reopen", "communique"]);
    day.run(&["do", day.p(), "chair", "ZA", "2010"]);
    let (text, _) = day.communique("en", "txt");
    let paras = paragraphs(&text);
    let rule = paras
        .iter()
        .position(|(_, p)| p.contains("Rule 26"))
        .expect("the Rule 26 paragraph");
    assert_eq!(
        paras[rule - 1].1,
        "The Plenary selected South Africa as Chair of the KPCS for 2010.",
        "{text}"
    );
}

/// Titles as each language writes them: no case transform in the HTML
/// stylesheet, no capitals in plain text (which broke « 1er » and the
/// Russian «г.»).
#[test]
fn titles_are_written_as_each_language_writes_them() {
    let day = kinshasa_day();
    let (html, _) = day.communique("all", "html");
    assert!(!html.contains("text-transform"), "a case transform in the stylesheet");
    let titles = [
        (
            "en",
            "Kimberley Process Plenary Meeting\nPalais du Peuple, Kinshasa, Democratic Republic of the Congo\n1–3 November 2011\n",
        ),
        (
            "fr",
            "Réunion plénière du Processus de Kimberley\nPalais du Peuple, Kinshasa, République démocratique du Congo\n1er–3 novembre 2011\n",
        ),
        (
            "ru",
            "Пленарное заседание Кимберлийского процесса\nДворец народа, Киншаса, Демократическая Республика Конго\n1–3 ноября 2011\u{202f}г.\n",
        ),
    ];
    for (lang, title) in titles {
        let (text, _) = day.communique(lang, "txt");
        assert!(text.starts_with(title), "{lang}:\n{text}");
    }
}
