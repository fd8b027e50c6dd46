//! `--format docx` and `--format pdf`: Word files for circulation and PDF/A
//! for archives, read back by tools nobody here wrote (pandoc, poppler,
//! qpdf) where they are installed.

mod common;

use common::{plenary, run_ok, windhoek, windhoek_day};
use std::io::Read;
use std::path::Path;
use std::process::Command;

const LANGS: [&str; 5] = ["en", "fr", "pt", "es", "ru"];

fn write(path: &Path, args: &[&str], out: &Path) {
    let mut all = vec![args[0], path.to_str().unwrap()];
    all.extend_from_slice(&args[1..]);
    all.extend_from_slice(&["-o", out.to_str().unwrap()]);
    run_ok(&all, path.parent().unwrap());
}

fn docx_part(docx: &Path, part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).expect("a DOCX is a zip");
    let mut s = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn docx_tags_every_run_with_its_language_on_a4() {
    let (dir, path, _) = windhoek_day();
    let out = dir.path().join("communique.docx");
    write(&path, &["communique", "--lang", "all", "--format", "docx"], &out);
    let xml = docx_part(&out, "word/document.xml");
    for tag in ["en-GB", "fr", "pt-PT", "es", "ru"] {
        assert!(xml.contains(&format!("<w:lang w:val=\"{tag}\"/>")), "no run in {tag}");
    }
    let runs = xml.matches("<w:r>").count();
    let breaks = xml.matches("<w:r><w:br/></w:r>").count();
    assert_eq!(
        xml.matches("<w:lang ").count(),
        runs - breaks,
        "every run of text has a language"
    );
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    assert!(xml.chars().any(is_cyrillic), "the Russian text is there");
}

