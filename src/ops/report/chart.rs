//! The report's charts, in Dutch: conversations per topic per school year (crises included, in
//! red) and the thuiszitter trend over the years. Written as SVG by hand (a few rectangles and
//! texts: a charting crate would bring more than it saves) and rendered to PNG by resvg with
//! the DejaVu Sans fonts embedded in the binary, so the PNG looks the same on every machine.
//! Under publication a count under 5 is drawn as a pale bar labelled "<5", never its length.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result};

use super::{Labels, Report, TopicCounts, YearReport};
use crate::core::text::escape;

/// The fonts the PNG is drawn with (DejaVu Sans, Bitstream Vera licence: fonts/LICENSE).
const FONTS: [&[u8]; 2] = [include_bytes!("fonts/DejaVuSans.ttf"), include_bytes!("fonts/DejaVuSans-Bold.ttf")];
const FAMILY: &str = "DejaVu Sans";

const BLUE: &str = "#2b6cb0";
const RED: &str = "#c53030";
const ORANGE: &str = "#dd6b20";

// Layout, in pixels.
const SVG_W: i64 = 820;
const LABEL_W: i64 = 260;
const PLOT_W: i64 = 500;
const ROW_H: i64 = 26;
const BAR_H: i64 = 18;

impl Report {
    /// Horizontal bars of conversations started per topic, one block per school year, all on
    /// one scale so years can be compared; the crisis conversations are a red bar.
    pub fn topics_svg(&self) -> String {
        let max = self
            .years
            .iter()
            .flat_map(|y| y.topics.values().map(|t| t.started).chain([y.crisis.conversations]))
            .max()
            .unwrap_or(0);
        let axis = Axis::new(max);
        let mut body = String::new();
        let mut y = 40;
        for year in &self.years {
            y = topics_year(&mut body, year, &self.labels, &axis, y) + 24;
        }
        if self.years.is_empty() {
            body.push_str(&text(LABEL_W, y + 20, START, "Nog geen gegevens"));
            y += 40;
        }
        svg(SVG_W, y, "Gesprekken per onderwerp per schooljaar", &body)
    }

    /// Vertical bars per school year: conversations about a child at home without school, and
    /// how many of them went to an adviser.
    pub fn trend_svg(&self) -> String {
        let (w, h, top, plot_h) = (SVG_W, 420, 70, 260);
        let bottom = top + plot_h;
        let max = self
            .years
            .iter()
            .map(|y| y.at_home.conversations.max(y.at_home.tickets))
            .max()
            .unwrap_or(0);
        let axis = Axis::new(max);
        let scale = |v: i64| v * plot_h / axis.max;
        let mut body = String::new();
        legend(&mut body, 90, 48, &[(BLUE, "Gesprekken"), (ORANGE, "Naar een adviseur")]);
        let left = 90;
        let _ = writeln!(
            body,
            "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#4a5568\"/>"
        );
        let _ = writeln!(
            body,
            "<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{}\" y2=\"{bottom}\" stroke=\"#4a5568\"/>",
            w - 30
        );
        for v in (0..=axis.max).step_by(axis.step as usize) {
            let y = bottom - scale(v);
            let _ = writeln!(
                body,
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{left}\" y2=\"{y}\" stroke=\"#4a5568\"/>",
                left - 4
            );
            body.push_str(&text(left - 8, y + 4, END, &v.to_string()));
        }
        let n = self.years.len().max(1) as i64;
        let slot = (w - 30 - left) / n;
        let bar = (slot / 3).min(60);
        for (i, y) in self.years.iter().enumerate() {
            let x0 = left + i as i64 * slot + (slot - 2 * bar) / 2;
            for (j, (v, colour)) in [(y.at_home.conversations, BLUE), (y.at_home.tickets, ORANGE)]
                .into_iter()
                .enumerate()
            {
                let x = x0 + j as i64 * bar;
                let (height, label, opacity) = shown(&self.labels, v, |v| scale(v).max(1));
                let _ = writeln!(
                    body,
                    "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{height}\" fill=\"{colour}\" fill-opacity=\"{opacity}\"/>",
                    bottom - height,
                    bar - 4
                );
                body.push_str(&text(x + bar / 2 - 2, bottom - height - 6, MIDDLE, &label));
            }
            body.push_str(&text(x0 + bar, bottom + 20, MIDDLE, &y.year));
        }
        if self.years.is_empty() {
            body.push_str(&text(w / 2, top + plot_h / 2, MIDDLE, "Nog geen gegevens"));
        }
        body.push_str(&text(w / 2, bottom + 50, MIDDLE, "Schooljaar (1 augustus tot 1 augustus)"));
        svg(w, h, "Kinderen thuis zonder school per schooljaar", &body)
    }
}

/// The drawn length, label and opacity of a count: under publication a count under 5 gets a
/// fixed short pale bar and "<5".
fn shown(l: &Labels, v: i64, length: impl Fn(i64) -> i64) -> (i64, String, &'static str) {
    if l.publish && v < 5 {
        (length(1).max(6), "<5".into(), "0.35")
    } else {
        (if v == 0 { 0 } else { length(v) }, v.to_string(), "1")
    }
}

