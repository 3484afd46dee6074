//! Office hours: when advisers answer. The weekly hours, the office's own closing days and the
//! Dutch public holidays (built in), in the office's time zone. Pure: the time is passed in.

use std::collections::BTreeSet;

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};
use serde::Deserialize;

use crate::core::problem::Problem;

/// The office's settings, from `[office]` in wegwijzer.toml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OfficeFile {
    /// An IANA time zone, e.g. "Europe/Amsterdam".
    pub timezone: String,
    /// Opening hours, e.g. ["mon-thu 09:00-17:00", "fri 09:00-13:00"]. Empty: always open.
    pub hours: Vec<String>,
    /// Extra closing days of the office, "YYYY-MM-DD".
    pub closed: Vec<String>,
    /// Whether the Dutch public holidays are closing days (New Year, Easter, King's Day,
    /// Liberation Day, Ascension, Whitsun, Christmas).
    pub dutch_holidays: bool,
}

impl Default for OfficeFile {
    fn default() -> Self {
        Self {
            timezone: "Europe/Amsterdam".into(),
            hours: vec![],
            closed: vec![],
            dutch_holidays: true,
        }
    }
}

/// When the advisers answer.
#[derive(Debug, Clone)]
pub struct Hours {
    tz: TimeZone,
    /// Per weekday (Monday first), the open periods.
    week: [Vec<(Time, Time)>; 7],
    closed: BTreeSet<Date>,
    dutch_holidays: bool,
    /// No hours configured: always open.
    always: bool,
}

impl Default for Hours {
    fn default() -> Self {
        Self {
            tz: TimeZone::UTC,
            week: Default::default(),
            closed: BTreeSet::new(),
            dutch_holidays: false,
            always: true,
        }
    }
}

