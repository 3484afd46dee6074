//! The advisers' web inbox, served by `wegwijzer run` on WEGWIJZER_WEB (127.0.0.1:8088): log in
//! (password or a one-time link from `/login` in her chat), the queue live, a ticket's card and
//! record, take / reply / ready-made reply / note / close / release, the report. It is one more
//! adviser channel: every action goes through the same desk commands as the chat consoles, as
//! adviser "web:<name>", so an adviser may switch between the inbox and her chat at any moment,
//! and several instances behind one database serve it alike (sessions live in the database).

mod auth;
mod pages;

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use auth::Session;
pub use auth::hash_password;

use crate::core::ids::{Channel, ChatId, TicketId};
use crate::core::inbound::{Inbound, Message};
use crate::desk::notices;
use crate::ops::report::{Labels, Report};
use crate::runtime::Runtime;
use crate::store;

/// The inbox's state: the runtime, failed logins, and what the desk said after each action.
struct Web {
    rt: Arc<Runtime>,
    attempts: auth::Attempts,
    flashes: Mutex<HashMap<String, Vec<String>>>,
}

type S = State<Arc<Web>>;

/// The inbox's routes.
pub fn router(rt: Arc<Runtime>) -> Router {
    let web = Arc::new(Web {
        rt,
        attempts: auth::Attempts::default(),
        flashes: Mutex::default(),
    });
    Router::new()
        .route("/", get(queue_page))
        .route("/queue/rows", get(queue_rows))
        .route("/events", get(events))
        .route("/login", get(login_page).post(login))
        .route("/login/{token}", get(link_page).post(link_login))
        .route("/logout", post(logout))
        .route("/tickets/{id}", get(ticket_page))
        .route("/tickets/{id}/{action}", post(ticket_action))
        .route("/files/{id}", get(file))
        .route("/report", get(report_page))
        .route("/report.csv", get(report_csv))
        .with_state(web)
}

/// An HTML page with the inbox's safety headers: never cached, never framed, no referrer (a login
/// link's token must not leak), scripts only from the page itself.
fn page(markup: maud::Markup) -> Response {
    let mut r = markup.into_response();
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"),
    );
    r
}

/// An error the adviser sees without any detail of the inside.
fn failed(e: anyhow::Error) -> Response {
    tracing::warn!("web inbox: {e:#}");
    (StatusCode::INTERNAL_SERVER_ERROR, "Er ging iets mis. Probeer het opnieuw.").into_response()
}

/// The session, or the way to the login page.
async fn who(web: &Web, headers: &HeaderMap) -> Result<Session, Response> {
    match auth::session(&web.rt, headers).await {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(Redirect::to("/login").into_response()),
        Err(e) => Err(failed(e)),
    }
}

/// A form's CSRF token must be the session's.
fn csrf_ok(s: &Session, token: &str) -> bool {
    auth::same(&s.csrf, token)
}

/// The answer to a form without the session's CSRF token (forged, or from an old page).
fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "Dit formulier is verlopen. Laad de pagina opnieuw.").into_response()
}

/// The login form with a fresh double-submit token in its cookie, `error` above it, answered
/// with `status`.
fn login_form(rt: &Runtime, error: Option<&str>, status: StatusCode) -> Response {
    let (token, _) = store::web::new_token();
    let mut r = page(pages::login(rt, &token, error));
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(rt, auth::LOGIN_COOKIE, &token, 3600)) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

async fn login_page(State(web): S) -> Response {
    login_form(&web.rt, None, StatusCode::OK)
}

#[derive(Deserialize)]
struct LoginForm {
    name: String,
    password: String,
    csrf: String,
}

