//! XLIFF 1.2, the version every CAT tool (Trados Studio, memoQ, OmegaT,
//! Phrase) imports: written and read with quick-xml, never by string building.
//!
//! One `trans-unit` per text, its id the id `translate` takes. The source's
//! fingerprint travels in a `context-group` (shown to the translator, kept
//! by the tools), so that an import can tell a translation made from an
//! original amended since.
//!
//! Inline Markdown emphasis (`*…*`, `**…**`, `~~…~~`) is written as paired
//! native codes, `<bpt>*</bpt>…<ept>*</ept>`: CAT tools show them as locked
//! tags that the translator places around the translated words, and their
//! QA checks report a tag left out. Plain asterisks would be text that a
//! tool may "correct" or a translator delete; `<g>` would need the markup
//! rebuilt on import. With `bpt`/`ept` the markup is the tags' own content,
//! so reading a target back is joining its text.
//!
//! Reading refuses a DOCTYPE (so no entity can be declared, let alone
//! expanded) and any entity reference other than XML's five and character
//! references.

use crate::domain::Msg;
use crate::msg;
use pulldown_cmark::{Event as Md, Options, Parser, Tag};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::reader::Reader;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";
/// The `context-type` of the source's fingerprint (XLIFF allows `x-` names).
pub const FINGERPRINT_CONTEXT: &str = "x-plenary-fingerprint";

/// One text for translation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unit {
    pub id: String,
    /// Markdown inline source, as recorded.
    pub source: String,
    /// The translation, if any (Markdown inline source).
    pub target: Option<String>,
    /// The target's XLIFF `state` (`translated`, `final`, `signed-off` …).
    pub state: Option<String>,
    /// The unit's `approved="yes"`.
    pub approved: bool,
    /// The fingerprint of the source this unit was made from.
    pub fingerprint: Option<String>,
    /// Context for the translator: agenda item, kind.
    pub notes: Vec<String>,
    /// The source's brackets (words not agreed): id and byte range of the
    /// words, written as locked codes around them.
    pub brackets: Vec<(String, usize, usize)>,
    /// The ids of the `<ph>` codes in the target, in order.
    pub target_codes: Vec<String>,
}

impl Unit {
    /// A translator's tool marks a finished unit `final` or `signed-off`,
    /// or approves it (Trados, translate-toolkit): it is then recorded final.
    pub fn is_final(&self) -> bool {
        self.approved || matches!(self.state.as_deref(), Some("final" | "signed-off"))
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Xliff {
    /// The meeting file the texts come from.
    pub original: String,
    pub source_lang: String,
    pub target_lang: String,
    pub units: Vec<Unit>,
}

/// Why a file could not be read, and where (1-based line and column).
#[derive(Clone, Debug, PartialEq)]
pub struct ReadError {
    pub line: usize,
    pub column: usize,
    pub msg: Msg,
}

/// An attribute's value: no control or format character raw (XML 1.0
/// cannot carry most controls at all), shown as on a terminal.
fn xml_safe(text: &str) -> String {
    crate::render::visible(&noncharacters_replaced(text)).into_owned()
}

/// U+FFFE and U+FFFF, which XML 1.0 cannot carry either.
fn noncharacters_replaced(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\u{FFFE}', '\u{FFFF}']) {
        text.replace(['\u{FFFE}', '\u{FFFF}'], "\u{FFFD}").into()
    } else {
        text.into()
    }
}

/// A piece of inline text: characters, or the opening or closing native
/// code of an emphasis.
#[derive(Clone, Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Open {
        id: usize,
        code: &'a str,
        ctype: &'static str,
    },
    Close {
        id: usize,
        code: &'a str,
    },
}

/// Splits Markdown inline source into text and the delimiters of its
/// emphasis, strong emphasis and strikethrough, found by pulldown-cmark.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    if !text.contains(['*', '_', '~']) {
        return vec![Piece::Text(text)];
    }
    // (position, delimiter length, opens, pair id, ctype)
    let mut marks: Vec<(usize, usize, bool, usize, &'static str)> = Vec::new();
    let mut next_id = 0;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH).into_offset_iter() {
        let (len, ctype) = match event {
            Md::Start(Tag::Emphasis) => (1, "italic"),
            Md::Start(Tag::Strong) => (2, "bold"),
            Md::Start(Tag::Strikethrough) => (
                text[range.clone()].chars().take_while(|c| *c == '~').count().min(2),
                "x-strike",
            ),
            _ => continue,
        };
        if len == 0 || range.len() < 2 * len {
            continue;
        }
        next_id += 1;
        marks.push((range.start, len, true, next_id, ctype));
        marks.push((range.end - len, len, false, next_id, ctype));
    }
    marks.sort_by_key(|&(pos, _, opens, _, _)| (pos, !opens));
    let mut out = Vec::new();
    let mut at = 0;
    for (pos, len, opens, id, ctype) in marks {
        // Overlapping or misplaced delimiters: keep the whole text as text.
        if pos < at || !text.is_char_boundary(pos) || !text.is_char_boundary(pos + len) {
            return vec![Piece::Text(text)];
        }
        if pos > at {
            out.push(Piece::Text(&text[at..pos]));
        }
        let code = &text[pos..pos + len];
        out.push(if opens {
            Piece::Open { id, code, ctype }
        } else {
            Piece::Close { id, code }
        });
        at = pos + len;
    }
    if at < text.len() {
        out.push(Piece::Text(&text[at..]));
    }
    out
}