impl Hours {
    /// Reads the settings; problems name the key and the fix.
    pub fn parse(file: &str, o: &OfficeFile) -> Result<Self, Vec<Problem>> {
        let mut problems = vec![];
        let tz = TimeZone::get(&o.timezone).unwrap_or_else(|_| {
            problems.push(Problem::new(
                file,
                "office.timezone",
                format!("'{}' is not a time zone", o.timezone),
                "use an IANA name such as \"Europe/Amsterdam\"",
            ));
            TimeZone::UTC
        });
        let mut week: [Vec<(Time, Time)>; 7] = Default::default();
        for (i, h) in o.hours.iter().enumerate() {
            match parse_hours(h) {
                Some((days, from, to)) => {
                    for d in days {
                        week[d].push((from, to));
                    }
                }
                None => problems.push(Problem::new(
                    file,
                    format!("office.hours[{i}]"),
                    format!("'{h}' is not a day range with hours"),
                    "write e.g. \"mon-fri 09:00-17:00\" or \"sat 10:00-12:30\" (mon tue wed thu fri sat sun, 24-hour times, the end after the start)",
                )),
            }
        }
        let mut closed = BTreeSet::new();
        for (i, d) in o.closed.iter().enumerate() {
            match d.parse::<Date>() {
                Ok(d) => {
                    closed.insert(d);
                }
                Err(_) => problems.push(Problem::new(
                    file,
                    format!("office.closed[{i}]"),
                    format!("'{d}' is not a date"),
                    "write dates as YYYY-MM-DD",
                )),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Self {
            tz,
            always: o.hours.is_empty(),
            week,
            closed,
            dutch_holidays: o.dutch_holidays,
        })
    }

    /// Whether no hours are set (the office answers whenever it can).
    pub fn always_open(&self) -> bool {
        self.always
    }

    /// The office's local date and hour at `at`.
    pub fn local_date_and_hour(&self, at: i64) -> (time::Date, u8) {
        let z = self.local(at);
        let date = time::Date::from_calendar_date(
            z.year().into(),
            time::Month::try_from(z.month() as u8).unwrap_or(time::Month::January),
            z.day() as u8,
        )
        .unwrap_or_else(|_| crate::core::calendar::date_of(at));
        (date, z.hour() as u8)
    }

    fn local(&self, at: i64) -> ZonedDateTime {
        Timestamp::from_second(at)
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .to_zoned_datetime(self.tz.clone())
    }

    fn closed_on(&self, d: Date) -> bool {
        self.closed.contains(&d) || (self.dutch_holidays && is_dutch_holiday(d))
    }

    fn periods(&self, d: Date) -> &[(Time, Time)] {
        if self.closed_on(d) {
            &[]
        } else {
            &self.week[d.weekday().to_monday_zero_offset() as usize]
        }
    }

    /// Whether the office is open at `at`.
    pub fn is_open(&self, at: i64) -> bool {
        if self.always {
            return true;
        }
        let z = self.local(at);
        let t = z.time();
        self.periods(z.date()).iter().any(|(from, to)| *from <= t && t < *to)
    }

    /// The start of the next open period at or after `at` (within a year), or `at` when open.
    pub fn next_open(&self, at: i64) -> Option<i64> {
        if self.is_open(at) {
            return Some(at);
        }
        let z = self.local(at);
        let mut day = z.date();
        for _ in 0..370 {
            for (from, _) in self.periods(day) {
                let start = day
                    .to_datetime(*from)
                    .to_zoned_datetime(self.tz.clone())
                    .ok()?
                    .timestamp()
                    .as_second();
                if start > at {
                    return Some(start);
                }
            }
            day = day.tomorrow().ok()?;
        }
        None
    }

    /// `at` plus `minutes` of open time: a deadline that only runs while the office is open.
    pub fn add_open_minutes(&self, at: i64, minutes: i64) -> i64 {
        if self.always {
            return at + minutes * 60;
        }
        let mut left = minutes * 60;
        let mut now = at;
        for _ in 0..800 {
            let Some(start) = self.next_open(now) else {
                return at + minutes * 60;
            };
            let z = self.local(start);
            let t = z.time();
            let Some((_, to)) = self.periods(z.date()).iter().find(|(from, to)| *from <= t && t < *to) else {
                return at + minutes * 60;
            };
            let Ok(end) = z.date().to_datetime(*to).to_zoned_datetime(self.tz.clone()) else {
                return at + minutes * 60;
            };
            let room = end.timestamp().as_second() - start;
            if left <= room {
                return start + left;
            }
            left -= room;
            now = end.timestamp().as_second();
        }
        at + minutes * 60
    }

    /// The open time, in seconds, from `from` to `to` (all of it when no hours are set): how
    /// long a parent waited in the office's own time.
    pub fn open_seconds_between(&self, from: i64, to: i64) -> i64 {
        if self.always || to <= from {
            return (to - from).max(0);
        }
        let mut total = 0;
        let mut now = from;
        for _ in 0..800 {
            let Some(start) = self.next_open(now).filter(|s| *s < to) else {
                break;
            };
            let z = self.local(start);
            let t = z.time();
            let Some((_, close)) = self.periods(z.date()).iter().find(|(f, e)| *f <= t && t < *e) else {
                break;
            };
            let Ok(close) = z.date().to_datetime(*close).to_zoned_datetime(self.tz.clone()) else {
                break;
            };
            let end = close.timestamp().as_second().min(to);
            if end <= start {
                break;
            }
            total += end - start;
            now = end;
        }
        total
    }

    /// The local weekday (1 = Monday) and "HH:MM" of a time, for telling a parent when.
    pub fn weekday_and_time(&self, at: i64) -> (u8, String) {
        let z = self.local(at);
        (
            z.date().weekday().to_monday_one_offset() as u8,
            format!("{:02}:{:02}", z.hour(), z.minute()),
        )
    }

    /// Whether `at` and `other` fall on the same local day.
    pub fn same_day(&self, at: i64, other: i64) -> bool {
        self.local(at).date() == self.local(other).date()
    }
}

/// "mon-fri 09:00-17:00": the weekdays (Monday = 0) and the period.
fn parse_hours(s: &str) -> Option<(Vec<usize>, Time, Time)> {
    let (days, times) = s.trim().split_once(' ')?;
    let day = |d: &str| {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .position(|x| *x == d.trim())
    };
    let days: Vec<usize> = match days.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (day(a)?, day(b)?);
            if a > b {
                return None;
            }
            (a..=b).collect()
        }
        None => vec![day(days)?],
    };
    let (from, to) = times.trim().split_once('-')?;
    let (from, to): (Time, Time) = (from.trim().parse().ok()?, to.trim().parse().ok()?);
    (from < to).then_some((days, from, to))
}

/// Easter Sunday (the anonymous Gregorian algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

