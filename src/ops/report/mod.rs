//! `wegwijzer report`: the numbers an advice office publishes, per Dutch school year (1 August up
//! to 1 August, UTC). Conversations come from `counts` (no chat ids, kept after retention),
//! adviser work from `tickets`.
//!
//! The figures are collected here ([`Report::build`]); [`tables`] lays them out as the tables a
//! manager reads (text and CSV from the same tables), [`chart`] draws them (SVG, and PNG with
//! the fonts embedded). Under `publish`, every count under 5 reads "<5" (see [`Labels`]).

pub mod chart;
pub mod tables;

use std::collections::BTreeMap;

use crate::core::calendar;
use crate::core::catalog::Catalog;
use crate::core::config::Config;
use crate::core::ids::{BackAtSchool, CountEvent, SupportNeed, TicketStatus};
use crate::core::office::Hours;
use crate::core::queue::Priority;
use crate::store::{self, Store, Ticket};
use anyhow::{Context, Result, bail};
use serde::Serialize;

/// The figures of every school year asked for.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// One section per school year, oldest first.
    pub years: Vec<YearReport>,
    /// Names in Dutch and the office's outcomes and hours.
    #[serde(skip)]
    pub labels: Labels,
}

/// One school year's figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct YearReport {
    /// "2024/2025".
    pub year: String,
    /// Conversations, each counted once.
    pub conversations: i64,
    /// Per topic (flow id; "urgent" is a crisis outside any flow).
    pub topics: BTreeMap<String, TopicCounts>,
    /// Over all topics.
    pub totals: TopicCounts,
    /// Conversations per language, counted under the language each conversation ended in.
    pub languages: BTreeMap<String, i64>,
    /// Children at home without school.
    pub at_home: AtHome,
    /// The support need behind an absence, as parents named it, in the seed's categories
    /// (`SupportNeed` names; "anders_onbekend" includes the parents who would rather not say).
    pub needs: BTreeMap<String, i64>,
    /// Conversations that got the crisis answer.
    pub crisis: Crisis,
    /// Escalations per priority ("urgent", "high", "normal"; all three always present).
    pub escalations: BTreeMap<String, i64>,
    /// Tickets created in the school year.
    pub tickets: i64,
    /// Tickets closed in the school year, per outcome: the office's outcomes first, in its
    /// order (zeros included), then any other outcome found.
    pub outcomes: Vec<(String, i64)>,
    /// Time to the first adviser response, in clock time.
    pub first_response: FirstResponse,
    /// The same in office hours (only the time the office was open counts), when hours are set.
    pub first_response_open: Option<FirstResponse>,
    /// Answers to the follow-up 4 weeks after an answer or a closed ticket ("is your child back
    /// at school?"), per topic: the figure an office reports to its funders.
    pub back_at_school: BTreeMap<String, BackAtSchoolCounts>,
}

/// Follow-up answers of one topic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BackAtSchoolCounts {
    /// Back at school.
    pub yes: i64,
    /// Partly (some hours or days).
    pub partly: i64,
    /// Not back.
    pub no: i64,
    /// Would rather not say.
    pub unsaid: i64,
}

/// Conversations of one topic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TopicCounts {
    /// Flows started.
    pub started: i64,
    /// Answers reached.
    pub answered: i64,
    /// Passed to an adviser.
    pub escalated: i64,
}

/// Conversations about a child at home without school: the home-without-school topic, or more
/// than 4 weeks at home in any flow (the Amsterdam office's "thuiszitter dossiers").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AtHome {
    /// Such conversations.
    pub conversations: i64,
    /// Of those, how many went to an adviser.
    pub tickets: i64,
}

/// Crisis conversations: the parent was given 112, 113 and Veilig Thuis at once and the
/// advisers were alerted.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Crisis {
    /// Conversations that got the crisis answer.
    pub conversations: i64,
    /// Per kind ("self_harm", "violence", "abuse", "other").
    pub kinds: BTreeMap<String, i64>,
    /// Urgent questions to the advisers (crises, and parents who asked for urgent help).
    pub urgent_tickets: i64,
}