type W = Writer<Vec<u8>>;

fn start(w: &mut W, name: &str, attrs: &[(&str, &str)]) {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, &*xml_safe(v)));
    }
    w.write_event(Event::Start(e)).expect("writing to memory");
}

fn end(w: &mut W, name: &str) {
    w.write_event(Event::End(BytesEnd::new(name)))
        .expect("writing to memory");
}

/// Text content: escaped, then through the filter every output passes
/// ([`crate::render::visible`]): control and format characters become
/// placeholders, the zero-width joiners too.
fn text(w: &mut W, s: &str) {
    let s = noncharacters_replaced(s);
    // Shown before escaping: the escape writes a CR as `&#13;`, which a CAT
    // tool decodes back into one.
    let shown = quick_xml::escape::escape(crate::render::visible::visible(&s)).into_owned();
    w.write_event(Event::Text(BytesText::from_escaped(shown)))
        .expect("writing to memory");
}

fn element(w: &mut W, name: &str, attrs: &[(&str, &str)], content: &str) {
    start(w, name, attrs);
    text(w, content);
    end(w, name);
}

/// Inline content: text, with emphasis as `bpt`/`ept` pairs.
fn inline(w: &mut W, source: &str) {
    for piece in pieces(source) {
        match piece {
            Piece::Text(s) => text(w, s),
            Piece::Open { id, code, ctype } => element(w, "bpt", &[("id", &id.to_string()), ("ctype", ctype)], code),
            Piece::Close { id, code } => element(w, "ept", &[("id", &id.to_string())], code),
        }
    }
}

/// Inline content with the brackets of words not agreed as placeholders,
/// `<ph id="B1-open">[</ph>` … `<ph id="B1-close">]</ph>`: every CAT tool
/// keeps a `ph` as a locked tag that the translator places but cannot edit,
/// and its QA reports one left out; the import refuses a translation that
/// lost one (see the import). Two standalone codes rather than a
/// `bpt`/`ept` pair, because the bracket's ends are what must survive: a
/// translator may need to put the translated words in another order, and
/// the ids name the bracket. Emphasis that crosses a bracket's end is
/// written as its plain characters.
fn bracketed(w: &mut W, source: &str, brackets: &[(String, usize, usize)]) {
    let mut at = 0;
    for (id, start, end) in brackets {
        if *start < at || *end > source.len() || start > end {
            continue;
        }
        if *start > at {
            inline(w, &source[at..*start]);
        }
        element(w, "ph", &[("id", &format!("{id}-open")), ("ctype", "x-bracket")], "[");
        inline(w, &source[*start..*end]);
        element(w, "ph", &[("id", &format!("{id}-close")), ("ctype", "x-bracket")], "]");
        at = *end;
    }
    if at < source.len() || at == 0 {
        inline(w, &source[at..]);
    }
}

