//! Words in the user's language: Fluent bundles built from `locales/`.

pub mod format;

use crate::domain::Msg;
use crate::domain::message::Arg;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The languages plenary speaks.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "pt", "es", "ru"];

/// The `.ftl` files of a language: (file name, source).
pub fn sources(lang: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    embedded::FILES
        .iter()
        .filter(move |(l, _, _)| *l == lang)
        .map(|(_, name, text)| (*name, *text))
}

pub struct Localizer {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Localizer>>,
    /// Messages whose wording fault was already said, said once each.
    reported: std::sync::Mutex<std::collections::HashSet<&'static str>>,
}

/// The bundle's language, as the number formatter learns it from Fluent's
/// memoizer (ICU's formatters are not `Sync`, so they are kept per thread).
struct Tag(String);

impl intl_memoizer::Memoizable for Tag {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Tag(lang.to_string()))
    }
}

thread_local! {
    static DECIMALS: std::cell::RefCell<std::collections::HashMap<String, icu_decimal::DecimalFormatter>> =
        Default::default();
}

/// CLDR's grouping of whole numbers in the bundle's language, through
/// icu_decimal (Fluent groups none by itself): 1,234 / 1 234 / 1 234.
fn grouped(value: &FluentValue<'_>, memo: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() > 1e15 {
        return None;
    }
    let whole = icu_decimal::input::Decimal::from(n.value as i64);
    let tag = memo.with_try_get::<Tag, _, _>((), |t| t.0.clone()).ok()?;
    DECIMALS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if !cache.contains_key(&tag) {
            let locale: icu_locale_core::Locale = tag.parse().ok()?;
            let f = icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?;
            cache.insert(tag.clone(), f);
        }
        cache.get(&tag).map(|f| f.format(&whole).to_string())
    })
}

impl Localizer {
    /// A localizer for `lang` (a bare language or a tag such as `pt-PT`);
    /// English for a language plenary does not speak.
    pub fn new(lang: &str) -> Localizer {
        let code = lang.split(['-', '_', '.']).next().unwrap_or("en").to_lowercase();
        let code = if LANGUAGES.contains(&code.as_str()) {
            code
        } else {
            "en".to_string()
        };
        let fallback = (code != "en").then(|| Box::new(Localizer::build("en", None)));
        Localizer::build(&code, fallback)
    }

    fn build(code: &str, fallback: Option<Box<Localizer>>) -> Localizer {
        // Our Portuguese is European: its plural rules differ from Brazil's
        // (0 is plural in Portugal).
        let locale = if code == "pt" { "pt-PT" } else { code };
        let id: LanguageIdentifier = locale.parse().expect("known language");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks would reach documents and terminals as stray characters.
        bundle.set_use_isolating(false);
        // Numbers grouped as CLDR says: 1,234 / 1 234 / 1 234.
        bundle.set_formatter(Some(grouped));
        for (name, text) in sources(code) {
            let resource = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, errors)| panic!("locales/{code}/{name}: {errors:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("locales/{code}/{name}: {errors:?}"));
        }
        Localizer {
            lang: code.to_string(),
            bundle,
            fallback,
            reported: Default::default(),
        }
    }

    /// The user's language from `--ui-lang`, else `LANG`, else English.
    pub fn from_env(choice: Option<&str>) -> Localizer {
        let env = std::env::var("LANG").ok();
        Localizer::new(choice.or(env.as_deref()).unwrap_or("en"))
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message in this language, falling back to English, and to its id
    /// when no language has it (a test keeps that from happening).
    pub fn format(&self, msg: &Msg) -> String {
        let Some(pattern) = self.bundle.get_message(msg.id).and_then(|m| m.value()) else {
            return match &self.fallback {
                Some(f) => f.format(msg),
                None => msg.id.to_string(),
            };
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        if !errors.is_empty() {
            // A wording fault (an argument the message does not get, a
            // message it names that does not exist) is a bug of ours: it is
            // said on standard error, never silently printed as `{$x}` alone;
            // tests/locales.rs formats every message to keep it from happening.
            let mut seen = self.reported.lock().unwrap_or_else(|e| e.into_inner());
            if seen.insert(msg.id) {
                eprintln!("plenary: wording fault in {}/{}: {errors:?}", self.lang, msg.id);
            }
        }
        text
    }

    /// The message and the Fluent errors formatting it gave (none when the
    /// wording is sound): for the tests that check every message.
    pub fn format_checked(&self, msg: &Msg) -> (String, Vec<String>) {
        let Some(pattern) = self.bundle.get_message(msg.id).and_then(|m| m.value()) else {
            return (msg.id.to_string(), vec![format!("no message {}", msg.id)]);
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        (text, errors.iter().map(|e| format!("{e:?}")).collect())
    }

    pub fn text(&self, id: &'static str) -> String {
        self.format(&Msg::new(id))
    }
}