/// Time from a ticket's creation to an adviser's first reply, over tickets created in the year.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FirstResponse {
    /// Tickets an adviser answered.
    pub responded: i64,
    /// Median minutes to the first response.
    pub median_minutes: Option<f64>,
    /// 90th percentile, in minutes.
    pub p90_minutes: Option<f64>,
    /// Not closed and no reply yet.
    pub waiting: i64,
}

/// Outcome label for a closed ticket without one.
pub const NO_OUTCOME: &str = "(geen uitkomst)";
/// Topic of a crisis outside any flow.
pub const CRISIS_TOPIC: &str = "urgent";
/// The seed's support-need categories, in its order.
pub const NEEDS: [SupportNeed; 7] = [
    SupportNeed::Physical,
    SupportNeed::Behaviour,
    SupportNeed::Autism,
    SupportNeed::Learning,
    SupportNeed::Anxiety,
    SupportNeed::Gifted,
    SupportNeed::Other,
];

/// What the report needs besides the counts: Dutch names for topics and languages, the office's
/// outcomes and hours, and whether it is for publication.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    topics: BTreeMap<String, String>,
    languages: BTreeMap<String, String>,
    /// The office's outcomes, in its order.
    pub outcomes: Vec<String>,
    /// The office hours (response times are also given in open time when set).
    pub hours: Hours,
    /// For publication: every count under 5 reads "<5", so a small office cannot identify a
    /// family.
    pub publish: bool,
}

impl Labels {
    /// Topic titles and language names in Dutch from the catalogue; outcomes and hours from the
    /// office's settings.
    pub fn new(catalog: &Catalog, config: &Config, publish: bool) -> Labels {
        let nl = |id: &str| catalog.locales.text("nl", id, &[]);
        Labels {
            topics: catalog.flows.iter().map(|(id, f)| (id.clone(), nl(&f.title))).collect(),
            languages: catalog
                .locales
                .codes()
                .map(|c| (c.to_string(), catalog.locales.text(c, "language-name-nl", &[])))
                .collect(),
            outcomes: config.outcomes.clone(),
            hours: config.hours.clone(),
            publish,
        }
    }

    /// A topic's Dutch title (the id when the catalogue has no such flow any more).
    pub fn topic(&self, id: &str) -> String {
        match self.topics.get(id) {
            Some(t) => t.clone(),
            None if id == CRISIS_TOPIC => "Crisis buiten een onderwerp".into(),
            None => id.to_string(),
        }
    }

    /// A language's Dutch name ("Arabisch"; the code when unknown).
    pub fn language(&self, code: &str) -> String {
        self.languages.get(code).cloned().unwrap_or_else(|| code.to_string())
    }

    /// A count as it may be shown: "<5" under publication when below 5.
    pub fn count(&self, n: i64) -> String {
        if self.publish && n < 5 { "<5".into() } else { n.to_string() }
    }
}

/// A support need's Dutch name, as in the seed.
pub fn need_nl(n: SupportNeed) -> &'static str {
    match n {
        SupportNeed::Physical => "fysiek/ziekte",
        SupportNeed::Behaviour => "gedrag/adhd",
        SupportNeed::Autism => "autisme/ass",
        SupportNeed::Learning => "leerprobleem",
        SupportNeed::Anxiety => "psychisch/angst",
        SupportNeed::Gifted => "hoogbegaafd",
        SupportNeed::Other | SupportNeed::Skipped => "anders/onbekend",
    }
}

/// A crisis kind's Dutch name.
pub fn crisis_nl(kind: &str) -> &str {
    match kind {
        "self_harm" => "zelfdoding of zelfbeschadiging",
        "violence" => "geweld of dreiging thuis",
        "abuse" => "misbruik of mishandeling",
        "other" => "spoed zonder herkende soort",
        k => k,
    }
}

