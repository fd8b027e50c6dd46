//! The lines at the head of every page of the site: when it was last
//! updated and where the communique stands. The time is that of the last
//! command of the record, as recorded (in the offset of the machine that
//! recorded it), never the clock's: the same record gives the same pages.

use crate::domain::State;
use crate::domain::state::At;
use crate::msg;
use crate::render::lang::Lang;
use chrono::{Datelike, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::T;
use icu_datetime::fieldsets::zone::LocalizedOffsetShort;
use icu_datetime::input::{Date, Time, UtcOffset, ZonedDateTime};
use icu_locale_core::Locale;

/// "11:42 GMT+2", "11 h 42 UTC+2": the hour and minute of `at` with its
/// offset, as CLDR writes them in the language of `tag`.
pub fn time(tag: &str, at: &At) -> String {
    let locale: Locale = tag.parse().unwrap_or_else(|_| "en".parse().expect("en is a locale"));
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        (&locale).into(),
        T::hm().with_zone(LocalizedOffsetShort),
    )
    .expect("compiled data has times and offsets");
    let date = Date::try_new_gregorian(at.year(), at.month() as u8, at.day() as u8)
        .expect("a chrono date is a Gregorian date");
    let time = Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).expect("a chrono time is a time");
    // A recorded offset is within a day (chrono's own bound), which ICU accepts.
    let zone = UtcOffset::try_from_seconds(at.offset().local_minus_utc()).unwrap_or(UtcOffset::zero());
    formatter.format(&ZonedDateTime { date, time, zone }).to_string()
}

/// "Last updated: 23 June 2009, 11:42 GMT+2." — the time of the last
/// command of the record.
pub fn updated(l: &Lang<'_>, state: &State) -> String {
    match state.log.last() {
        Some(entry) => {
            let at = &entry.group.at;
            l.say(&msg!(
                "sitedraft-updated",
                date = l.date(at.date_naive()),
                time = time(&l.tag, at)
            ))
        }
        None => l.say(&msg!("sitedraft-never-updated")),
    }
}

/// "The communique is a draft: not yet adopted." or when it was adopted.
pub fn communique(l: &Lang<'_>, state: &State) -> String {
    match &state.core.communique_adopted {
        Some(at) => l.say(&msg!("sitedraft-communique-adopted", date = l.date(at.date_naive()))),
        None => l.say(&msg!("sitedraft-communique-draft")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_is_the_recorded_one_in_each_language() {
        let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T11:42:00+02:00").unwrap();
        for tag in ["en-GB", "fr", "pt-PT", "es", "ru"] {
            let t = time(tag, &at);
            assert!(t.contains("11") && t.contains("42"), "{tag}: {t}");
            assert!(t.contains('2'), "{tag}: the offset: {t}");
        }
        assert_ne!(time("en-GB", &at), time("fr", &at), "each language its own form");
    }
}
