//! Dates, numbers and lists as each language writes them, from CLDR data
//! through ICU4X. Date ranges are Fluent patterns over these parts.

use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_collator::{CollatorBorrowed, options::CollatorOptions};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{M, MD, YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;

pub struct Formats {
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    month: FixedCalendarDateTimeFormatter<Gregorian, M>,
    decimal: DecimalFormatter,
    and_list: ListFormatter,
    collator: CollatorBorrowed<'static>,
}

impl Formats {
    /// Formats for a BCP 47 tag (`en-GB`, `pt-PT`, `ru`); English for a tag ICU cannot read.
    pub fn new(tag: &str) -> Formats {
        let locale: Locale = tag.parse().unwrap_or_else(|_| "en".parse().expect("en is a locale"));
        let prefs = (&locale).into();
        Formats {
            long_date: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long()).expect("compiled data has dates"),
            day_month: FixedCalendarDateTimeFormatter::try_new(prefs, MD::long()).expect("compiled data has dates"),
            month_year: FixedCalendarDateTimeFormatter::try_new(prefs, YM::long()).expect("compiled data has dates"),
            month: FixedCalendarDateTimeFormatter::try_new(prefs, M::long()).expect("compiled data has dates"),
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled data has numbers"),
            and_list: ListFormatter::try_new_and(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .expect("compiled data has lists"),
            collator: CollatorBorrowed::try_new((&locale).into(), CollatorOptions::default())
                .expect("compiled data has collation"),
        }
    }

    fn icu_date(d: NaiveDate) -> Date<Gregorian> {
        Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).expect("a chrono date is a Gregorian date")
    }

    /// "25 June 2009", "25 juin 2009", "25 июня 2009 г.".
    pub fn long_date(&self, d: NaiveDate) -> String {
        self.long_date.format(&Self::icu_date(d)).to_string()
    }

    /// "25 June", "25 de junho".
    pub fn day_month(&self, d: NaiveDate) -> String {
        self.day_month.format(&Self::icu_date(d)).to_string()
    }

    /// "November 2012", "novembre 2012", "ноябрь 2012 г.".
    pub fn month_year(&self, d: NaiveDate) -> String {
        self.month_year.format(&Self::icu_date(d)).to_string()
    }

    /// The month standing alone: "November", "ноябрь" (nominative).
    pub fn month(&self, d: NaiveDate) -> String {
        self.month.format(&Self::icu_date(d)).to_string()
    }

    pub fn number(&self, n: i64) -> String {
        self.decimal.format(&Decimal::from(n)).to_string()
    }

    /// Orders texts as the language's dictionaries do (CLDR collation):
    /// "Émirats" with the E's, "Ангола" before "Бразилия".
    pub fn compare(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.collator.compare(a, b)
    }

    /// "Brazil, Romania and Togo" with the language's own conjunction and commas.
    pub fn and_list(&self, items: &[String]) -> String {
        self.and_list.format_to_string(items.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn long_dates_in_each_language() {
        let d = date(2009, 6, 25);
        assert_eq!(Formats::new("en-GB").long_date(d), "25 June 2009");
        assert_eq!(Formats::new("fr").long_date(d), "25 juin 2009");
        assert_eq!(Formats::new("pt-PT").long_date(d), "25 de junho de 2009");
        assert_eq!(Formats::new("es").long_date(d), "25 de junio de 2009");
        assert_eq!(Formats::new("ru").long_date(d), "25 июня 2009\u{202f}г.");
    }

    #[test]
    fn lists_in_each_language() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let three = names(&["Brazil", "Romania", "Togo"]);
        assert_eq!(Formats::new("en-GB").and_list(&three), "Brazil, Romania and Togo");
        assert_eq!(
            Formats::new("en-GB").and_list(&names(&["Kenya", "Algeria"])),
            "Kenya and Algeria"
        );
        assert_eq!(Formats::new("en-GB").and_list(&names(&["Kenya"])), "Kenya");
        assert_eq!(
            Formats::new("fr").and_list(&names(&["Brésil", "Roumanie", "Togo"])),
            "Brésil, Roumanie et Togo"
        );
        assert_eq!(
            Formats::new("pt-PT").and_list(&names(&["Brasil", "Roménia", "Togo"])),
            "Brasil, Roménia e Togo"
        );
        assert_eq!(
            Formats::new("es").and_list(&names(&["Brasil", "Rumania", "Togo"])),
            "Brasil, Rumania y Togo"
        );
        assert_eq!(
            Formats::new("es").and_list(&names(&["Brasil", "Indonesia"])),
            "Brasil e Indonesia"
        );
        assert_eq!(
            Formats::new("ru").and_list(&names(&["Бразилия", "Румыния", "Того"])),
            "Бразилия, Румыния и Того"
        );
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(Formats::new("en-GB").number(12345), "12,345");
        assert_eq!(Formats::new("fr").number(12345), "12\u{202f}345");
        assert_eq!(Formats::new("ru").number(49), "49");
    }
}