/// A school year being collected; `waits` are first-response times in seconds, clock and open.
#[derive(Default)]
struct Acc {
    report: YearReport,
    waits: Vec<i64>,
    open_waits: Vec<i64>,
}

impl Report {
    /// `year` is "2024/2025"; None reports every school year present.
    pub async fn build(store: &Store, year: Option<&str>, labels: Labels) -> Result<Report> {
        let start = year.map(parse_year).transpose()?;
        let mut years: BTreeMap<i64, Acc> = BTreeMap::new();
        if let Some(y) = start {
            years.entry(y).or_default();
        }
        add_counts(store, start, &mut years).await?;
        add_tickets(store, start, &labels.hours, &mut years).await?;
        // Tickets fetched for their closing time may belong to other years by creation.
        if let Some(y) = start {
            years.retain(|k, _| *k == y);
        }
        let timed = !labels.hours.always_open();
        Ok(Report {
            years: years.into_iter().map(|(y, acc)| acc.finish(y, &labels.outcomes, timed)).collect(),
            labels,
        })
    }

    /// One year's figures by label ("2024/2025").
    pub fn year(&self, label: &str) -> Option<&YearReport> {
        self.years.iter().find(|y| y.year == label)
    }

    /// The figures as JSON (counts unmasked: JSON is for the office's own tools).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The year before `year` in this report, if present.
    pub fn previous(&self, year: &YearReport) -> Option<&YearReport> {
        let i = self.years.iter().position(|y| y.year == year.year)?;
        i.checked_sub(1).map(|p| &self.years[p])
    }
}

impl YearReport {
    /// Topics by conversations started, most first, then by name.
    pub fn topics_by_started(&self) -> Vec<(&str, TopicCounts)> {
        let mut v: Vec<(&str, TopicCounts)> = self.topics.iter().map(|(k, c)| (k.as_str(), *c)).collect();
        v.sort_by(|a, b| b.1.started.cmp(&a.1.started).then(a.0.cmp(b.0)));
        v
    }

    /// Escalations per priority, most pressing first.
    pub fn priorities(&self) -> Vec<(&str, i64)> {
        let rank = |p: &str| Priority::ALL.iter().position(|q| q.as_str() == p).unwrap_or(Priority::ALL.len());
        let mut v: Vec<(&str, i64)> = self.escalations.iter().map(|(k, n)| (k.as_str(), *n)).collect();
        v.sort_by_key(|(p, _)| rank(p));
        v
    }
}

impl Acc {
    fn add_count(&mut self, topic: &str, lang: &str, event: CountEvent, n: i64) {
        let r = &mut self.report;
        match event {
            CountEvent::Started => {
                r.topics.entry(topic.into()).or_default().started += n;
                r.totals.started += n;
            }
            CountEvent::Answered => {
                r.topics.entry(topic.into()).or_default().answered += n;
                r.totals.answered += n;
            }
            CountEvent::Escalated(priority) => {
                r.topics.entry(topic.into()).or_default().escalated += n;
                r.totals.escalated += n;
                *r.escalations.entry(priority.as_str().into()).or_default() += n;
                if priority == Priority::Urgent {
                    r.crisis.urgent_tickets += n;
                }
            }
            CountEvent::Need(need) => {
                let key = match need {
                    SupportNeed::Skipped => SupportNeed::Other,
                    n => n,
                };
                *r.needs.entry(key.as_str().into()).or_default() += n;
            }
            CountEvent::Conversation => {
                r.conversations += n;
                *r.languages.entry(lang.into()).or_default() += n;
            }
            CountEvent::AtHome => r.at_home.conversations += n,
            CountEvent::AtHomeTicket => r.at_home.tickets += n,
            CountEvent::Crisis(kind) => {
                r.crisis.conversations += n;
                let kind = kind.map_or("other", |k| k.as_str());
                *r.crisis.kinds.entry(kind.into()).or_default() += n;
            }
            CountEvent::BackAtSchool(answer) => {
                let b = r.back_at_school.entry(topic.into()).or_default();
                *match answer {
                    BackAtSchool::Yes => &mut b.yes,
                    BackAtSchool::Partly => &mut b.partly,
                    BackAtSchool::No => &mut b.no,
                    BackAtSchool::Unsaid => &mut b.unsaid,
                } += n;
            }
        }
    }

