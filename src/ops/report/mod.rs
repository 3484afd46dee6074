//! `wegwijzer report`: the numbers an advice office publishes, per Dutch school year (1 August up
//! to 1 August, UTC). Conversations come from `counts` (no chat ids, kept after retention),
//! adviser work from `tickets`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::core::calendar;
use crate::core::ids::{CountEvent, TicketStatus};
use crate::core::queue::Priority;
use crate::store::{self, Store, Ticket};
use anyhow::{Context, Result, bail};
use serde::Serialize;

/// The figures of every school year asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// One section per school year, oldest first.
    pub years: Vec<YearReport>,
}

/// One school year's figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct YearReport {
    /// "2024/2025".
    pub year: String,
    /// Per topic.
    pub topics: BTreeMap<String, TopicCounts>,
    /// Over all topics.
    pub totals: TopicCounts,
    /// Conversations started per language.
    pub languages: BTreeMap<String, i64>,
    /// Escalations per priority ("urgent", "high", "normal"; all three always present).
    pub escalations: BTreeMap<String, i64>,
    /// Tickets created in the school year.
    pub tickets: i64,
    /// Tickets closed in the school year, per outcome (trimmed, lower case).
    pub outcomes: BTreeMap<String, i64>,
    /// Time to the first adviser response.
    pub first_response: FirstResponse,
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

/// A school year being collected; `waits` are first-response times in seconds.
#[derive(Default)]
struct Acc {
    report: YearReport,
    waits: Vec<i64>,
}

impl Report {
    /// `year` is "2024/2025"; None reports every school year present.
    pub async fn build(store: &Store, year: Option<&str>) -> Result<Report> {
        let start = year.map(parse_year).transpose()?;
        let mut years: BTreeMap<i64, Acc> = BTreeMap::new();
        if let Some(y) = start {
            years.entry(y).or_default();
        }
        add_counts(store, start, &mut years).await?;
        add_tickets(store, start, &mut years).await?;
        // Tickets fetched for their closing time may belong to other years by creation.
        if let Some(y) = start {
            years.retain(|k, _| *k == y);
        }
        Ok(Report {
            years: years.into_iter().map(|(y, acc)| acc.finish(y)).collect(),
        })
    }

    /// One year's figures by label ("2024/2025").
    pub fn year(&self, label: &str) -> Option<&YearReport> {
        self.years.iter().find(|y| y.year == label)
    }

    /// The figures as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The figures as text tables, in Dutch.
    pub fn to_text(&self) -> String {
        if self.years.is_empty() {
            return "Nog geen gegevens.\n".into();
        }
        self.years.iter().map(YearReport::to_text).collect::<Vec<_>>().join("\n")
    }

    /// Horizontal bars (topic labels stay readable), one chart per school year, stacked, all on
    /// one scale so years can be compared.
    pub fn to_svg(&self) -> String {
        let max = self
            .years
            .iter()
            .flat_map(|y| y.topics.values())
            .map(|t| t.started)
            .max()
            .unwrap_or(0);
        let axis = Axis::new(max);
        let mut body = String::new();
        let mut y = 40;
        for year in &self.years {
            y = svg_year(&mut body, year, &axis, y) + 24;
        }
        if self.years.is_empty() {
            body.push_str(&svg_text(LABEL_W, y + 20, START, "Nog geen gegevens"));
            y += 40;
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SVG_W}\" height=\"{y}\" viewBox=\"0 0 {SVG_W} {y}\" \
             font-family=\"sans-serif\" font-size=\"13\" fill=\"#1a202c\" style=\"background:#fff\">\n\
             <title>Wegwijzer: gesprekken per onderwerp per schooljaar</title>\n\
             {heading}{body}</svg>\n",
            heading = svg_text(
                SVG_W / 2,
                22,
                r#"text-anchor="middle" font-size="16" font-weight="bold""#,
                "Gesprekken per onderwerp"
            ),
        )
    }
}

impl YearReport {
    /// Topics by conversations started, most first, then by name.
    pub fn topics_by_started(&self) -> Vec<(&str, TopicCounts)> {
        let mut v: Vec<(&str, TopicCounts)> = self.topics.iter().map(|(k, c)| (k.as_str(), *c)).collect();
        v.sort_by(|a, b| b.1.started.cmp(&a.1.started).then(a.0.cmp(b.0)));
        v
    }

    fn to_text(&self) -> String {
        let title = format!("Schooljaar {}", self.year);
        let mut out = format!("{title}\n{}\n\n", "=".repeat(title.chars().count()));
        out.push_str(&self.topics_table());
        out.push('\n');
        out.push_str(&table(&["Taal", "Gesprekken"], &by_count(&self.languages)));
        out.push('\n');
        let esc: Vec<Vec<String>> = self
            .priorities()
            .into_iter()
            .map(|(p, n)| vec![priority_nl(p).to_string(), n.to_string()])
            .collect();
        out.push_str(&table(&["Doorverwezen naar adviseur", "Aantal"], &esc));
        out.push('\n');
        out.push_str(&table(&["Afgesloten met uitkomst", "Aantal"], &by_count(&self.outcomes)));
        out.push('\n');
        out.push_str(&self.response_table());
        out
    }

