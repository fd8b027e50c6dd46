//! The five-language HTML communique printed to PDF by headless Chromium:
//! every language is in the PDF (the Cyrillic text included) and no
//! paragraph is cut by a page break.
//!
//! Needs `chromium` and `pdftotext` (Debian packages chromium and
//! poppler-utils; `.ci/run` installs them): the test is ignored by default
//! and runs with `cargo test -- --include-ignored`, so it shows as ignored,
//! never as passed, where they are missing.

mod common;

use std::path::Path;
use std::process::Command;

fn print_to_pdf(html: &Path, pdf: &Path, profile: &Path) {
    let out = common::chromium(
        profile,
        &[
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
            format!("file://{}", html.display()),
        ],
    );
    assert!(
        pdf.exists(),
        "chromium made no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pdf_pages(pdf: &Path) -> Vec<String> {
    common::require("pdftotext", "poppler-utils");
    let text = Command::new("pdftotext").arg(pdf).arg("-").output().unwrap();
    assert!(text.status.success());
    // pdftotext ends each page with a form feed.
    String::from_utf8(text.stdout)
        .unwrap()
        .split('\u{c}')
        .map(letters)
        .collect()
}

/// The five-language HTML communique of the meeting at `path`, printed by
/// Chromium: each page's letters, as [`pdf_pages`] gives them.
fn printed_communique(dir: &Path, path: &str) -> Vec<String> {
    let html = dir.join("communique.html");
    common::run_ok(
        &[
            "communique",
            path,
            "--lang",
            "all",
            "--format",
            "html",
            "-o",
            html.to_str().unwrap(),
        ],
        dir,
    );
    let pdf = dir.join("communique.pdf");
    let _ = std::fs::remove_file(&pdf);
    print_to_pdf(&html, &pdf, &dir.join("profile"));
    pdf_pages(&pdf)
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Letters and digits only: line-end hyphens, spaces and punctuation differ
/// between the PDF's text and the source, the words do not.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
#[ignore = "needs chromium and pdftotext: apt-get install chromium poppler-utils"]
fn five_language_communique_prints_whole() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let pages = printed_communique(dir.path(), p);
    let all = pages.join("");

    // Every language is there, Cyrillic included.
    for needle in [
        "The intersessional meeting of the Kimberley Process",
        "Windhoek",
        "juin 2009",
        "junho de 2009",
        "junio de 2009",
        "июня 2009",
    ] {
        assert!(all.contains(&letters(needle)), "the PDF lacks {needle:?}");
    }
    assert!(
        all.chars().filter(|c| ('\u{400}'..='\u{4ff}').contains(c)).count() > 500,
        "little Cyrillic text in the PDF"
    );

    // No paragraph is cut by a page break: each paragraph's first and last
    // words are on the same page.
    for lang in ["en", "fr", "pt", "es", "ru"] {
        let text = common::run_ok(&["communique", p, "--lang", lang, "--format", "md"], dir.path());
        let html = common::run_ok(&["communique", p, "--lang", lang, "--format", "html"], dir.path());
        // Every numbered paragraph of the document is found by its number,
        // and the long ones are checked: a change of numbering checks nothing.
        let numbered: Vec<&str> = text.split("\n\n").filter(|b| starts_numbered(b)).collect();
        assert_eq!(
            numbered.len(),
            html.matches("data-paragraph=\"").count(),
            "{lang}: every numbered paragraph of the document"
        );
        let mut checked = 0;
        for block in numbered {
            let words: Vec<String> = plain(block).split_whitespace().map(str::to_string).collect();
            if words.len() < 8 {
                continue;
            }
            checked += 1;
            let head = letters(&words[..4].join(" "));
            let tail = letters(&words[words.len() - 4..].join(" "));
            let page = pages.iter().position(|pg| pg.contains(&head));
            let page = page.unwrap_or_else(|| panic!("{lang}: paragraph start {head:?} not found in the PDF"));
            assert!(
                pages[page].contains(&tail),
                "{lang}: the paragraph starting {head:?} does not end on the same page"
            );
        }
        assert!(checked >= 15, "{lang}: only {checked} paragraphs checked");
    }
}

/// A Markdown block that starts with a paragraph number: `12\. `.
fn starts_numbered(block: &str) -> bool {
    let digits = block.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && block[digits..].starts_with("\\. ")
}

/// The words of a Markdown block as printed: markers and escapes removed.
fn plain(block: &str) -> String {
    normalise(
        &block
            .replace("\\.", ".")
            .replace("\\[", "[")
            .replace("\\]", "]")
            .replace("\\<", "<")
            .replace("&amp;", "&")
            .replace("**", "")
            .replace("> ", "")
            .replace('*', ""),
    )
}

#[test]
#[ignore = "needs chromium and pdftotext: apt-get install chromium poppler-utils"]
fn a_printed_draft_says_draft_on_every_page() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    common::run_ok(&["do", p, "reopen", "communique"], dir.path());
    let pages: Vec<String> = printed_communique(dir.path(), p)
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let marks: Vec<String> = ["en", "fr", "pt", "es", "ru"]
        .iter()
        .map(|code| letters(&plenary::i18n::Localizer::new(code).text("sitedraft-running-communique")))
        .collect();
    assert!(pages.len() >= 10, "{} pages", pages.len());
    // Page 2 and every other: nothing but the first page's status line said so before.
    assert!(pages[1].contains(&marks[0]), "page 2: {}", pages[1]);
    for (n, page) in pages.iter().enumerate() {
        assert!(
            marks.iter().any(|m| page.contains(m)),
            "page {} does not say draft",
            n + 1
        );
    }
    // Each page says it in its own language: the English pages come first.
    assert!(!pages[1].contains(&marks[1]), "page 2 says the French mark too");

    // Adopted: no page says draft.
    common::run_ok(&["do", p, "adopt", "communique"], dir.path());
    let all = printed_communique(dir.path(), p).join("");
    for mark in &marks {
        assert!(!all.contains(mark.as_str()), "the adopted communique says {mark:?}");
    }
}
