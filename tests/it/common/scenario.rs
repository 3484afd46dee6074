//! Whole scenarios that must hold on every database backend.

use sqlx::Row;
use wegwijzer::service::Inbound;
use wegwijzer::store::Outgoing;

pub async fn send(hub: &crate::common::Bot, chat: &str, text: &str) -> Vec<Outgoing> {
    let out = hub.handle(Inbound::text(chat, text)).await.unwrap();
    let ids: Vec<i64> = out.iter().map(|o| o.id).collect();
    hub.mark_sent(&ids).await;
    out
}

pub fn to<'a>(out: &'a [Outgoing], chat: &str) -> Vec<&'a str> {
    out.iter()
        .filter(|o| o.chat.to_string() == chat)
        .map(|o| o.reply.text.as_str())
        .collect()
}

pub const PARENT: &str = "telegram:777";
pub const ANNA: &str = "terminal:adviser:anna";
pub const BRAM: &str = "terminal:adviser:bram";

/// A parent and two advisers: escalate, claim race, relay both ways, restart, canned reply,
/// note, close, and the parent returns to the same adviser. Run on every backend.
pub async fn adviser_handoff(url: &str) {
    let dir = super::fixture();
    let hub = super::hub(dir.path(), url).await;

    // An English-speaking parent escalates after one answer.
    send(&hub, PARENT, "my son was suspended").await;
    send(&hub, PARENT, "2").await;
    let out = send(&hub, PARENT, "6").await;
    // Every adviser's console gets the card, in Dutch, with the parent's language named.
    for console in [ANNA, BRAM] {
        let card = to(&out, console);
        assert_eq!(card.len(), 1, "{out:?}");
        assert!(
            card[0].starts_with("Nieuw ticket #1 · hoog · Engels · Mijn kind is geschorst"),
            "{card:?}"
        );
    }

    // A parent can never use adviser commands or see a ticket.
    let out = send(&hub, "telegram:999", "/queue").await;
    assert!(!to(&out, "telegram:999").iter().any(|t| t.contains("#1")), "{out:?}");

    // Both advisers see the queue; both try to take ticket 1 at once.
    let out = send(&hub, ANNA, "/queue").await;
    assert!(
        to(&out, ANNA)[0].starts_with("#1 · hoog · Engels · Mijn kind is geschorst"),
        "{out:?}"
    );
    let (a, b) = tokio::join!(
        hub.handle(Inbound::text(ANNA, "/take 1")),
        hub.handle(Inbound::text(BRAM, "/take 1"))
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let won_a = to(&a, ANNA).iter().any(|t| t.starts_with("Je hebt ticket #1"));
    let won_b = to(&b, BRAM).iter().any(|t| t.starts_with("Je hebt ticket #1"));
    assert!(won_a ^ won_b, "exactly one adviser holds the ticket: {a:?} {b:?}");
    let (winner, loser, win_out, lose_out) = if won_a { (ANNA, BRAM, a, b) } else { (BRAM, ANNA, b, a) };
    let winner_name = winner.rsplit(':').next().unwrap();
    assert!(
        to(&lose_out, loser)[0].contains(&format!("al opgepakt door {winner_name}")),
        "{lose_out:?}"
    );
    // the winner gets the summary of what the parent chose and answered
    let summary = to(&win_out, winner).join("\n");
    assert!(
        summary.contains("Hoe lang is uw kind geschorst? → Langer dan een week"),
        "{summary}"
    );
    assert!(summary.contains("→ 6"), "{summary}");
    // the parent hears, in English, that an adviser is there
    assert_eq!(to(&win_out, PARENT), vec![hub.rt.catalog.locales.text("en", "adviser-joined", &[])]);

    // Relay both ways; the adviser sees the parent's language.
    let out = send(&hub, PARENT, "he has been home since september").await;
    assert_eq!(to(&out, winner), vec!["[#1 · Engels] he has been home since september"]);
    assert!(to(&out, loser).is_empty(), "only the holder reads the parent");
    assert!(to(&out, PARENT).is_empty(), "the bot stays out of the way");
    let out = send(&hub, winner, "Has the school sent you the decision in writing?").await;
    let label = format!("{}, adviser:", capitalised(winner_name));
    assert_eq!(
        to(&out, PARENT),
        vec![format!("{label}\nHas the school sent you the decision in writing?")]
    );
    // her own chat confirms where it went
    assert_eq!(to(&out, winner), vec!["→ #1, Engels"]);

    // Restart in the middle: a new hub on the same file continues the same ticket.
    hub.close().await;
    drop(hub);
    let hub = super::hub(dir.path(), url).await;
    let out = send(&hub, PARENT, "no, only a phone call").await;
    assert_eq!(to(&out, winner), vec!["[#1 · Engels] no, only a phone call"]);

    // A Dutch adviser sends a canned reply; the parent reads it in English.
    let out = send(&hub, winner, "/canned onderwijsconsulenten").await;
    assert!(
        to(&out, PARENT)[0].starts_with(&format!("{label}\nHas your child been at home for more than 4 weeks?")),
        "{out:?}"
    );
    assert!(
        to(&out, winner)[0].starts_with("Verstuurd naar de ouder (en): Has your child"),
        "{out:?}"
    );
    let out = send(&hub, winner, "/canned nope").await;
    assert!(
        to(&out, winner)[0].contains("Beschikbaar: crisis-numbers, interpreter, more-info, onderwijsconsulenten, safe-now, thanks"),
        "{out:?}"
    );

    // Internal note: stored, never sent to the parent.
    let out = send(&hub, winner, "/note school did not inform the Inspectie").await;
    assert_eq!(to(&out, winner), vec!["Notitie bewaard bij #1."]);
    assert!(to(&out, PARENT).is_empty());

    // The loser cannot write to that parent.
    let out = send(&hub, loser, "hello?").await;
    assert!(to(&out, PARENT).is_empty());
    assert!(to(&out, loser)[0].starts_with("Je hebt hier nu geen ticket"), "{out:?}");

    // Close with an outcome from the office's list: /done alone shows it, a number picks one.
    let out = send(&hub, winner, "/done").await;
    assert!(to(&out, winner)[0].contains("2. doorverwezen naar onderwijsconsulenten"), "{out:?}");
    assert_eq!(hub.queue().await.len(), 1, "not closed without an outcome");
    let out = send(&hub, winner, "/done 2").await;
    assert_eq!(
        to(&out, winner),
        vec!["Ticket #1 gesloten: doorverwezen naar onderwijsconsulenten."]
    );
    assert!(to(&out, PARENT)[0].starts_with("The adviser has closed your question."));
    assert!(hub.queue().await.is_empty());

    // The parent writes again: a new ticket goes straight to the same adviser.
    let out = send(&hub, PARENT, "/adviser").await;
    assert!(to(&out, loser).is_empty(), "not announced to everyone: {out:?}");
    assert!(to(&out, winner)[0].contains("sprak eerder met jou"), "{out:?}");
    let t = &hub.queue().await[0];
    assert_eq!((t.id, t.status.as_str(), t.adviser.as_deref()), (2, "claimed", Some(winner_name)));
    let out = send(&hub, PARENT, "it happened again").await;
    assert_eq!(to(&out, winner), vec!["[#2 · Engels] it happened again"]);
}

fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A bare `/take` picks the most pressing open ticket; two advisers taking "the next" at once
/// get different tickets.
pub async fn take_next(url: &str) {
    let dir = super::fixture();
    let hub = super::hub(dir.path(), url).await;
    send(&hub, "telegram:1", "/adviseur").await;
    send(&hub, "telegram:2", "ik wil niet meer leven").await;
    let out = send(&hub, ANNA, "/take").await;
    assert!(to(&out, ANNA)[0].starts_with("Je hebt ticket #2 (dringend"), "{out:?}");
    send(&hub, "telegram:3", "/adviseur").await;
    let (a, b) = tokio::join!(hub.handle(Inbound::text(ANNA, "/take")), hub.handle(Inbound::text(BRAM, "/take")));
    let (a, b) = (a.unwrap(), b.unwrap());
    let got = |out: &[Outgoing], who: &str| {
        to(out, who)
            .iter()
            .find_map(|t| t.strip_prefix("Je hebt ticket #").map(|r| r.split(' ').next().unwrap().to_string()))
    };
    let (ga, gb) = (got(&a, ANNA), got(&b, BRAM));
    assert!(ga.is_some() || gb.is_some(), "{a:?} {b:?}");
    assert_ne!(ga, gb, "never the same ticket");
    let q = hub.queue().await;
    let mut holders: Vec<_> = q.iter().filter_map(|t| t.adviser.clone()).collect();
    holders.sort();
    assert!(
        q.iter()
            .all(|t| t.status == wegwijzer::core::ids::TicketStatus::Claimed || t.adviser.is_none())
    );
    assert!(holders.len() >= 2, "{q:?}");
}

/// Every row in every table that mentions the chat id or the given text.
pub async fn traces(hub: &crate::common::Bot, chat: &str, text: &str) -> Vec<String> {
    let mut found = vec![];
    let like = format!("%{text}%");
    for (table, sql) in [
        ("sessions", "SELECT COUNT(*) AS n FROM sessions WHERE chat = $1 OR data LIKE $2"),
        ("tickets", "SELECT COUNT(*) AS n FROM tickets WHERE chat = $1 OR summary LIKE $2"),
        (
            "ticket_messages",
            "SELECT COUNT(*) AS n FROM ticket_messages WHERE text LIKE $2 OR $1 = ''",
        ),
        ("outbox", "SELECT COUNT(*) AS n FROM outbox WHERE chat = $1 OR body LIKE $2"),
    ] {
        let n: i64 = sqlx::query(sql)
            .bind(chat)
            .bind(&like)
            .fetch_one(&crate::common::raw(&hub.url).await)
            .await
            .unwrap()
            .try_get("n")
            .unwrap();
        if n > 0 {
            found.push(format!("{table}: {n}"));
        }
    }
    found
}

/// /forget leaves no row that mentions the parent or what they wrote. Run on every backend.
pub async fn forget_leaves_no_trace(url: &str) {
    let dir = super::fixture();
    let hub = super::hub(dir.path(), url).await;
    let parent = "telegram:4242";
    send(&hub, parent, "mijn kind is geschorst").await;
    send(&hub, parent, "3").await;
    send(&hub, parent, "de directeur belde gisteren boos").await;
    send(&hub, "terminal:adviser:anna", "/take 1").await;
    send(&hub, "terminal:adviser:anna", "heeft u dat op papier?").await;
    // a message still waiting to be delivered to the parent
    hub.handle(Inbound::text("terminal:adviser:anna", "nog een vraag")).await.unwrap();
    assert!(!traces(&hub, parent, "directeur").await.is_empty());

    let out = send(&hub, parent, "/vergeet").await;
    let told = to(&out, parent);
    assert_eq!(told.len(), 1);
    assert!(told[0].starts_with("Alles wat ik over u bewaarde is gewist"));
    // the adviser learns why the ticket is gone, without any of its content
    assert_eq!(
        to(&out, "terminal:adviser:anna"),
        vec!["De ouder van ticket #1 heeft /vergeet gebruikt: het gesprek en het ticket zijn gewist."]
    );
    assert_eq!(traces(&hub, parent, "directeur").await, Vec::<String>::new());
    assert_eq!(traces(&hub, parent, "op papier").await, Vec::<String>::new());
    assert_eq!(traces(&hub, parent, "nog een vraag").await, Vec::<String>::new());
    // the adviser's desk no longer points at a ticket that exists
    let out = send(&hub, "terminal:adviser:anna", "hallo?").await;
    assert!(out[0].reply.text.starts_with("Je hebt hier nu geen ticket"), "{out:?}");
    // and a new message starts afresh, with the greeting
    let out = send(&hub, parent, "hallo").await;
    assert!(out[0].reply.text.starts_with("Welkom"));
}
