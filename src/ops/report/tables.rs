//! The report as tables a manager reads, in Dutch: the thuiszitter trend over the years, then
//! per school year the support needs, topics, crises, languages, escalations, outcomes and
//! response times. Text and CSV are two renderings of the same tables.

use super::{AtHome, FirstResponse, Labels, NEEDS, Report, YearReport, crisis_nl, need_nl};

/// One table: a title, a header and rows of cells (first cell names the row).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// What the table shows.
    pub title: String,
    /// Column names.
    pub head: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

/// Tables of one section: every school year together, or one.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// "2024/2025", or None for the tables over all years.
    pub year: Option<String>,
    /// Its tables.
    pub tables: Vec<Table>,
}

fn table(title: &str, head: &[&str], rows: Vec<Vec<String>>) -> Table {
    Table {
        title: title.into(),
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

impl Report {
    /// Every table: the trend over all years first, then each year's.
    pub fn sections(&self) -> Vec<Section> {
        if self.years.is_empty() {
            return vec![];
        }
        let mut out = vec![Section {
            year: None,
            tables: vec![self.trend_table()],
        }];
        out.extend(self.years.iter().map(|y| Section {
            year: Some(y.year.clone()),
            tables: y.tables(&self.labels),
        }));
        out
    }

    /// "Thuiszitters per schooljaar": the seed's first table, with the change to the year before.
    fn trend_table(&self) -> Table {
        let l = &self.labels;
        let rows = self
            .years
            .iter()
            .map(|y| {
                let change = self.previous(y).map_or("-".into(), |p| change(l, p.at_home, y.at_home));
                vec![y.year.clone(), l.count(y.at_home.conversations), change, l.count(y.at_home.tickets)]
            })
            .collect();
        table(
            "Kinderen thuis zonder school (thuiszitters) per schooljaar",
            &["Schooljaar", "Gesprekken", "Verschil met vorig jaar", "Naar een adviseur"],
            rows,
        )
    }

    /// The tables as aligned text.
    pub fn to_text(&self) -> String {
        let sections = self.sections();
        if sections.is_empty() {
            return "Nog geen gegevens.\n".into();
        }
        let mut out = String::new();
        if self.labels.publish {
            out.push_str("Voor publicatie: aantallen onder de 5 staan als <5.\n\n");
        }
        for s in &sections {
            let title = match &s.year {
                Some(y) => format!("Schooljaar {y}"),
                None => "Alle schooljaren".into(),
            };
            out.push_str(&format!("{title}\n{}\n\n", "=".repeat(title.chars().count())));
            for t in &s.tables {
                out.push_str(&t.to_text());
                out.push('\n');
            }
        }
        out
    }

    /// The tables as CSV for a spreadsheet: one line per cell (schooljaar, tabel, rij, kolom,
    /// waarde), so a pivot table can rebuild any view.
    pub fn to_csv(&self) -> anyhow::Result<String> {
        let mut w = csv::Writer::from_writer(vec![]);
        w.write_record(["schooljaar", "tabel", "rij", "kolom", "waarde"])?;
        for s in self.sections() {
            for t in &s.tables {
                for row in &t.rows {
                    let year = s.year.as_deref().unwrap_or(&row[0]);
                    for (col, cell) in t.head.iter().zip(row).skip(1) {
                        w.write_record([year, &t.title, &row[0], col, cell])?;
                    }
                }
            }
        }
        Ok(String::from_utf8(w.into_inner()?)?)
    }
}

/// "+22 (+67%)" from the year before; under publication only when both years show a number.
fn change(l: &Labels, before: AtHome, now: AtHome) -> String {
    let (a, b) = (before.conversations, now.conversations);
    if l.publish && (a < 5 || b < 5) {
        return "-".into();
    }
    let d = b - a;
    match a {
        0 => format!("{d:+}"),
        _ => format!("{d:+} ({:+.0}%)", d as f64 * 100.0 / a as f64),
    }
}

impl YearReport {
    fn tables(&self, l: &Labels) -> Vec<Table> {
        let c = |n: i64| l.count(n);
        let needs = NEEDS
            .iter()
            .map(|n| vec![need_nl(*n).to_string(), c(self.needs.get(n.as_str()).copied().unwrap_or(0))])
            .collect();
        let mut topics: Vec<Vec<String>> = self
            .topics_by_started()
            .into_iter()
            .map(|(t, n)| vec![l.topic(t), c(n.started), c(n.answered), c(n.escalated)])
            .collect();
        let t = self.totals;
        topics.push(vec!["Totaal".into(), c(t.started), c(t.answered), c(t.escalated)]);
        let mut crisis = vec![vec![
            "Gesprekken met het crisisantwoord (112, 113, Veilig Thuis)".into(),
            c(self.crisis.conversations),
        ]];
        crisis.extend(
            self.crisis
                .kinds
                .iter()
                .map(|(k, n)| vec![format!("  waarvan {}", crisis_nl(k)), c(*n)]),
        );
        crisis.push(vec!["Spoedvragen aan adviseurs".into(), c(self.crisis.urgent_tickets)]);
        let mut languages: Vec<(&String, &i64)> = self.languages.iter().collect();
        languages.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let languages = languages.into_iter().map(|(k, n)| vec![l.language(k), c(*n)]).collect();
        let priorities = self
            .priorities()
            .into_iter()
            .map(|(p, n)| vec![priority_nl(p).to_string(), c(n)])
            .collect();
        let outcomes = self.outcomes.iter().map(|(o, n)| vec![o.clone(), c(*n)]).collect();
        let mut response = vec![
            vec!["Ontvangen".into(), c(self.tickets)],
            vec!["Beantwoord".into(), c(self.first_response.responded)],
        ];
        response.extend(times(l, &self.first_response, ""));
        if let Some(open) = &self.first_response_open {
            response.extend(times(l, open, " in openingstijd"));
        }
        response.push(vec!["Wacht nog op eerste reactie".into(), c(self.first_response.waiting)]);
        let back = self
            .back_at_school
            .iter()
            .map(|(t, b)| vec![l.topic(t), c(b.yes), c(b.partly), c(b.no), c(b.unsaid)])
            .collect();
        vec![
            table(
                "Gesprekken",
                &["Gesprekken", "Aantal"],
                vec![
                    vec!["Gevoerd".into(), c(self.conversations)],
                    vec!["Kind thuis zonder school".into(), c(self.at_home.conversations)],
                    vec!["  waarvan naar een adviseur".into(), c(self.at_home.tickets)],
                ],
            ),
            table(
                "Ondersteuningsbehoefte achter het thuiszitten (genoemd door ouders)",
                &["Ondersteuningsbehoefte", "Aantal"],
                needs,
            ),
            table(
                "Onderwerpen",
                &["Onderwerp", "Gestart", "Antwoord bereikt", "Naar een adviseur"],
                topics,
            ),
            table("Crisis", &["Crisis", "Aantal"], crisis),
            table("Taal van het gesprek", &["Taal", "Gesprekken"], languages),
            table("Naar een adviseur, per prioriteit", &["Prioriteit", "Aantal"], priorities),
            table("Afgesloten met uitkomst", &["Uitkomst", "Aantal"], outcomes),
            table("Vragen aan adviseurs", &["Vragen aan adviseurs", "Aantal"], response),
            table(
                "Terug op school na 4 weken (navraag met toestemming van de ouder)",
                &["Onderwerp", "Ja", "Gedeeltelijk", "Nee", "Zegt liever niets"],
                back,
            ),
        ]
    }
}

/// Median and 90th percentile rows; under publication only over at least 5 answered tickets.
fn times(l: &Labels, f: &FirstResponse, suffix: &str) -> Vec<Vec<String>> {
    let hidden = l.publish && f.responded < 5;
    let m = |v: Option<f64>| if hidden { "-".into() } else { minutes(v) };
    vec![
        vec![format!("Eerste reactie{suffix} (mediaan)"), m(f.median_minutes)],
        vec![format!("Eerste reactie{suffix} (90e percentiel)"), m(f.p90_minutes)],
    ]
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

impl Table {
    /// Plain aligned text: the title, then the first column left, the others right, a rule
    /// under the header.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.title);
        if self.rows.is_empty() {
            out.push_str("(geen)\n");
            return out;
        }
        let widths: Vec<usize> = (0..self.head.len())
            .map(|i| {
                self.rows
                    .iter()
                    .chain([&self.head])
                    .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        for row in [&self.head, &rule].into_iter().chain(&self.rows) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_as_differences_and_percentages() {
        let l = Labels::default();
        let at = |n| AtHome {
            conversations: n,
            tickets: 0,
        };
        assert_eq!(change(&l, at(55), at(86)), "+31 (+56%)");
        assert_eq!(change(&l, at(0), at(3)), "+3");
        let p = Labels {
            publish: true,
            ..Labels::default()
        };
        assert_eq!(change(&p, at(4), at(86)), "-");
        assert_eq!(change(&p, at(29), at(33)), "+4 (+14%)");
    }
}