    /// Escalations per priority, most pressing first.
    fn priorities(&self) -> Vec<(&str, i64)> {
        let rank = |p: &str| Priority::ALL.iter().position(|q| q.as_str() == p).unwrap_or(Priority::ALL.len());
        let mut v: Vec<(&str, i64)> = self.escalations.iter().map(|(k, n)| (k.as_str(), *n)).collect();
        v.sort_by_key(|(p, _)| rank(p));
        v
    }

    fn topics_table(&self) -> String {
        let mut rows: Vec<Vec<String>> = self
            .topics_by_started()
            .into_iter()
            .map(|(t, c)| {
                vec![
                    t.to_string(),
                    c.started.to_string(),
                    c.answered.to_string(),
                    c.escalated.to_string(),
                ]
            })
            .collect();
        let t = self.totals;
        rows.push(vec![
            "Totaal".into(),
            t.started.to_string(),
            t.answered.to_string(),
            t.escalated.to_string(),
        ]);
        table(&["Onderwerp", "Gestart", "Antwoord bereikt", "Doorverwezen naar adviseur"], &rows)
    }

    fn response_table(&self) -> String {
        let f = &self.first_response;
        let rows = vec![
            vec!["Ontvangen".into(), self.tickets.to_string()],
            vec!["Beantwoord".into(), f.responded.to_string()],
            vec!["Eerste reactie (mediaan)".into(), minutes(f.median_minutes)],
            vec!["Eerste reactie (90e percentiel)".into(), minutes(f.p90_minutes)],
            vec!["Wacht nog op eerste reactie".into(), f.waiting.to_string()],
        ];
        table(&["Vragen aan adviseurs", "Aantal"], &rows)
    }
}

impl Acc {
    fn add_count(&mut self, topic: &str, lang: &str, event: CountEvent, n: i64) {
        let r = &mut self.report;
        match event {
            CountEvent::Started => {
                r.topics.entry(topic.into()).or_default().started += n;
                r.totals.started += n;
                *r.languages.entry(lang.into()).or_default() += n;
            }
            CountEvent::Answered => {
                r.topics.entry(topic.into()).or_default().answered += n;
                r.totals.answered += n;
            }
            CountEvent::Escalated(priority) => {
                r.topics.entry(topic.into()).or_default().escalated += n;
                r.totals.escalated += n;
                *r.escalations.entry(priority.as_str().into()).or_default() += n;
            }
            // Reported with the home-without-school figures (see the annual report).
            CountEvent::Need(_) => {}
        }
    }

