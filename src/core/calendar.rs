//! Calendar maths on unix seconds, in UTC, with the `time` crate: days for the statistics and
//! Dutch school years (1 August up to 1 August) for the report.

use time::{Date, Month, OffsetDateTime};

/// "YYYY-MM-DD" of a unix time.
pub fn day_of(t: i64) -> String {
    iso(date_of(t))
}

/// The date of a unix time (times out of range clamp to the nearest representable date).
pub fn date_of(t: i64) -> Date {
    OffsetDateTime::from_unix_timestamp(t)
        .unwrap_or(if t < 0 {
            OffsetDateTime::UNIX_EPOCH
        } else {
            OffsetDateTime::now_utc()
        })
        .date()
}

/// Unix time of midnight starting `date`.
pub fn midnight(date: Date) -> i64 {
    date.midnight().assume_utc().unix_timestamp()
}

/// Unix time of 1 August of `year`, 00:00 UTC: the start of school year `year`/`year + 1`.
pub fn august_first(year: i32) -> i64 {
    Date::from_calendar_date(year, Month::August, 1).map(midnight).unwrap_or(0)
}

/// The first calendar year of the school year a date falls in (2024 for 2024/2025).
pub fn school_year_of_date(d: Date) -> i32 {
    if d.month() as u8 >= 8 { d.year() } else { d.year() - 1 }
}

/// The first calendar year of the school year a unix time falls in.
pub fn school_year_of(t: i64) -> i32 {
    school_year_of_date(date_of(t))
}

/// "YYYY-MM-DD" of a date.
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// Parses "YYYY-MM-DD".
pub fn parse_day(s: &str) -> Option<Date> {
    let mut it = s.splitn(3, '-');
    let (y, m, d) = (it.next()?.parse().ok()?, it.next()?.parse::<u8>().ok()?, it.next()?.parse().ok()?);
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_school_years_in_utc() {
        assert_eq!(day_of(0), "1970-01-01");
        assert_eq!(day_of(1_725_148_800), "2024-09-01");
        assert_eq!(day_of(1_709_164_800), "2024-02-29");
        assert_eq!(day_of(1_735_689_599), "2024-12-31");
        assert_eq!(august_first(2024), 1_722_470_400);
        assert_eq!(school_year_of(august_first(2024)), 2024);
        assert_eq!(school_year_of(august_first(2024) - 1), 2023);
        assert_eq!(parse_day("2024-02-29").map(midnight), Some(1_709_164_800));
        assert_eq!(parse_day("2023-02-29"), None);
        assert_eq!(parse_day("x"), None);
    }
}
