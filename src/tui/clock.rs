//! Times and dates on screen in the interface language's own form (CLDR
//! through ICU4X): "13:36" or "1:36 PM", "1 déc. 2026, 13:36".

use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_locale_core::Locale;
use std::cell::RefCell;

/// The regional form the interface follows for a language: the body writes
/// British English and European Portuguese.
fn locale(lang: &str) -> Locale {
    let tag = match lang {
        "en" => "en-GB",
        "pt" => "pt-PT",
        other => other,
    };
    tag.parse()
        .unwrap_or_else(|_| "en-GB".parse().expect("en-GB is a locale"))
}

struct Formatters {
    lang: String,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
}

thread_local! {
    // Built once per language, not at every frame.
    static CACHE: RefCell<Option<Formatters>> = const { RefCell::new(None) };
}

fn with<R>(lang: &str, f: impl FnOnce(&Formatters) -> R) -> R {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.as_ref().is_none_or(|c| c.lang != lang) {
            let prefs = (&locale(lang)).into();
            *cache = Some(Formatters {
                lang: lang.to_string(),
                time: FixedCalendarDateTimeFormatter::try_new(prefs, T::hm()).expect("compiled data has times"),
                date_time: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::medium().with_time_hm())
                    .expect("compiled data has dates"),
            });
        }
        f(cache.as_ref().expect("just built"))
    })
}

fn icu(at: &DateTime<FixedOffset>) -> Option<IcuDateTime<Gregorian>> {
    let date = Date::try_new_gregorian(at.year(), at.month() as u8, at.day() as u8).ok()?;
    let time = Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).ok()?;
    Some(IcuDateTime { date, time })
}

/// The time of day, hours and minutes.
pub fn time(lang: &str, at: &DateTime<FixedOffset>) -> String {
    match icu(at) {
        Some(t) => with(lang, |f| f.time.format(&t).to_string()),
        None => at.format("%H:%M").to_string(),
    }
}

/// A date and a time, as when a decision was adopted.
pub fn date_time(lang: &str, at: &DateTime<FixedOffset>) -> String {
    match icu(at) {
        Some(t) => with(lang, |f| f.date_time.format(&t).to_string()),
        None => at.format("%Y-%m-%d %H:%M").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_own_form() {
        let at = DateTime::parse_from_rfc3339("2026-12-01T13:36:00+01:00").unwrap();
        assert_eq!(time("en", &at), "13:36");
        let fr = date_time("fr", &at);
        assert!(fr.contains("déc") && fr.contains("13:36"), "{fr}");
        let ru = date_time("ru", &at);
        assert!(ru.contains("дек") && ru.contains("13:36"), "{ru}");
    }
}
