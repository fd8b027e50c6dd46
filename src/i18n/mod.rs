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
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    pub fn text(&self, id: &'static str) -> String {
        self.format(&Msg::new(id))
    }
}