/// The file as XLIFF 1.2, UTF-8. Same input, same bytes.
pub fn write(file: &Xliff, tool_version: &str) -> String {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .expect("writing to memory");
    text(&mut w, "\n");
    start(&mut w, "xliff", &[("version", "1.2"), ("xmlns", NAMESPACE)]);
    text(&mut w, "\n  ");
    start(
        &mut w,
        "file",
        &[
            ("original", &file.original),
            ("source-language", &file.source_lang),
            ("target-language", &file.target_lang),
            ("datatype", "plaintext"),
        ],
    );
    text(&mut w, "\n    ");
    start(&mut w, "header", &[]);
    let tool = BytesStart::new("tool").with_attributes([
        ("tool-id", "plenary"),
        ("tool-name", "plenary"),
        ("tool-version", tool_version),
    ]);
    w.write_event(Event::Empty(tool)).expect("writing to memory");
    end(&mut w, "header");
    text(&mut w, "\n    ");
    start(&mut w, "body", &[]);
    for unit in &file.units {
        text(&mut w, "\n      ");
        let mut attrs = vec![
            ("id", unit.id.as_str()),
            ("resname", unit.id.as_str()),
            ("xml:space", "preserve"),
        ];
        if unit.approved {
            attrs.push(("approved", "yes"));
        }
        start(&mut w, "trans-unit", &attrs);
        text(&mut w, "\n        ");
        start(&mut w, "source", &[]);
        bracketed(&mut w, &unit.source, &unit.brackets);
        end(&mut w, "source");
        if let Some(target) = &unit.target {
            text(&mut w, "\n        ");
            match &unit.state {
                Some(state) => start(&mut w, "target", &[("state", state)]),
                None => start(&mut w, "target", &[]),
            }
            inline(&mut w, target);
            end(&mut w, "target");
        }
        if let Some(fp) = &unit.fingerprint {
            text(&mut w, "\n        ");
            start(
                &mut w,
                "context-group",
                &[("name", "plenary"), ("purpose", "information")],
            );
            element(&mut w, "context", &[("context-type", FINGERPRINT_CONTEXT)], fp);
            end(&mut w, "context-group");
        }
        for note in &unit.notes {
            text(&mut w, "\n        ");
            element(&mut w, "note", &[("from", "plenary")], note);
        }
        text(&mut w, "\n      ");
        end(&mut w, "trans-unit");
    }
    text(&mut w, "\n    ");
    end(&mut w, "body");
    text(&mut w, "\n  ");
    end(&mut w, "file");
    text(&mut w, "\n");
    end(&mut w, "xliff");
    text(&mut w, "\n");
    String::from_utf8(w.into_inner()).expect("quick-xml writes UTF-8")
}