/// The Dutch public holidays: New Year, Easter Sunday and Monday, King's Day (27 April, or 26
/// when the 27th is a Sunday), Liberation Day (5 May), Ascension Day, Whit Sunday and Monday,
/// Christmas Day and Boxing Day.
pub fn is_dutch_holiday(d: Date) -> bool {
    let (m, day) = (d.month(), d.day());
    if matches!((m, day), (1, 1) | (5, 5) | (12, 25) | (12, 26)) {
        return true;
    }
    if m == 4 {
        let kings = Date::new(d.year(), 4, 27).ok();
        let kings = match kings {
            Some(k) if k.weekday() == Weekday::Sunday => Date::new(d.year(), 4, 26).ok(),
            other => other,
        };
        if kings == Some(d) {
            return true;
        }
    }
    let Some(e) = easter(d.year()) else { return false };
    [0, 1, 39, 49, 50]
        .iter()
        .any(|off| e.checked_add(jiff::Span::new().days(*off)).ok() == Some(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(h: &[&str]) -> Hours {
        Hours::parse(
            "t.toml",
            &OfficeFile {
                hours: h.iter().map(|s| s.to_string()).collect(),
                ..OfficeFile::default()
            },
        )
        .unwrap()
    }

    /// Unix seconds of a local Amsterdam time.
    fn ams(s: &str) -> i64 {
        s.parse::<jiff::civil::DateTime>()
            .unwrap()
            .in_tz("Europe/Amsterdam")
            .unwrap()
            .timestamp()
            .as_second()
    }

    #[test]
    fn dutch_holidays() {
        for d in [
            "2026-01-01",
            "2026-04-05",
            "2026-04-06",
            "2026-04-27",
            "2026-05-05",
            "2026-05-14",
            "2026-05-24",
            "2026-05-25",
            "2026-12-25",
            "2026-12-26",
            "2025-04-26",
        ] {
            assert!(is_dutch_holiday(d.parse().unwrap()), "{d}");
        }
        for d in ["2026-04-07", "2026-12-24", "2025-04-27"] {
            assert!(!is_dutch_holiday(d.parse().unwrap()), "{d}");
        }
    }

    #[test]
    fn open_hours_and_deadlines_in_office_time() {
        let h = hours(&["mon-fri 09:00-17:00"]);
        // Tuesday 1 December 2026
        assert!(h.is_open(ams("2026-12-01T10:00")));
        assert!(!h.is_open(ams("2026-12-01T17:00")));
        assert!(!h.is_open(ams("2026-12-05T10:00")), "Saturday");
        // Friday evening: next open is Monday 09:00
        assert_eq!(h.next_open(ams("2026-12-04T20:00")), Some(ams("2026-12-07T09:00")));
        // Christmas: Thursday 24th 16:30 + 60 open minutes -> the 25th and 26th are holidays,
        // Sunday too: Monday 28th 09:30.
        assert_eq!(h.add_open_minutes(ams("2026-12-24T16:30"), 60), ams("2026-12-28T09:30"));
        assert_eq!(h.weekday_and_time(ams("2026-12-07T09:00")), (1, "09:00".into()));
        // No hours: always open, deadlines in plain minutes.
        let always = Hours::default();
        assert!(always.is_open(0));
        assert_eq!(always.add_open_minutes(100, 15), 100 + 900);
    }

    #[test]
    fn waits_count_only_open_time() {
        let h = hours(&["mon-fri 09:00-17:00"]);
        // Friday 16:30 to Monday 09:30: half an hour on Friday, half an hour on Monday.
        assert_eq!(h.open_seconds_between(ams("2026-12-04T16:30"), ams("2026-12-07T09:30")), 3600);
        // Inside one open period, and a wait that never meets the office open.
        assert_eq!(h.open_seconds_between(ams("2026-12-01T10:00"), ams("2026-12-01T10:20")), 1200);
        assert_eq!(h.open_seconds_between(ams("2026-12-05T10:00"), ams("2026-12-05T20:00")), 0);
        // Christmas: Thursday 24th 16:30 to Monday 28th 09:30 is one open hour.
        assert_eq!(h.open_seconds_between(ams("2026-12-24T16:30"), ams("2026-12-28T09:30")), 3600);
        assert_eq!(Hours::default().open_seconds_between(100, 700), 600);
    }

    #[test]
    fn bad_settings_name_the_key() {
        let p = Hours::parse(
            "w.toml",
            &OfficeFile {
                timezone: "Mars/Olympus".into(),
                hours: vec!["maandag 9-17".into()],
                closed: vec!["24 dec".into()],
                ..OfficeFile::default()
            },
        )
        .unwrap_err();
        let places: Vec<&str> = p.iter().map(|p| p.place.as_str()).collect();
        assert_eq!(places, ["office.timezone", "office.hours[0]", "office.closed[0]"]);
    }
}