    fn finish(mut self, start: i64, outcomes: &[String], timed: bool) -> YearReport {
        let mut r = self.report;
        r.year = label(start);
        for p in Priority::ALL {
            r.escalations.entry(p.as_str().into()).or_default();
        }
        for n in NEEDS {
            r.needs.entry(n.as_str().into()).or_default();
        }
        // A language whose conversations all moved elsewhere is not a row.
        r.languages.retain(|_, n| *n != 0);
        // The office's outcomes in its order, then whatever else was recorded.
        let mut found = std::mem::take(&mut r.outcomes);
        let mut ordered: Vec<(String, i64)> = outcomes
            .iter()
            .map(|o| {
                let key = o.trim().to_lowercase();
                let n = found.iter().filter(|(k, _)| *k == key).map(|(_, n)| n).sum();
                found.retain(|(k, _)| *k != key);
                (o.clone(), n)
            })
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ordered.extend(found);
        r.outcomes = ordered;
        let waiting = r.first_response.waiting;
        r.first_response = response(&mut self.waits, waiting);
        r.first_response_open = timed.then(|| response(&mut self.open_waits, waiting));
        r
    }
}

fn response(waits: &mut [i64], waiting: i64) -> FirstResponse {
    waits.sort_unstable();
    let mins: Vec<f64> = waits.iter().map(|s| *s as f64 / 60.0).collect();
    FirstResponse {
        responded: mins.len() as i64,
        median_minutes: percentile(&mins, 0.5),
        p90_minutes: percentile(&mins, 0.9),
        waiting,
    }
}

/// "2024/2025" to 2024.
fn parse_year(s: &str) -> Result<i64> {
    let parsed = s.trim().split_once('/').and_then(|(a, b)| {
        let four = |x: &str| {
            (x.len() == 4 && x.bytes().all(|c| c.is_ascii_digit()))
                .then(|| x.parse::<i64>().ok())
                .flatten()
        };
        Some((four(a)?, four(b)?))
    });
    match parsed {
        Some((a, b)) if b == a + 1 => Ok(a),
        _ => bail!("--year must look like 2024/2025 (a school year runs from 1 August to 31 July), not {s:?}"),
    }
}

fn label(start: i64) -> String {
    format!("{start}/{}", start + 1)
}

/// The school year ("2024/2025") a "YYYY-MM-DD" day belongs to.
pub fn school_year_of(day: &str) -> Option<String> {
    start_of(day).map(label)
}

/// First calendar year of the school year of a "YYYY-MM-DD" day.
fn start_of(day: &str) -> Option<i64> {
    calendar::parse_day(day).map(|d| i64::from(calendar::school_year_of_date(d)))
}

fn start_of_time(t: i64) -> i64 {
    i64::from(calendar::school_year_of(t))
}

fn august_first(y: i64) -> i64 {
    calendar::august_first(y as i32)
}

async fn add_counts(store: &Store, start: Option<i64>, years: &mut BTreeMap<i64, Acc>) -> Result<()> {
    // Days compare as text; None spans every possible day.
    let (from, to) = match start {
        Some(y) => (format!("{y:04}-08-01"), format!("{:04}-08-01", y + 1)),
        None => ("0000-00-00".to_string(), "9999-99-99".to_string()),
    };
    let rows = store::counts::between(&mut *store.conn().await?, &from, &to)
        .await
        .context("cannot read the statistics (counts)")?;
    for ((day, topic, lang, event), n) in rows {
        let y = start_of(&day).with_context(|| format!("counts has a day that is not YYYY-MM-DD: {day:?}"))?;
        years.entry(y).or_default().add_count(&topic, &lang, event, n);
    }
    Ok(())
}

