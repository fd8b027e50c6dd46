//! What the fuzz targets check, shared with `tests/fuzz_regressions.rs`
//! (which includes this file as a module): each function takes the fuzzer's
//! bytes, runs them through plenary and panics when a property fails.
//!
//! Only `plenary` and the standard library are used here, so that the main
//! crate's tests can include this file without depending on libfuzzer.

use std::path::{Path, PathBuf};

/// The body file the fuzzed meeting files can name (`body = "body.toml"`):
/// the small valid body of `tests/check-ok/minimal`.
pub const BODY_TOML: &str = include_str!("../../tests/check-ok/minimal/body.toml");

/// Makes a fresh directory under `parent` holding [`BODY_TOML`] as `body.toml`,
/// named after the process so that parallel fuzzing jobs do not share it.
pub fn loader_dir(parent: &Path) -> std::io::Result<PathBuf> {
    let dir = parent.join(format!("plenary-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("body.toml"), BODY_TOML)?;
    Ok(dir)
}

/// The bytes as a meeting file in `dir` (which holds `body.toml`): loading it
/// must not panic, and a refusal must say where and why.
pub fn check_meeting(dir: &Path, data: &[u8]) {
    let path = dir.join("meeting.toml");
    std::fs::write(&path, data).expect("write the meeting file");
    match plenary::files::load(&path) {
        Ok(_) => {}
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused meeting says why");
            for p in &problems {
                assert!(p.line >= 1 && p.column >= 1, "positions count from 1: {p:?}");
            }
            assert!(plenary::files::problem_count(&problems) >= problems.len());
        }
    }
}

/// The bytes (lossily as UTF-8) as a command line: parsing must not panic, and
/// a command's canonical text must parse back to the same command and print
/// the same again.
pub fn check_command(data: &[u8]) {
    let line = String::from_utf8_lossy(data);
    if let Ok(Some(command)) = plenary::commands::parse_line(&line) {
        let canonical = command.to_string();
        let again = match plenary::commands::parse_line(&canonical) {
            Ok(Some(c)) => c,
            other => panic!("{line:?} parsed as {command:?}, whose text {canonical:?} gives {other:?}"),
        };
        assert_eq!(again, command, "{line:?} → {canonical:?}");
        assert_eq!(again.to_string(), canonical, "{line:?}: the canonical text is stable");
    }
}

/// Tags that inline Markdown may produce: emphasis, strikethrough, code spans
/// and (web and mail) links. Anything else is raw HTML or block structure let
/// through.
const INLINE_TAGS: &[&str] = &["a", "em", "strong", "del", "code"];

/// The link schemes kept by the renderer.
const SAFE_SCHEMES: &[&str] = &["http://", "https://", "mailto:"];

/// The bytes (lossily as UTF-8) as inline Markdown rendered to HTML: no
/// `<script`, no `javascript:` in any tag (the words may remain as escaped
/// text), only inline tags, and links only to web and mail addresses.
pub fn check_html(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let html = plenary::render::html::inline(&text);
    assert_inert_html(&text, &html);
    // Plain text skips the parser; the parser must have given the same.
    let shown = plenary::render::visible(&text);
    if let Some(plain) = plenary::render::html::plain(&shown) {
        assert_eq!(plain, plenary::render::html::inline_markdown(&shown), "from {text:?}");
    }
}

/// The properties of [`check_html`] on a rendering `html` of `text`.
pub fn assert_inert_html(text: &str, html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{text:?} → {html:?}");
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map(|e| start + e)
            .unwrap_or_else(|| panic!("unclosed tag in {html:?} from {text:?}"));
        let tag = &rest[start + 1..end];
        assert!(!tag.contains("javascript:"), "{text:?} → {html:?}");
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        assert!(INLINE_TAGS.contains(&name), "tag <{tag}> in {html:?} from {text:?}");
        if let Some(at) = tag.find("href=\"") {
            let url = &tag[at + "href=\"".len()..];
            assert!(
                SAFE_SCHEMES.iter().any(|s| url.starts_with(s)),
                "link {url:?} in {html:?} from {text:?}"
            );
        }
        rest = &rest[end + 1..];
    }
}