/// Renders an SVG of this module to PNG, at twice its size for sharp text.
pub fn png(svg: &str) -> Result<Vec<u8>> {
    use resvg::{tiny_skia, usvg};
    static FONTDB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    let fontdb = FONTDB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for f in FONTS {
            db.load_font_data(f.to_vec());
        }
        db.set_sans_serif_family(FAMILY);
        Arc::new(db)
    });
    let options = usvg::Options {
        font_family: FAMILY.into(),
        fontdb: fontdb.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).context("the chart is not valid SVG")?;
    let scale = 2.0;
    let size = tree.size();
    let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
    let mut pixmap = tiny_skia::Pixmap::new(w.max(1), h.max(1)).context("the chart is too large to draw")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().context("cannot encode the chart as PNG")
}

fn svg(w: i64, h: i64, title: &str, body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"{FAMILY}, sans-serif\" font-size=\"13\" fill=\"#1a202c\">\n\
         <title>Wegwijzer: {t}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n\
         {heading}{body}</svg>\n",
        t = escape(title),
        heading = text(w / 2, 24, r#"text-anchor="middle" font-size="16" font-weight="bold""#, title),
    )
}

fn legend(out: &mut String, x: i64, y: i64, items: &[(&str, &str)]) {
    let mut x = x;
    for (colour, label) in items {
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{colour}\"/>",
            y - 11
        );
        out.push_str(&text(x + 20, y, START, label));
        x += 30 + 8 * label.chars().count() as i64;
    }
}

/// The value scale shared by all blocks of a chart: a round maximum and tick step.
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

/// One school year's block of topic bars starting at `top`; returns the y below it.
fn topics_year(out: &mut String, year: &YearReport, l: &Labels, axis: &Axis, top: i64) -> i64 {
    out.push_str(&text(
        LABEL_W,
        top + 16,
        r#"font-weight="bold""#,
        &format!("Schooljaar {}", year.year),
    ));
    let mut bars: Vec<(String, i64, &str)> = year
        .topics_by_started()
        .into_iter()
        .filter(|(_, c): &(&str, TopicCounts)| c.started > 0)
        .map(|(t, c)| (l.topic(t), c.started, BLUE))
        .collect();
    if year.crisis.conversations > 0 {
        bars.push(("Crisis (112, 113, Veilig Thuis)".into(), year.crisis.conversations, RED));
    }
    let first = top + 28;
    if bars.is_empty() {
        out.push_str(&text(LABEL_W, first + 14, START, "Geen gesprekken gestart"));
        return first + 24;
    }
    for (i, (name, v, colour)) in bars.iter().enumerate() {
        let y = first + i as i64 * ROW_H;
        let (w, label, opacity) = shown(l, *v, |v| (axis.x(v) - LABEL_W).max(1));
        let mid = y + BAR_H / 2 + 4;
        let _ = writeln!(
            out,
            "<rect x=\"{LABEL_W}\" y=\"{y}\" width=\"{w}\" height=\"{BAR_H}\" fill=\"{colour}\" fill-opacity=\"{opacity}\"/>"
        );
        out.push_str(&text(LABEL_W - 8, mid, END, &shorten(name, 34)));
        out.push_str(&text(LABEL_W + w + 6, mid, START, &label));
    }
    let bottom = first + bars.len() as i64 * ROW_H;
    axes(out, axis, first - 4, bottom)
}

/// Axis lines, ticks with values, and both axis titles; returns the y below them.
fn axes(out: &mut String, axis: &Axis, top: i64, bottom: i64) -> i64 {
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
        out.push_str(&text(x, bottom + 17, MIDDLE, &v.to_string()));
    }
    out.push_str(&text(LABEL_W + PLOT_W / 2, bottom + 36, MIDDLE, "Aantal gesprekken gestart"));
    bottom + 44
}

const START: &str = "";
const MIDDLE: &str = r#"text-anchor="middle""#;
const END: &str = r#"text-anchor="end""#;

/// A text element; `attrs` are attributes written by the code (never a parent's or adviser's
/// words), `text` is escaped. The posters use it too.
pub(crate) fn text(x: i64, y: i64, attrs: &str, text: &str) -> String {
    format!("<text x=\"{x}\" y=\"{y}\" {attrs}>{}</text>\n", escape(text))
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_is_round() {
        let a = Axis::new(9);
        assert_eq!((a.max, a.step), (10, 2));
        let a = Axis::new(0);
        assert_eq!((a.max, a.step), (1, 1));
        let a = Axis::new(1234);
        assert_eq!((a.max, a.step), (1500, 500));
    }

    #[test]
    fn charts_render_to_png_with_the_embedded_fonts() {
        let r = Report {
            years: vec![],
            labels: Labels::default(),
        };
        let png = png(&r.trend_svg()).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let with_text = png.len();
        let blank = super::png(&r.trend_svg().replace("Nog geen gegevens", "")).unwrap().len();
        assert!(with_text > blank, "the text was drawn: {with_text} > {blank} bytes");
    }
}
