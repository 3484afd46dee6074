//! The inbox's pages, server-rendered with maud (escaped by default). Dutch texts come from
//! Fluent (`locales/nl/web.ftl`); every control has a label, every action is a plain form, and
//! the layout is one column on a phone.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::core::ids::{Author, TicketStatus};
use crate::core::queue::Priority;
use crate::desk::notices;
use crate::runtime::Runtime;
use crate::store::Ticket;

const STYLE: &str = "
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f6f6f4}
header{background:#24466b;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header a,header button{color:#fff;background:none;border:0;font:inherit;text-decoration:underline;cursor:pointer}
main{padding:1rem;max-width:64rem;margin:auto}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.45rem;border-bottom:1px solid #ddd;vertical-align:top}
tr.urgent{background:#fde4e4}tr.urgent td:first-child{border-left:6px solid #b00020}
tr.overdue .due{color:#b00020;font-weight:bold}
.card,.box{background:#fff;padding:.8rem;margin:.8rem 0;border:1px solid #ddd;white-space:pre-wrap}
.flash{background:#fff7d6;border:1px solid #e0c060;padding:.6rem;margin:.6rem 0}
.line{margin:.3rem 0}.parent{color:#0b4f2b}.adviser{color:#24466b}.note{color:#6b4b00;font-style:italic}
label{display:block;margin:.5rem 0 .2rem;font-weight:600}
textarea,input,select{font:inherit;width:100%;box-sizing:border-box;padding:.4rem}
button{font:inherit;padding:.45rem .9rem;margin:.3rem 0;cursor:pointer}
.warn{color:#8a4b00}.tag{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:#e8eef5}
@media(max-width:40rem){th:nth-child(6),td:nth-child(6){display:none}}
";

/// Live updates of the queue: the server says when it changed (server-sent events), the page
/// fetches the rows again; a new urgent ticket changes the title and beeps.
const QUEUE_SCRIPT: &str = r#"
(function(){
  var title = document.title, urgent = document.querySelectorAll('#queue tr.urgent').length;
  function beep(){ try { var c = new AudioContext(), o = c.createOscillator(); o.frequency.value = 880;
    o.connect(c.destination); o.start(); setTimeout(function(){ o.stop(); c.close(); }, 300); } catch (e) {} }
  function refresh(){ fetch('/queue/rows', {credentials: 'same-origin'}).then(function(r){ return r.ok ? r.text() : null; })
    .then(function(t){ if (t === null) return; document.getElementById('queue').innerHTML = t;
      var n = document.querySelectorAll('#queue tr.urgent').length;
      if (n > urgent) { document.title = '(!) ' + title; beep(); }
      if (n === 0) { document.title = title; }
      urgent = n; }); }
  new EventSource('/events').addEventListener('queue', refresh);
  setInterval(refresh, 30000);
})();
"#;

/// A page with the inbox's header.
pub fn layout(rt: &Runtime, title: &str, who: Option<(&str, &str)>, body: Markup) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    html! {
        (DOCTYPE)
        html lang="nl" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Wegwijzer" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    strong { "Wegwijzer" }
                    @if let Some((name, csrf)) = who {
                        nav aria-label=(t("web-nav")) {
                            a href="/" { (t("web-queue")) } " "
                            a href="/report" { (t("web-report")) }
                        }
                        span { (rt.desk_text("web-logged-in-as", &[("name", name.to_string())])) }
                        form method="post" action="/logout" {
                            input type="hidden" name="csrf" value=(csrf);
                            button type="submit" { (t("web-logout")) }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// The login form; `error` is shown above it.
pub fn login(rt: &Runtime, csrf: &str, error: Option<&str>) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    layout(
        rt,
        &t("web-login"),
        None,
        html! {
            h1 { (t("web-login")) }
            @if let Some(e) = error { p.flash role="alert" { (e) } }
            form method="post" action="/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="name" { (t("web-name")) }
                input id="name" name="name" autocomplete="username" required;
                label for="password" { (t("web-password")) }
                input id="password" name="password" type="password" autocomplete="current-password" required;
                button type="submit" { (t("web-login")) }
            }
            p { (t("web-login-link-hint")) }
        },
    )
}

/// The page a one-time login link opens: one button, so a link preview cannot use it up.
pub fn link(rt: &Runtime, token: &str) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    layout(
        rt,
        &t("web-login"),
        None,
        html! {
            h1 { (t("web-login")) }
            form method="post" action={ "/login/" (token) } {
                button type="submit" { (t("web-login-with-link")) }
            }
        },
    )
}

/// The queue page: the rows, updated live.
pub fn queue(rt: &Runtime, who: (&str, &str), rows: Markup) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    layout(
        rt,
        &t("web-queue"),
        Some(who),
        html! {
            h1 { (t("web-queue")) }
            table {
                caption.warn { (t("web-queue-caption")) }
                thead { tr {
                    th scope="col" { "#" } th scope="col" { (t("web-col-priority")) } th scope="col" { (t("web-col-topic")) }
                    th scope="col" { (t("web-col-lang")) } th scope="col" { (t("web-col-waiting")) } th scope="col" { (t("web-col-due")) }
                    th scope="col" { (t("web-col-holder")) }
                } }
                tbody id="queue" aria-live="polite" { (rows) }
            }
            script { (PreEscaped(QUEUE_SCRIPT)) }
        },
    )
}

/// The queue's rows: urgent first (the store's order), waiting time and the deadline.
pub fn rows(rt: &Runtime, tickets: &[Ticket], now: i64) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    html! {
        @if tickets.is_empty() { tr { td colspan="7" { (t("web-queue-empty")) } } }
        @for tk in tickets {
            @let urgent = tk.priority == Priority::Urgent;
            @let late = tk.first_response_at.is_none() && now > tk.due_at;
            @let class = match (urgent, late) { (true, true) => "urgent overdue", (true, false) => "urgent", (false, true) => "overdue", _ => "" };
            tr class=(class) {
                td { a href={ "/tickets/" (tk.id) } { "#" (tk.id) } }
                td {
                    (t(&format!("desk-priority-{}", tk.priority.as_str())))
                    @if urgent { br; span.tag { (notices::crisis_reason(rt, tk.crisis.as_deref())) } }
                }
                td { (notices::topic_title(rt, &tk.topic)) }
                td { (notices::language_name(rt, &tk.lang)) }
                td { (rt.desk_text("web-minutes", &[("n", ((now - tk.created_at) / 60).to_string())])) }
                td.due {
                    @if tk.first_response_at.is_some() { (t("web-answered")) }
                    @else if late { (rt.desk_text("web-late", &[("n", ((now - tk.due_at) / 60).to_string())])) }
                    @else { (rt.desk_text("web-due-in", &[("n", ((tk.due_at - now + 59) / 60).to_string())])) }
                }
                td { @match (&tk.status, &tk.adviser) {
                    (TicketStatus::Claimed, Some(a)) => (a),
                    _ => (t("web-open")),
                } }
            }
        }
    }
}

/// What the ticket page shows.
pub struct TicketView<'a> {
    /// The ticket.
    pub ticket: &'a Ticket,
    /// The Dutch card.
    pub card: String,
    /// The record: who wrote what, and for a reply whether it arrived.
    pub lines: Vec<(Author, String, Option<String>)>,
    /// Ready-made replies: key, Dutch text, the parent's language's text.
    pub canned: Vec<(String, String, String)>,
    /// The office's outcomes.
    pub outcomes: &'a [String],
    /// The audit log, readable.
    pub audit: Vec<String>,
    /// What the desk said about the last action.
    pub flash: Vec<String>,
    /// The parent's photos and documents.
    pub files: Vec<crate::store::files::FileInfo>,
    /// The adviser looking.
    pub me: &'a str,
}

/// One ticket: card, record, actions.
pub fn ticket(rt: &Runtime, who: (&str, &str), v: &TicketView) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    let tk = v.ticket;
    let csrf = who.1;
    let mine = tk.status == TicketStatus::Claimed && tk.adviser.as_deref() == Some(v.me);
    let lang = notices::language_name(rt, &tk.lang);
    let action = |a: &str| format!("/tickets/{}/{a}", tk.id);
    layout(
        rt,
        &format!("#{}", tk.id),
        Some(who),
        html! {
            h1 { (rt.desk_text("web-ticket", &[("id", tk.id.to_string())])) }
            @for f in &v.flash { p.flash role="status" { (f) } }
            div.card { (v.card) }
            h2 { (t("web-record")) }
            div.box {
                @if v.lines.is_empty() { p { (t("web-record-empty")) } }
                @for (author, text, delivery) in &v.lines {
                    @match author {
                        Author::Parent => p.line.parent { strong { (rt.desk_text("web-parent-wrote", &[("lang", lang.clone())])) } " " span lang=(tk.lang) dir="auto" { (text) } },
                        Author::Adviser => p.line.adviser {
                            strong { (t("web-adviser-wrote")) } " " span dir="auto" { (text) }
                            @if let Some(d) = delivery { " " small.delivery { "(" (d) ")" } }
                        },
                        Author::Note => p.line.note { strong { (t("web-note")) } " " (text) },
                        _ => p.line { (text) },
                    }
                }
            }
            @if !v.files.is_empty() {
                h2 { (t("web-files")) }
                ul id="files" {
                    @for f in &v.files {
                        li {
                            @if f.mime.starts_with("image/") {
                                a href={ "/files/" (f.id) } { img src={ "/files/" (f.id) } alt=(f.name) style="max-width:100%;max-height:24rem"; }
                            } @else {
                                a href={ "/files/" (f.id) } download=(f.name) { (f.name) }
                            }
                        }
                    }
                }
            }
            @if tk.status == TicketStatus::Closed {
                p { (rt.desk_text("web-closed", &[("outcome", tk.outcome.clone().unwrap_or_default())])) }
            } @else if !mine {
                form method="post" action=(action("take")) {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { (t("web-take")) }
                }
            } @else {
                form method="post" action=(action("reply")) {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="text" { (rt.desk_text("web-reply-label", &[("lang", lang.clone())])) }
                    @if tk.lang != "nl" { p.warn id="untranslated" { (rt.desk_text("web-untranslated", &[("lang", lang.clone())])) } }
                    textarea id="text" name="text" rows="4" required aria-describedby="untranslated" {}
                    button type="submit" { (t("web-send")) }
                }
                form method="post" action=(action("canned")) {
                    input type="hidden" name="csrf" value=(csrf);
                    fieldset {
                        legend { (rt.desk_text("web-canned", &[("lang", lang.clone())])) }
                        @for (i, (key, nl, theirs)) in v.canned.iter().enumerate() {
                            div {
                                input type="radio" name="key" value=(key) id={ "canned-" (i) } required;
                                label for={ "canned-" (i) } style="display:inline;font-weight:normal" {
                                    strong { (key) } ": " (nl)
                                    @if tk.lang != "nl" { br; span lang=(tk.lang) dir="auto" { (theirs) } }
                                }
                            }
                        }
                    }
                    button type="submit" { (t("web-send-canned")) }
                }
                form method="post" action=(action("note")) {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="note" { (t("web-note-label")) }
                    textarea id="note" name="text" rows="2" required {}
                    button type="submit" { (t("web-save-note")) }
                }
                form method="post" action=(action("close")) {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="outcome" { (t("web-outcome")) }
                    select id="outcome" name="outcome" required {
                        @for (i, o) in v.outcomes.iter().enumerate() { option value=(i + 1) { (o) } }
                    }
                    button type="submit" { (t("web-close")) }
                }
                form method="post" action=(action("release")) {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { (t("web-release")) }
                }
            }
            h2 { (t("web-audit")) }
            ul { @for a in &v.audit { li { (a) } } }
        },
    )
}

/// The report for one school year, with its charts and a CSV download.
pub fn report(rt: &Runtime, who: (&str, &str), years: &[String], year: Option<&str>, text: &str, charts: &[String]) -> Markup {
    let t = |id: &str| rt.desk_text(id, &[]);
    layout(
        rt,
        &t("web-report"),
        Some(who),
        html! {
            h1 { (t("web-report")) }
            form method="get" action="/report" {
                label for="year" { (t("web-year")) }
                select id="year" name="year" {
                    option value="" { (t("web-all-years")) }
                    @for y in years { option value=(y) selected[Some(y.as_str()) == year] { (y) } }
                }
                button type="submit" { (t("web-show")) }
            }
            p { a href={ "/report.csv" @if let Some(y) = year { "?year=" (y) } } { (t("web-csv")) } }
            @for svg in charts { div role="img" aria-label=(t("web-chart")) { (PreEscaped(svg)) } }
            pre.box { (text) }
        },
    )
}