async fn login(State(web): S, headers: HeaderMap, Form(f): Form<LoginForm>) -> Response {
    let rt = &web.rt;
    let fresh = |msg: &str| login_form(rt, Some(msg), StatusCode::UNAUTHORIZED);
    let expected = auth::cookie(&headers, auth::LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !auth::same(&expected, &f.csrf) {
        return fresh(&rt.desk_text("web-login-expired", &[]));
    }
    let name = f.name.trim().to_lowercase();
    if !web.attempts.allowed(&name) || !web.attempts.allowed("*") {
        return login_form(rt, Some(&rt.desk_text("web-login-too-many", &[])), StatusCode::TOO_MANY_REQUESTS);
    }
    let hash = async { store::web::password(&mut *rt.store.conn().await?, &name).await };
    let hash = match hash.await {
        Ok(h) => h,
        Err(e) => return failed(e),
    };
    let ok = rt.config.adviser(&name).is_some() && hash.is_some_and(|h| auth::verify_password(&f.password, &h));
    if !ok {
        web.attempts.failed(&name);
        web.attempts.failed("*");
        tracing::info!("web inbox: a failed login");
        return fresh(&rt.desk_text("web-login-wrong", &[]));
    }
    signed_in(rt, &name).await
}

/// The session cookie and the way to the queue.
async fn signed_in(rt: &Runtime, name: &str) -> Response {
    match auth::start(rt, name).await {
        Ok(cookie) => {
            tracing::info!(adviser = name, "web inbox: logged in");
            let mut r = Redirect::to("/").into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            r
        }
        Err(e) => failed(e),
    }
}

async fn link_page(State(web): S, Path(token): Path<String>) -> Response {
    let token: String = token.chars().filter(char::is_ascii_hexdigit).collect();
    page(pages::link(&web.rt, &token))
}

async fn link_login(State(web): S, Path(token): Path<String>) -> Response {
    let rt = &web.rt;
    let taken = async { store::web::take_link(&mut *rt.store.conn().await?, &store::web::hash(&token), rt.now()).await };
    match taken.await {
        Ok(Some(name)) if rt.config.adviser(&name).is_some() => signed_in(rt, &name).await,
        Ok(_) => login_form(rt, Some(&rt.desk_text("web-link-used", &[])), StatusCode::UNAUTHORIZED),
        Err(e) => failed(e),
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(State(web): S, headers: HeaderMap, Form(f): Form<CsrfForm>) -> Response {
    let s = match who(&web, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return forbidden();
    }
    let ended = async { store::web::end_session(&mut *web.rt.store.conn().await?, &s.token_hash, web.rt.now()).await };
    if let Err(e) = ended.await {
        return failed(e);
    }
    let mut r = Redirect::to("/login").into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(&web.rt, auth::COOKIE, "", 0)) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

async fn rows(web: &Web) -> Result<maud::Markup> {
    let queue = store::tickets::queue(&mut *web.rt.store.conn().await?).await?;
    Ok(pages::rows(&web.rt, &queue, web.rt.now()))
}

async fn queue_page(State(web): S, headers: HeaderMap) -> Response {
    let s = match who(&web, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    match rows(&web).await {
        Ok(r) => page(pages::queue(&web.rt, (&s.adviser, &s.csrf), r)),
        Err(e) => failed(e),
    }
}

async fn queue_rows(State(web): S, headers: HeaderMap) -> Response {
    if let Err(r) = who(&web, &headers).await {
        return (StatusCode::UNAUTHORIZED, r).into_response();
    }
    match rows(&web).await {
        Ok(r) => page(r),
        Err(e) => failed(e),
    }
}

/// What the queue looks like, so a change can be told: ids, states, holders and answers.
async fn fingerprint(rt: &Runtime) -> Result<String> {
    let queue = store::tickets::queue(&mut *rt.store.conn().await?).await?;
    Ok(queue
        .iter()
        .map(|t| format!("{}:{}:{:?}:{:?}", t.id, t.status.as_str(), t.adviser, t.first_response_at))
        .collect::<Vec<_>>()
        .join(","))
}

/// Server-sent events: "queue" whenever the queue changed (looked at every second), so every
/// adviser's page updates within 2 seconds without reloading.
async fn events(State(web): S, headers: HeaderMap) -> Response {
    if who(&web, &headers).await.is_err() {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let rt = web.rt.clone();
    let stream = futures::stream::unfold((rt, String::new()), |(rt, last)| async move {
        let mut last = last;
        loop {
            let now = fingerprint(&rt).await.unwrap_or_else(|_| last.clone());
            if now != last {
                let event = Event::default().event("queue").data("changed");
                return Some((Ok::<_, Infallible>(event), (rt, now)));
            }
            last = now;
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
    let mut r = Sse::new(stream).keep_alive(KeepAlive::default()).into_response();
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn ticket_page(State(web): S, headers: HeaderMap, Path(id): Path<TicketId>) -> Response {
    let s = match who(&web, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    match ticket_view(&web, &s, id).await {
        Ok(Some(r)) => r,
        Ok(None) => (
            StatusCode::NOT_FOUND,
            page(pages::layout(
                &web.rt,
                "404",
                Some((&s.adviser, &s.csrf)),
                maud::html! { p { "#" (id) } },
            )),
        )
            .into_response(),
        Err(e) => failed(e),
    }
}

async fn ticket_view(web: &Web, s: &Session, id: TicketId) -> Result<Option<Response>> {
    let rt = &web.rt;
    let mut c = rt.store.conn().await?;
    let Some(t) = store::tickets::get(&mut c, id).await? else {
        return Ok(None);
    };
    let now = rt.now();
    store::web::audit(&mut c, id, &s.adviser, "opened", now).await?;
    // Each reply says whether it arrived, wherever the adviser sent it from.
    let mut lines = vec![];
    for l in store::messages::lines(&mut c, id).await? {
        let delivery = match l.outbox {
            None => None,
            Some(o) => Some(match store::outbox::state(&mut c, o).await? {
                None => rt.desk_text("web-delivered", &[]),
                Some(Ok(())) => rt.desk_text("web-waiting", &[]),
                Some(Err(reason)) => rt.desk_text("web-not-delivered", &[("reason", reason)]),
            }),
        };
        lines.push((l.author, l.text, delivery));
    }
    let canned = rt
        .catalog
        .locales
        .get("nl")
        .map(|l| {
            let mut ids: Vec<&String> = l.ids.iter().filter(|i| i.starts_with("canned-")).collect();
            ids.sort();
            ids.into_iter()
                .map(|i| {
                    let key = i.trim_start_matches("canned-").to_string();
                    (key, rt.catalog.locales.text("nl", i, &[]), rt.catalog.locales.text(&t.lang, i, &[]))
                })
                .collect()
        })
        .unwrap_or_default();
    let audit = store::web::audit_of(&mut c, id).await?;
    let audit = audit
        .iter()
        .map(|a| {
            let action = rt.desk_text(&format!("web-action-{}", a.action), &[]);
            rt.desk_text(
                "web-audit-line",
                &[("time", clock(rt, a.at)), ("who", a.adviser.clone()), ("action", action)],
            )
        })
        .collect();
    let flash = web.flashes.lock().expect("flashes").remove(&s.token_hash).unwrap_or_default();
    let files = store::files::of_ticket(&mut c, id).await?;
    let view = pages::TicketView {
        ticket: &t,
        card: notices::card(rt, "desk-card-title", &t, None, now),
        lines,
        canned,
        outcomes: &rt.config.outcomes,
        audit,
        flash,
        files,
        me: &s.adviser,
    };
    Ok(Some(page(pages::ticket(rt, (&s.adviser, &s.csrf), &view))))
}

/// A time of day in the office's time zone, with the date ("1-12 14:05").
fn clock(rt: &Runtime, at: i64) -> String {
    let (date, _) = rt.config.hours.local_date_and_hour(at);
    let (_, time) = rt.config.hours.weekday_and_time(at);
    format!("{}-{} {time}", date.day(), date.month() as u8)
}

#[derive(Deserialize)]
struct ActionForm {
    csrf: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    outcome: String,
}

/// take, reply, canned, note, close, release: the desk command it stands for.
async fn ticket_action(
    State(web): S,
    headers: HeaderMap,
    Path((id, action)): Path<(TicketId, String)>,
    Form(f): Form<ActionForm>,
) -> Response {
    let s = match who(&web, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return forbidden();
    }
    let command = match action.as_str() {
        "take" => "/take".to_string(),
        "release" => "/release".to_string(),
        "reply" if !f.text.trim().is_empty() => f.text.trim().to_string(),
        "canned" if !f.key.trim().is_empty() => format!("/canned {}", f.key.trim()),
        "note" if !f.text.trim().is_empty() => format!("/note {}", f.text.trim()),
        "close" if !f.outcome.trim().is_empty() => format!("/done {}", f.outcome.trim()),
        _ => return Redirect::to(&format!("/tickets/{id}")).into_response(),
    };
    match act(&web, &s, id, &action, &command).await {
        Ok(()) => Redirect::to(&format!("/tickets/{id}")).into_response(),
        Err(e) => failed(e),
    }
}

/// Carries out one desk command for ticket `id` as adviser "web:<name>"; what the desk answers
/// her is shown on the next page (and taken off the outbox: nobody else reads it).
async fn act(web: &Web, s: &Session, id: TicketId, action: &str, command: &str) -> Result<()> {
    let rt = &web.rt;
    let me = ChatId::new(Channel::Web, s.adviser.clone());
    let inbound = Inbound {
        chat: me.clone(),
        sender: Some(me.clone()),
        private: false,
        update: None,
        lang_hint: None,
        message: Message::Text(command.to_string()),
        ticket: Some(id),
    };
    let out = crate::desk::handle(rt, &s.adviser, inbound).await?;
    let mine: Vec<_> = out.into_iter().filter(|o| o.chat == me).collect();
    let mut c = rt.store.conn().await?;
    store::outbox::mark_sent(&mut c, &mine.iter().map(|o| o.id).collect::<Vec<_>>()).await?;
    let recorded = match action {
        "reply" => "replied",
        "take" => "took",
        "release" => "released",
        "close" => "closed",
        other => other,
    };
    store::web::audit(&mut c, id, &s.adviser, recorded, rt.now()).await?;
    let said: Vec<String> = mine.into_iter().map(|o| o.reply.text).collect();
    web.flashes.lock().expect("flashes").insert(s.token_hash.clone(), said);
    Ok(())
}

/// A parent's photo or document: images shown in the page, anything else only downloaded.
async fn file(State(web): S, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let s = match who(&web, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let found = async { store::files::get(&mut *web.rt.store.conn().await?, id).await };
    match found.await {
        Ok(Some((info, bytes))) => {
            let opened = async { store::web::audit(&mut *web.rt.store.conn().await?, info.ticket, &s.adviser, "file", web.rt.now()).await };
            if let Err(e) = opened.await {
                return failed(e);
            }
            let image = matches!(info.mime.as_str(), "image/jpeg" | "image/png" | "image/webp" | "image/gif");
            let mime = if image {
                info.mime.clone()
            } else {
                "application/octet-stream".into()
            };
            let name: String = info.name.chars().filter(|c| c.is_alphanumeric() || ".-_ ".contains(*c)).collect();
            let disposition = if image {
                "inline".to_string()
            } else {
                format!("attachment; filename=\"{name}\"")
            };
            let mut r = bytes.into_response();
            let h = r.headers_mut();
            if let (Ok(m), Ok(d)) = (HeaderValue::from_str(&mime), HeaderValue::from_str(&disposition)) {
                h.insert(header::CONTENT_TYPE, m);
                h.insert(header::CONTENT_DISPOSITION, d);
            }
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; sandbox"),
            );
            r
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => failed(e),
    }
}

#[derive(Deserialize)]
struct YearQuery {
    #[serde(default)]
    year: String,
}

async fn report_of(web: &Web, year: &str) -> Result<Report> {
    let year = Some(year).filter(|y| !y.is_empty());
    Report::build(&web.rt.store, year, Labels::new(&web.rt.catalog, &web.rt.config, false)).await
}

async fn report_page(State(web): S, headers: HeaderMap, Query(q): Query<YearQuery>) -> Response {
    let s = match who(&web, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let all = match report_of(&web, "").await {
        Ok(r) => r,
        Err(e) => return failed(e),
    };
    let years: Vec<String> = all.years.iter().map(|y| y.year.clone()).collect();
    let chosen = years.iter().find(|y| **y == q.year).cloned();
    let report = match &chosen {
        Some(y) => match report_of(&web, y).await {
            Ok(r) => r,
            Err(e) => return failed(e),
        },
        None => all,
    };
    let charts = vec![report.trend_svg(), report.topics_svg()];
    page(pages::report(
        &web.rt,
        (&s.adviser, &s.csrf),
        &years,
        chosen.as_deref(),
        &report.to_text(),
        &charts,
    ))
}

async fn report_csv(State(web): S, headers: HeaderMap, Query(q): Query<YearQuery>) -> Response {
    if let Err(r) = who(&web, &headers).await {
        return r;
    }
    match report_of(&web, &q.year).await.and_then(|r| r.to_csv()) {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"wegwijzer-rapport.csv\""),
                (header::CACHE_CONTROL, "no-store"),
            ],
            csv,
        )
            .into_response(),
        Err(e) => failed(e),
    }
}