/// 1-based line and column of a byte offset.
fn place(xml: &str, offset: u64) -> (usize, usize) {
    let offset = (offset as usize).min(xml.len());
    let mut offset = offset;
    while !xml.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &xml[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Where the text being read goes.
#[derive(Clone, Copy, PartialEq)]
enum Collect {
    Nothing,
    Source,
    Target,
    Fingerprint,
    Note,
}

/// Reads an XLIFF 1.2 file. Only the structure plenary needs is looked at;
/// anything else a tool adds (alt-trans, its own attributes) is left alone.
pub fn read(xml: &str) -> Result<Xliff, ReadError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let fail = |reader: &Reader<&[u8]>, msg: Msg| {
        let (line, column) = place(xml, reader.buffer_position());
        ReadError { line, column, msg }
    };
    let mut file = Xliff::default();
    let mut seen_xliff = false;
    let mut files = 0usize;
    let mut stack: Vec<String> = Vec::new();
    let mut unit: Option<Unit> = None;
    let mut into = Collect::Nothing;
    let mut buffer = String::new();
    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let (line, column) = place(xml, reader.error_position());
                return Err(ReadError {
                    line,
                    column,
                    msg: msg!("xliff-not-well-formed", reason = e.to_string()),
                });
            }
        };
        match event {
            Event::DocType(_) => return Err(fail(&reader, msg!("xliff-doctype"))),
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.local_name().as_ref().to_string();
                let attr = |key: &str| -> Result<Option<String>, ReadError> {
                    for a in e.attributes() {
                        let a =
                            a.map_err(|err| fail(&reader, msg!("xliff-not-well-formed", reason = err.to_string())))?;
                        if a.key.local_name().as_ref() == key {
                            let v = a
                                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .map_err(|err| fail(&reader, msg!("xliff-entity", reason = err.to_string())))?;
                            return Ok(Some(v.into_owned()));
                        }
                    }
                    Ok(None)
                };
                let in_alt = stack.iter().any(|s| s == "alt-trans");
                match name.as_str() {
                    "xliff" if stack.is_empty() => {
                        let version = attr("version")?.unwrap_or_default();
                        if version != "1.2" {
                            return Err(fail(&reader, msg!("xliff-version", version = version)));
                        }
                        seen_xliff = true;
                    }
                    _ if stack.is_empty() => {
                        return Err(fail(&reader, msg!("xliff-not-xliff", element = name.clone())));
                    }
                    "file" => {
                        files += 1;
                        let source = attr("source-language")?.unwrap_or_default();
                        let target = attr("target-language")?.unwrap_or_default();
                        if target.is_empty() {
                            return Err(fail(&reader, msg!("xliff-no-target-language")));
                        }
                        if files > 1 && (source != file.source_lang || target != file.target_lang) {
                            return Err(fail(&reader, msg!("xliff-mixed-languages")));
                        }
                        file.source_lang = source;
                        file.target_lang = target;
                        file.original = attr("original")?.unwrap_or_default();
                    }
                    "trans-unit" if !in_alt => {
                        let Some(id) = attr("id")? else {
                            return Err(fail(&reader, msg!("xliff-unit-without-id")));
                        };
                        unit = Some(Unit {
                            id,
                            approved: attr("approved")?.as_deref() == Some("yes"),
                            ..Unit::default()
                        });
                    }
                    "source" if unit.is_some() && !in_alt && into == Collect::Nothing => {
                        into = Collect::Source;
                        buffer.clear();
                    }
                    "target" if unit.is_some() && !in_alt && into == Collect::Nothing => {
                        into = Collect::Target;
                        buffer.clear();
                        if let Some(u) = unit.as_mut() {
                            u.state = attr("state")?;
                        }
                    }
                    "ph" if into == Collect::Target => {
                        if let (Some(id), Some(u)) = (attr("id")?, unit.as_mut()) {
                            u.target_codes.push(id);
                        }
                    }
                    "note" if unit.is_some() && !in_alt && into == Collect::Nothing => {
                        into = Collect::Note;
                        buffer.clear();
                    }
                    "context" if unit.is_some() && attr("context-type")?.as_deref() == Some(FINGERPRINT_CONTEXT) => {
                        into = Collect::Fingerprint;
                        buffer.clear();
                    }
                    _ => {}
                }
                if empty {
                    // An empty element ends here: `<target/>` is an empty translation.
                    close(&name, &mut unit, &mut into, &mut buffer, &mut file);
                } else {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                let name = stack.pop().unwrap_or_default();
                close(&name, &mut unit, &mut into, &mut buffer, &mut file);
            }
            Event::Text(t) => {
                if into != Collect::Nothing {
                    buffer.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if into != Collect::Nothing {
                    buffer.push_str(&t);
                }
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    Ok(None) => match quick_xml::escape::resolve_predefined_entity(&r) {
                        Some(s) => s.chars().next().unwrap_or('\u{FFFD}'),
                        None => {
                            let name = r.to_string();
                            return Err(fail(&reader, msg!("xliff-entity", reason = format!("&{name};"))));
                        }
                    },
                    Err(e) => return Err(fail(&reader, msg!("xliff-entity", reason = e.to_string()))),
                };
                if into != Collect::Nothing {
                    buffer.push(c);
                }
            }
            Event::Eof => {
                // quick-xml ends quietly in an open element: a file cut short
                // (a broken transfer) must not pass for a shorter one.
                if let Some(open) = stack.last() {
                    let (line, column) = place(xml, reader.buffer_position());
                    let reason = format!("the file ends inside <{open}>");
                    return Err(ReadError {
                        line,
                        column,
                        msg: msg!("xliff-not-well-formed", reason = reason),
                    });
                }
                break;
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if !seen_xliff || files == 0 {
        return Err(ReadError {
            line: 1,
            column: 1,
            msg: msg!("xliff-not-xliff", element = stack.first().cloned().unwrap_or_default()),
        });
    }
    Ok(file)
}

/// Ends an element: a finished source, target, fingerprint or unit is kept.
fn close(name: &str, unit: &mut Option<Unit>, into: &mut Collect, buffer: &mut String, file: &mut Xliff) {
    match (name, *into) {
        ("source", Collect::Source) => {
            if let Some(u) = unit.as_mut() {
                u.source = std::mem::take(buffer);
            }
            *into = Collect::Nothing;
        }
        ("target", Collect::Target) => {
            if let Some(u) = unit.as_mut() {
                u.target = Some(std::mem::take(buffer));
            }
            *into = Collect::Nothing;
        }
        ("context", Collect::Fingerprint) => {
            if let Some(u) = unit.as_mut() {
                u.fingerprint = Some(buffer.trim().to_string());
            }
            buffer.clear();
            *into = Collect::Nothing;
        }
        ("note", Collect::Note) => {
            if let Some(u) = unit.as_mut() {
                u.notes.push(std::mem::take(buffer));
            }
            *into = Collect::Nothing;
        }
        ("trans-unit", Collect::Nothing) => {
            if let Some(u) = unit.take() {
                file.units.push(u);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Xliff {
        Xliff {
            original: "windhoek.toml".into(),
            source_lang: "en".into(),
            target_lang: "fr".into(),
            units: vec![
                Unit {
                    id: "KP/2009/IS/3".into(),
                    source: "The Plenary *welcomed* the **report** & <thanked> ~~nobody~~.".into(),
                    target: Some("La Plénière a *salué* le rapport".into()),
                    state: Some("translated".into()),
                    fingerprint: Some("0123456789abcdef".into()),
                    notes: vec!["Item 4 — decision".into()],
                    ..Unit::default()
                },
                Unit {
                    id: "P1".into(),
                    source: "Plain 2 * 3 text_with_underscores".into(),
                    ..Unit::default()
                },
            ],
        }
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let file = sample();
        let xml = write(&file, "0.1.0");
        assert!(
            xml.contains("<bpt id=\"1\" ctype=\"italic\">*</bpt>welcomed<ept id=\"1\">*</ept>"),
            "{xml}"
        );
        assert!(xml.contains("<bpt id=\"2\" ctype=\"bold\">**</bpt>"), "{xml}");
        assert!(xml.contains("&amp; &lt;thanked&gt;"), "{xml}");
        assert!(xml.contains("<note from=\"plenary\">Item 4 — decision</note>"), "{xml}");
        assert_eq!(read(&xml).unwrap(), file);
    }

    #[test]
    fn no_control_or_format_character_is_written_raw() {
        let mut file = sample();
        file.original = "w\u{202e}.toml".into();
        file.units[0].source =
            "The *Plenary*\u{9b}31m \u{1b}]52;c;x\u{7} \u{200b}\u{202e} می\u{200c}خواهم &#x9b;".into();
        file.units[0].notes = vec!["Item\u{85} 4".into()];
        let xml = write(&file, "0.1.0");
        let raw = xml.chars().find(|&c| crate::render::visible::is_hidden(c));
        assert_eq!(raw, None, "{xml}");
        assert!(
            xml.contains("<ept id=\"1\">*</ept>\\u{9b}31m ␛]52;c;x␇ \\u{200b}\\u{202e} می\\u{200c}خواهم &amp;#x9b;"),
            "{xml}"
        );
        assert!(xml.contains("original=\"w\\u{202e}.toml\""), "{xml}");
        assert!(xml.contains(">Item\\u{85} 4</note>"), "{xml}");
        // The joiner is a placeholder read back as such, never the joiner.
        let back = read(&xml).unwrap();
        assert!(
            back.units[0].source.contains("می\\u{200c}خواهم"),
            "{:?}",
            back.units[0].source
        );
    }

    #[test]
    fn a_file_cut_short_is_not_well_formed() {
        let xml = write(&sample(), "0.1.0");
        for cut in [xml.len() / 3, xml.len() / 2, xml.len() - 10] {
            let cut = (0..=cut).rev().find(|&i| xml.is_char_boundary(i)).unwrap();
            let e = read(&xml[..cut]).unwrap_err();
            assert_eq!(e.msg.id, "xliff-not-well-formed", "cut at {cut}");
        }
    }

    #[test]
    fn a_doctype_is_refused_before_any_entity() {
        let xml = r#"<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<xliff version="1.2"><file source-language="en" target-language="fr"><body>
<trans-unit id="P1"><source>&lol2;</source></trans-unit></body></file></xliff>"#;
        let e = read(xml).unwrap_err();
        assert_eq!(e.msg.id, "xliff-doctype");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn an_undeclared_entity_is_refused_with_its_place() {
        let xml = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>\n<trans-unit id=\"P1\"><source>a &ext; b</source></trans-unit></body></file></xliff>";
        let e = read(xml).unwrap_err();
        assert_eq!(e.msg.id, "xliff-entity");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn a_broken_file_is_not_well_formed() {
        let xml = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>\n<trans-unit id=\"P1\"><source>a</target></trans-unit>";
        assert_eq!(read(xml).unwrap_err().msg.id, "xliff-not-well-formed");
        assert_eq!(read("not xml at all").unwrap_err().msg.id, "xliff-not-xliff");
        assert_eq!(read("<html/>").unwrap_err().msg.id, "xliff-not-xliff");
    }

    #[test]
    fn alternative_translations_are_not_the_target() {
        let xml = r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" original="m"><body>
<trans-unit id="P1"><source>One</source><target state="final">Un</target>
<alt-trans><source>One</source><target>Une</target></alt-trans></trans-unit></body></file></xliff>"#;
        let file = read(xml).unwrap();
        assert_eq!(file.units.len(), 1);
        assert_eq!(file.units[0].target.as_deref(), Some("Un"));
        assert!(file.units[0].is_final());
    }

    #[test]
    fn plain_text_is_one_piece() {
        assert_eq!(pieces("2 * 3 = 6"), vec![Piece::Text("2 * 3 = 6")]);
        assert_eq!(pieces("snake_case_name"), vec![Piece::Text("snake_case_name")]);
    }
}