    fn finish(mut self, start: i64) -> YearReport {
        let mut r = self.report;
        r.year = label(start);
        for p in Priority::ALL {
            r.escalations.entry(p.as_str().into()).or_default();
        }
        self.waits.sort_unstable();
        let mins: Vec<f64> = self.waits.iter().map(|s| *s as f64 / 60.0).collect();
        r.first_response.responded = mins.len() as i64;
        r.first_response.median_minutes = percentile(&mins, 0.5);
        r.first_response.p90_minutes = percentile(&mins, 0.9);
        r
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

async fn add_tickets(store: &Store, start: Option<i64>, years: &mut BTreeMap<i64, Acc>) -> Result<()> {
    let (from, to) = match start {
        Some(y) => (august_first(y), august_first(y + 1)),
        None => (i64::MIN, i64::MAX),
    };
    let tickets = store::tickets::created_or_closed_between(&mut *store.conn().await?, from, to)
        .await
        .context("cannot read the tickets")?;
    for t in &tickets {
        add_ticket(t, years);
    }
    Ok(())
}

/// Response time counts in the year the ticket was created, the outcome in the year it closed.
fn add_ticket(t: &Ticket, years: &mut BTreeMap<i64, Acc>) {
    let acc = years.entry(start_of_time(t.created_at)).or_default();
    acc.report.tickets += 1;
    match t.first_response_at {
        // A clock step backwards must not make a negative wait.
        Some(f) => acc.waits.push((f - t.created_at).max(0)),
        None if t.status != TicketStatus::Closed => acc.report.first_response.waiting += 1,
        None => {}
    }
    if let (Some(at), TicketStatus::Closed) = (t.closed_at, t.status) {
        let key = t.outcome.as_ref().map(|o| o.trim().to_lowercase()).filter(|o| !o.is_empty());
        let acc = years.entry(start_of_time(at)).or_default();
        *acc.report.outcomes.entry(key.unwrap_or_else(|| NO_OUTCOME.into())).or_default() += 1;
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

fn minutes(m: Option<f64>) -> String {
    match m {
        Some(m) if m.fract() == 0.0 => format!("{m:.0} min"),
        Some(m) => format!("{m:.1} min").replace('.', ","),
        None => "-".into(),
    }
}

fn priority_nl(p: &str) -> &str {
    match p {
        "urgent" => "spoed",
        "high" => "hoog",
        "normal" => "normaal",
        other => other,
    }
}

/// Rows of a name -> count map, most first, then by name.
fn by_count(map: &BTreeMap<String, i64>) -> Vec<Vec<String>> {
    let mut v: Vec<(&String, &i64)> = map.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(k, n)| vec![k.clone(), n.to_string()]).collect()
}

/// Plain aligned table: first column left, the others right, a rule under the header.
fn table(head: &[&str], rows: &[Vec<String>]) -> String {
    if rows.is_empty() {
        return format!("{}\n(geen)\n", head[0]);
    }
    let head: Vec<String> = head.iter().map(|h| h.to_string()).collect();
    let widths: Vec<usize> = (0..head.len())
        .map(|i| rows.iter().chain([&head]).map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let mut out = String::new();
    for row in [&head, &rule].into_iter().chain(rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| if i == 0 { format!("{c:<w$}") } else { format!("{c:>w$}") })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

// SVG layout, in pixels.
const SVG_W: i64 = 800;
const LABEL_W: i64 = 210;
const PLOT_W: i64 = 520;
const ROW_H: i64 = 26;
const BAR_H: i64 = 18;

/// The value scale shared by all charts: a round maximum and tick step.
struct Axis {
    max: i64,
    step: i64,
}

impl Axis {
    fn new(max: i64) -> Axis {
        let raw = (max as f64 / 5.0).max(1.0);
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|f| f * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag) as i64;
        let max = ((max + step - 1) / step).max(1) * step;
        Axis { max, step }
    }

    fn x(&self, v: i64) -> i64 {
        LABEL_W + v * PLOT_W / self.max
    }
}

/// One school year's chart starting at `top`; returns the y below it.
fn svg_year(out: &mut String, year: &YearReport, axis: &Axis, top: i64) -> i64 {
    out.push_str(&svg_text(
        LABEL_W,
        top + 16,
        r#"font-weight="bold""#,
        &format!("Schooljaar {}", year.year),
    ));
    let bars: Vec<(&str, TopicCounts)> = year.topics_by_started().into_iter().filter(|(_, c)| c.started > 0).collect();
    let first = top + 28;
    if bars.is_empty() {
        out.push_str(&svg_text(LABEL_W, first + 14, START, "Geen gesprekken gestart"));
        return first + 24;
    }
    for (i, (topic, c)) in bars.iter().enumerate() {
        let y = first + i as i64 * ROW_H;
        let w = (axis.x(c.started) - LABEL_W).max(1);
        let mid = y + BAR_H / 2 + 4;
        let _ = writeln!(
            out,
            "<rect x=\"{LABEL_W}\" y=\"{y}\" width=\"{w}\" height=\"{BAR_H}\" fill=\"#2b6cb0\"/>"
        );
        out.push_str(&svg_text(LABEL_W - 8, mid, END, &shorten(topic, 24)));
        out.push_str(&svg_text(LABEL_W + w + 6, mid, START, &c.started.to_string()));
    }
    let bottom = first + bars.len() as i64 * ROW_H;
    svg_axes(out, axis, first - 4, bottom)
}

/// Axis lines, ticks with values, and both axis titles; returns the y below them.
fn svg_axes(out: &mut String, axis: &Axis, top: i64, bottom: i64) -> i64 {
    let _ = writeln!(
        out,
        "<line x1=\"{LABEL_W}\" y1=\"{top}\" x2=\"{LABEL_W}\" y2=\"{bottom}\" stroke=\"#4a5568\"/>"
    );
    let right = axis.x(axis.max);
    let _ = writeln!(
        out,
        "<line x1=\"{LABEL_W}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#4a5568\"/>"
    );
    for v in (0..=axis.max).step_by(axis.step as usize) {
        let x = axis.x(v);
        let _ = writeln!(
            out,
            "<line x1=\"{x}\" y1=\"{bottom}\" x2=\"{x}\" y2=\"{}\" stroke=\"#4a5568\"/>",
            bottom + 4
        );
        out.push_str(&svg_text(x, bottom + 17, MIDDLE, &v.to_string()));
    }
    out.push_str(&svg_text(LABEL_W + PLOT_W / 2, bottom + 36, MIDDLE, "Aantal gesprekken gestart"));
    let mid = (top + bottom) / 2;
    let _ = writeln!(
        out,
        "<text x=\"16\" y=\"{mid}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {mid})\">Onderwerp</text>"
    );
    bottom + 44
}

const START: &str = "";
const MIDDLE: &str = r#"text-anchor="middle""#;
const END: &str = r#"text-anchor="end""#;

/// A text element; `attrs` are fixed attributes from this file, `text` is escaped.
fn svg_text(x: i64, y: i64, attrs: &str, text: &str) -> String {
    format!("<text x=\"{x}\" y=\"{y}\" {attrs}>{}</text>\n", escape(text))
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    format!("{cut}…")
}

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
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
    fn axis_is_round() {
        let a = Axis::new(9);
        assert_eq!((a.max, a.step), (10, 2));
        let a = Axis::new(0);
        assert_eq!((a.max, a.step), (1, 1));
        let a = Axis::new(1234);
        assert_eq!((a.max, a.step), (1500, 500));
    }
}