#[test]
fn docx_and_pdf_are_refused_on_a_terminal_only() {
    // Without a terminal (a pipe), the bytes go to standard output.
    let (dir, path, _) = windhoek_day();
    let out = plenary()
        .args(["decision", path.to_str().unwrap(), "KP/2009/IS/3", "--format", "docx"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(&out.stdout[..2], b"PK");
}

#[test]
fn pdf_is_pdf_a_with_the_fingerprint_on_every_page() {
    let (dir, path, _) = windhoek_day();
    let out = dir.path().join("decision.pdf");
    write(
        &path,
        &["decision", "KP/2009/IS/3", "--lang", "all", "--format", "pdf"],
        &out,
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("<pdfaid:part>2</pdfaid:part>") && text.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "PDF/A-2b identification in the XMP metadata"
    );
    // Same session, same bytes.
    let again = dir.path().join("again.pdf");
    write(
        &path,
        &["decision", "KP/2009/IS/3", "--lang", "all", "--format", "pdf"],
        &again,
    );
    assert_eq!(std::fs::read(&again).unwrap(), bytes);
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} could not run ({e}): see the #[ignore] reason"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Letters and digits only, lower-cased: what survives every writer's
/// wrapping, capitals and emphasis marks.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The paragraphs of the text output: blank-line separated, quote bars dropped.
fn txt_paragraphs(txt: &str) -> Vec<String> {
    txt.split("\n\n")
        .map(|p| {
            p.lines()
                .map(|l| l.trim_start().trim_start_matches("| "))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .map(|p| letters(&p))
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
#[ignore = "needs pandoc: apt-get install pandoc"]
fn pandoc_reads_the_docx_back_as_the_text_output() {
    let (dir, path, _) = windhoek_day();
    let session = path.to_str().unwrap();
    for (kind, id) in [("communique", None), ("decision", Some("KP/2009/IS/5"))] {
        for lang in LANGS.iter().chain(["all"].iter()) {
            let mut args = vec![kind, session];
            args.extend(id);
            args.extend(["--lang", lang, "--format"]);
            let txt = run_ok(&[args.as_slice(), &["txt"]].concat(), dir.path());
            let docx = dir.path().join(format!("{kind}-{lang}.docx"));
            run_ok(
                &[args.as_slice(), &["docx", "-o", docx.to_str().unwrap()]].concat(),
                dir.path(),
            );
            let plain = tool(
                "pandoc",
                &["-f", "docx", "-t", "plain", "--wrap=none", docx.to_str().unwrap()],
            );
            // The text output separates languages by a rule of "=": no letters, no paragraph.
            assert_eq!(
                txt_paragraphs(&plain),
                txt_paragraphs(&txt),
                "{kind} {lang}: pandoc's paragraphs differ from the text output"
            );
        }
    }
}

#[test]
#[ignore = "needs pdftotext, pdffonts and qpdf: apt-get install poppler-utils qpdf"]
fn the_five_language_pdf_holds_every_paragraph_in_order() {
    let (dir, path, _) = windhoek_day();
    let pdf = dir.path().join("communique.pdf");
    write(&path, &["communique", "--lang", "all", "--format", "pdf"], &pdf);
    let check = Command::new("qpdf")
        .args(["--check", pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );

    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        // name type encoding emb sub uni object ID: "emb" is the 4th column from the right but three.
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols[cols.len() - 5], "yes", "font not embedded: {row}");
    }

    // Each page ends with its footer (the page number), which may fall
    // inside a paragraph that runs over the page: left out.
    let pages = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    let body: String = pages
        .split('\u{c}')
        .map(|page| {
            let lines: Vec<&str> = page.lines().collect();
            let last = lines.iter().rposition(|l| !l.trim().is_empty()).unwrap_or(0);
            lines[..last].join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let text = letters(&body);
    let mut at = 0;
    for lang in LANGS {
        let txt = run_ok(
            &["communique", path.to_str().unwrap(), "--lang", lang, "--format", "txt"],
            dir.path(),
        );
        for para in txt_paragraphs(&txt) {
            match text[at..].find(&para) {
                Some(i) => at += i + para.len(),
                None => panic!("{lang}: paragraph missing or out of order in the PDF: {para}"),
            }
        }
    }
    assert!(text.chars().any(is_cyrillic), "Cyrillic extracted");
}

/// One character of each Unicode general category a text can hold (all but
/// Cs, which no Rust string holds), in the order Lu Ll Lt Lm Lo Mn Mc Me Nd Nl
/// No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Co Cn; then the scripts
/// Han, Arabic, Thai and Devanagari, and an emoji.
const EVERY_CATEGORY: &str = "Ω ß ǅ ʰ ª e\u{301} क\u{903} a\u{20dd} ٣ Ⅻ ½ ‿ — ⁅ ⁆ « » § ∑ € ˘ ©\u{3000}\u{2028}\u{2029}\u{1b}\u{9b}\u{ad} \u{e000} \u{378}";
// (The Arabic word has no lam-alef: pdftotext gives that ligature's two
// letters in reverse order.)
const SCRIPTS: [&str; 5] = ["中文", "عربي", "ภาษาไทย", "हिन्दी", "😀"];

/// The communique of the sample with a note holding [`EVERY_CATEGORY`] and
/// [`SCRIPTS`], as PDF; and what `plenary` wrote on standard error.
fn every_category_pdf() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let (dir, path) = windhoek();
    let script = dir.path().join("note.txt");
    let text = format!("{EVERY_CATEGORY} {}", SCRIPTS.join(" "));
    std::fs::write(&script, format!("note 11 \"{text}\"\n")).unwrap();
    run_ok(
        &[
            "do",
            path.to_str().unwrap(),
            "--as",
            "secretariat",
            "--file",
            script.to_str().unwrap(),
        ],
        dir.path(),
    );
    let pdf = dir.path().join("communique.pdf");
    let out = plenary()
        .args([
            "communique",
            path.to_str().unwrap(),
            "--format",
            "pdf",
            "-o",
            pdf.to_str().unwrap(),
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status.code());
    (dir, pdf, stderr)
}

#[test]
fn a_pdf_holds_every_category_and_script_and_names_what_no_font_has() {
    let (_dir, pdf, stderr) = every_category_pdf();
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(
        String::from_utf8_lossy(&bytes).contains("<pdfaid:part>2</pdfaid:part>"),
        "still PDF/A-2"
    );
    // The private-use and the unassigned character, and nothing else.
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with("no font has ")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].starts_with("no font has U+0378 U+E000"), "{stderr}");
}

#[test]
#[ignore = "needs pdftotext, pdffonts and qpdf: apt-get install poppler-utils qpdf"]
fn every_script_is_extracted_from_the_pdf_in_embedded_fonts() {
    let (_dir, pdf, _) = every_category_pdf();
    let check = Command::new("qpdf")
        .args(["--check", pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );
    let text = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    for script in SCRIPTS {
        assert!(text.contains(script), "{script} not extracted: {text}");
    }
    // The control characters as their pictures, as on the terminal.
    assert!(text.contains('␛'), "ESC as ␛: {text}");
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    // The body's serif and at least the Han, Arabic, Thai, Devanagari, emoji
    // and symbol fonts.
    assert!(rows.len() >= 7, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols[cols.len() - 5], "yes", "font not embedded: {row}");
    }
}

/// The Windhoek day with its communique reopened: a draft again, several
/// pages in each language.
fn draft_day() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path, _) = windhoek_day();
    run_ok(&["do", path.to_str().unwrap(), "reopen", "communique"], dir.path());
    (dir, path)
}

/// Each language's mark on the pages of a draft communique.
fn communique_marks() -> Vec<(&'static str, String)> {
    LANGS
        .iter()
        .map(|code| {
            let words = plenary::i18n::Localizer::new(code);
            (*code, words.text("sitedraft-running-communique"))
        })
        .collect()
}

/// Lower-cased, spaces made one: the PDF prints the mark in capitals.
fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[test]
#[ignore = "needs pdftotext: apt-get install poppler-utils"]
fn every_page_of_a_draft_pdf_says_draft() {
    let (dir, path) = draft_day();
    let pdf = dir.path().join("draft.pdf");
    write(&path, &["communique", "--lang", "all", "--format", "pdf"], &pdf);
    let text = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    let pages: Vec<String> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(folded)
        .collect();
    let marks = communique_marks();
    assert!(pages.len() >= 2 * LANGS.len(), "{} pages", pages.len());
    for (n, page) in pages.iter().enumerate() {
        assert!(
            marks.iter().any(|(_, mark)| page.contains(&folded(mark))),
            "page {} does not say draft: {page}",
            n + 1
        );
    }
    for (code, mark) in &marks {
        let on = pages.iter().filter(|p| p.contains(&folded(mark))).count();
        assert!(on >= 2, "{code}: its mark on {on} pages");
    }

    // A decision adopted but not yet formally adopted says so on its pages.
    let decision = dir.path().join("decision.pdf");
    write(&path, &["decision", "KP/2009/IS/5", "--format", "pdf"], &decision);
    let text = folded(&tool("pdftotext", &[decision.to_str().unwrap(), "-"]));
    assert!(
        text.contains("kp/2009/is/5 — adopted, not yet formally adopted"),
        "{text}"
    );

    // Adopted, the communique's pages no longer say draft.
    run_ok(&["do", path.to_str().unwrap(), "adopt", "communique"], dir.path());
    write(&path, &["communique", "--lang", "all", "--format", "pdf"], &pdf);
    let text = folded(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    for (code, mark) in &marks {
        assert!(
            !text.contains(&folded(mark)),
            "{code}: the adopted communique says draft"
        );
    }
}

/// The header part that a section of `document.xml` refers to, by way of
/// the document's relationships.
fn header_of(docx: &Path, section: &str) -> String {
    let key = "<w:headerReference w:type=\"default\" r:id=\"";
    let at = section.find(key).expect("the section has a default header") + key.len();
    let id = &section[at..at + section[at..].find('"').unwrap()];
    let rels = docx_part(docx, "word/_rels/document.xml.rels");
    let rel = &rels[rels
        .find(&format!("Id=\"{id}\""))
        .unwrap_or_else(|| panic!("no relationship {id}"))..];
    let rel = &rel[..rel.find("/>").unwrap()];
    assert!(rel.contains("relationships/header\""), "{rel}");
    let target = rel.split("Target=\"").nth(1).unwrap();
    docx_part(docx, &format!("word/{}", &target[..target.find('"').unwrap()]))
}

#[test]
fn every_section_of_a_draft_docx_has_a_header_that_says_draft() {
    let (dir, path) = draft_day();
    let out = dir.path().join("draft.docx");
    write(&path, &["communique", "--lang", "all", "--format", "docx"], &out);
    let xml = docx_part(&out, "word/document.xml");
    // One section per language, each with its own header part in its language.
    let sections: Vec<&str> = xml.split("<w:sectPr>").skip(1).collect();
    assert_eq!(sections.len(), LANGS.len(), "a section per document");
    let tags = ["en-GB", "fr", "pt-PT", "es", "ru"];
    for ((section, (code, mark)), tag) in sections.iter().zip(communique_marks()).zip(tags) {
        let header = header_of(&out, section);
        assert!(
            header.starts_with("<?xml") && header.contains("<w:hdr "),
            "{code}: {header}"
        );
        assert!(header.contains(&format!(">{mark}</w:t>")), "{code}: {header}");
        assert!(
            header.contains(&format!("<w:lang w:val=\"{tag}\"/>")),
            "{code}: {header}"
        );
    }
    let types = docx_part(&out, "[Content_Types].xml");
    assert_eq!(types.matches("wordprocessingml.header+xml").count(), LANGS.len());

    // A decision adopted pending translation: its header says it.
    let decision = dir.path().join("decision.docx");
    write(&path, &["decision", "KP/2009/IS/5", "--format", "docx"], &decision);
    let xml = docx_part(&decision, "word/document.xml");
    let header = header_of(&decision, xml.split("<w:sectPr>").nth(1).unwrap());
    assert!(
        header.contains(">KP/2009/IS/5 — adopted, not yet formally adopted</w:t>"),
        "{header}"
    );

    // Final texts carry no header: the formally adopted decision, the adopted communique.
    write(&path, &["decision", "KP/2009/IS/3", "--format", "docx"], &decision);
    assert!(!docx_part(&decision, "word/document.xml").contains("headerReference"));
    run_ok(&["do", path.to_str().unwrap(), "adopt", "communique"], dir.path());
    write(&path, &["communique", "--lang", "all", "--format", "docx"], &out);
    assert!(!docx_part(&out, "word/document.xml").contains("headerReference"));
}

#[test]
fn the_rule_26_line_names_the_text_and_what_still_waits_below_it() {
    let (dir, path) = draft_day();
    let p = path.to_str().unwrap();
    let statement = "Zimbabwe joins the consensus on the understanding that the contacts are made in writing.";
    run_ok(&["do", p, "reserve", "KP/2009/IS/3", "ZW", statement], dir.path());
    let md = |lang: &str| {
        run_ok(
            &["decision", p, "KP/2009/IS/3", "--lang", lang, "--format", "md"],
            dir.path(),
        )
    };

    // In English, the reservation's own language, nothing waits.
    let en = md("en");
    assert!(
        en.contains("Formally adopted: the text of the recommendation is final in every official language (Rule 26)"),
        "{en}"
    );
    assert!(!en.contains("attached below"), "{en}");

    // In French, the reservation waits for its translation, and the line
    // right under Rule 26 says so before the reservation is printed.
    let fr = md("fr");
    let rule = fr
        .find("Formellement adoptée\u{a0}: le texte de la recommandation est définitif dans toutes les langues officielles (article 26)")
        .unwrap_or_else(|| panic!("{fr}"));
    let attached = fr
        .find("La déclaration jointe ci-dessous ne fait pas partie de ce texte\u{a0}: sa traduction est en attente.")
        .unwrap_or_else(|| panic!("{fr}"));
    let reservation = fr
        .find("Zimbabwe joins the consensus")
        .unwrap_or_else(|| panic!("{fr}"));
    assert!(rule < attached && attached < reservation, "{fr}");

    // Translated, nothing waits: the line goes.
    run_ok(
        &[
            "do",
            p,
            "translate",
            "R2",
            "fr",
            "Le Zimbabwe se joint au consensus, étant entendu que les contacts se font par écrit.",
        ],
        dir.path(),
    );
    assert!(!md("fr").contains("ci-dessous"), "{}", md("fr"));
}