async fn add_tickets(store: &Store, start: Option<i64>, hours: &Hours, years: &mut BTreeMap<i64, Acc>) -> Result<()> {
    let (from, to) = match start {
        Some(y) => (august_first(y), august_first(y + 1)),
        None => (i64::MIN, i64::MAX),
    };
    let tickets = store::tickets::created_or_closed_between(&mut *store.conn().await?, from, to)
        .await
        .context("cannot read the tickets")?;
    for t in &tickets {
        add_ticket(t, hours, years);
    }
    Ok(())
}

/// Response time counts in the year the ticket was created, the outcome in the year it closed.
fn add_ticket(t: &Ticket, hours: &Hours, years: &mut BTreeMap<i64, Acc>) {
    let acc = years.entry(start_of_time(t.created_at)).or_default();
    acc.report.tickets += 1;
    match t.first_response_at {
        // A clock step backwards must not make a negative wait.
        Some(f) => {
            acc.waits.push((f - t.created_at).max(0));
            acc.open_waits.push(hours.open_seconds_between(t.created_at, f));
        }
        None if t.status != TicketStatus::Closed => acc.report.first_response.waiting += 1,
        None => {}
    }
    if let (Some(at), TicketStatus::Closed) = (t.closed_at, t.status) {
        let key = t.outcome.as_ref().map(|o| o.trim().to_lowercase()).filter(|o| !o.is_empty());
        let acc = years.entry(start_of_time(at)).or_default();
        let key = key.unwrap_or_else(|| NO_OUTCOME.into());
        match acc.report.outcomes.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => acc.report.outcomes.push((key, 1)),
        }
    }
}

/// Linear interpolation between closest ranks (spreadsheets' PERCENTILE.INC), one decimal.
fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(last);
    let v = sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]);
    Some((v * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_years_start_on_the_first_of_august() {
        assert_eq!(august_first(2024), 1_722_470_400);
        assert_eq!(calendar::day_of(august_first(2025)), "2025-08-01");
        assert_eq!(school_year_of("2024-07-31").as_deref(), Some("2023/2024"));
        assert_eq!(school_year_of("2024-08-01").as_deref(), Some("2024/2025"));
        assert_eq!(start_of_time(august_first(2024) - 1), 2023);
    }

    #[test]
    fn percentiles_interpolate() {
        assert_eq!(percentile(&[10.0, 20.0, 30.0, 60.0], 0.5), Some(25.0));
        assert_eq!(percentile(&[10.0, 20.0, 30.0, 60.0], 0.9), Some(51.0));
        assert_eq!(percentile(&[7.0], 0.9), Some(7.0));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn small_counts_are_masked_only_for_publication() {
        let mut l = Labels::default();
        assert_eq!((l.count(0), l.count(4), l.count(5)), ("0".into(), "4".into(), "5".into()));
        l.publish = true;
        assert_eq!((l.count(0), l.count(4), l.count(5)), ("<5".into(), "<5".into(), "5".into()));
    }

    #[test]
    fn outcomes_keep_the_offices_order_and_zeros() {
        let mut acc = Acc::default();
        acc.report.outcomes = vec![("anders".into(), 2), ("oud label".into(), 1), ("advies gegeven".into(), 3)];
        let r = acc.finish(2024, &["Advies gegeven".into(), "doorverwezen".into(), "anders".into()], false);
        assert_eq!(
            r.outcomes,
            vec![
                ("Advies gegeven".into(), 3),
                ("doorverwezen".into(), 0),
                ("anders".into(), 2),
                ("oud label".into(), 1)
            ]
        );
        assert_eq!(r.first_response_open, None);
    }
}
