//! The binary: check, triage and a piped chat, as a user runs them.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wegwijzer"));
    c.env_remove("DATABASE_URL").current_dir(std::env::temp_dir());
    c
}

fn run_with_stdin(mut cmd: Command, input: &str) -> (i32, String, String) {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn check_passes_on_the_project() {
    let out = bin()
        .arg("--root")
        .arg(crate::common::project_root())
        .arg("check")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.starts_with("ok: 14 flows"), "{stdout}");
}

#[test]
fn check_names_file_place_and_fix() {
    let dir = crate::common::fixture();
    let flow = dir.path().join("flows/suspension.toml");
    let text = std::fs::read_to_string(&flow)
        .unwrap()
        .replace("goto = \"short\"", "goto = \"shrt\"");
    std::fs::write(&flow, text).unwrap();
    let out = bin().arg("--root").arg(dir.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("flows/suspension.toml (node 'start', choice 1): goto 'shrt' does not exist"),
        "{err}"
    );
    assert!(err.contains("hint: nodes in this flow: long, short, start, weeks"), "{err}");
}

#[test]
fn check_reports_a_missing_translation() {
    let dir = crate::common::fixture();
    let en = dir.path().join("locales/en/t.ftl");
    let text = std::fs::read_to_string(&en).unwrap().replace("s-long = Longer than a week\n", "");
    std::fs::write(&en, text).unwrap();
    let out = bin().arg("--root").arg(dir.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("locales/en: 1 message(s) missing: s-long"), "{stdout}");
}

#[test]
fn check_finds_right_to_left_numbers_foreign_placeholders_and_unsourced_answers() {
    let dir = crate::common::fixture();
    let root = dir.path();
    // An Arabic translation with a bare phone number, an English one with a placeholder the
    // Dutch source does not have.
    let ar = std::fs::read_to_string(root.join("locales/en/t.ftl"))
        .unwrap()
        .replace("adv-start = I am putting you in the queue.\n", "");
    std::fs::create_dir_all(root.join("locales/ar")).unwrap();
    std::fs::write(
        root.join("locales/ar/t.ftl"),
        format!("{ar}\nadv-start = اتصلوا بالرقم 0800-0113 الآن\n"),
    )
    .unwrap();
    std::fs::copy(root.join("locales/en/examples.toml"), root.join("locales/ar/examples.toml")).unwrap();
    let en = root.join("locales/en/t.ftl");
    let text = std::fs::read_to_string(&en).unwrap().replace("One day", "One day ({ $maxx })");
    std::fs::write(&en, text).unwrap();
    let out = bin().arg("--root").arg(root).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("'0800-0113' is not isolated"), "{stdout}");
    assert!(stdout.contains("message 'adv-start'"), "{stdout}");
    assert!(stdout.contains("uses { $maxx }, which the Dutch source does not have"), "{stdout}");
    // An answer without its source does not even load.
    let flow = root.join("flows/suspension.toml");
    let text = std::fs::read_to_string(&flow)
        .unwrap()
        .replace("source = \"https://example.org/schorsen\"\n", "");
    std::fs::write(&flow, text).unwrap();
    let out = bin().arg("--root").arg(root).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("flows/suspension.toml (node 'short'): an answer without a source"),
        "{err}"
    );
    // ... and the languages' problems come in the same run, with file, line and a fix.
    assert!(err.contains("uses { $maxx }, which the Dutch source does not have"), "{err}");
    assert!(err.contains("locales/en/t.ftl (line "), "{err}");
    assert!(err.contains("hint: use the placeholders of locales/nl"), "{err}");
    assert!(err.contains("'0800-0113' is not isolated"), "{err}");
}

#[test]
fn broken_config_fails_at_start_with_place_and_hint() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("w.toml");
    std::fs::write(&cfg, "default_lang = \"nl\"\n[queue]\nsla_minutes_urgnt = 5\n").unwrap();
    let out = bin().arg("--config").arg(&cfg).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("w.toml (line 3)"), "{err}");
    assert!(err.contains("sla_minutes_urgnt"), "{err}");
    assert!(err.contains("hint: see wegwijzer.example.toml"), "{err}");
    // A console name that no console reads would swallow the parents' messages.
    std::fs::write(&cfg, "[[adviser]]\nname = \"anna\"\nchats = [\"terminal:anna\"]\n").unwrap();
    let out = bin().arg("--config").arg(&cfg).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("adviser[0].chats") && err.contains("terminal:anna is no console"),
        "{err}"
    );
    assert!(err.contains("hint: leave terminal chats out"), "{err}");
}

#[test]
fn a_webhook_url_the_bot_does_not_serve_fails_at_start() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    for url in ["https://bot.example.org/hook", "http://bot.example.org/telegram"] {
        let out = bin()
            .arg("--root")
            .arg(dir.path())
            .arg("--db")
            .arg(crate::common::sqlite_url(db.path()))
            .arg("run")
            .env("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN")
            .env("TELEGRAM_API_URL", "http://127.0.0.1:9")
            .env("TELEGRAM_WEBHOOK_URL", url)
            .env("TELEGRAM_WEBHOOK_SECRET", "a-long-enough-secret")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{url}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("must be an https:// address ending in /telegram") && err.contains("hint:"),
            "{err}"
        );
    }
}

#[test]
fn triage_prints_one_json_object_per_line() {
    let mut cmd = bin();
    cmd.arg("--root").arg(crate::common::project_root()).arg("triage");
    let (code, out, err) = run_with_stdin(cmd, "mijn kind is geschorst\nhallo\nmy son wants to kill himself\n\n");
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0], serde_json::json!({"lang": "nl", "flow": "suspension", "urgent": false}));
    assert_eq!(lines[1]["flow"], serde_json::Value::Null);
    assert_eq!(lines[2]["urgent"], true);
    assert_eq!(lines[3], serde_json::json!({"lang": null, "flow": null, "urgent": false}));
}

#[test]
fn piped_chat_prints_numbered_choices() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.arg("--root")
        .arg(dir.path())
        .arg("--db")
        .arg(crate::common::sqlite_url(db.path()))
        .arg("chat");
    let (code, out, err) = run_with_stdin(cmd, "mijn kind is geschorst\n1\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("  1. Een dag\n  2. Langer dan een week"), "{out}");
    assert!(out.contains("Een schorsing duurt hooguit een week."), "{out}");
}

#[test]
fn run_without_a_channel_says_what_to_set() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["--db", &crate::common::sqlite_url(dir.path()), "run"])
        .env_remove("TELEGRAM_BOT_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nothing to run") && err.contains("TELEGRAM_BOT_TOKEN"), "{err}");
}

#[test]
fn report_after_a_conversation_prints_tables_and_writes_a_chart() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let mut chat = bin();
    chat.arg("--root").arg(dir.path()).arg("--db").arg(&url).arg("chat");
    let (code, _, err) = run_with_stdin(chat, "mijn kind is geschorst\n1\n");
    assert_eq!(code, 0, "{err}");
    let charts = db.path().join("charts");
    let report = |args: &[&str]| {
        bin()
            .arg("--root")
            .arg(dir.path())
            .arg("--db")
            .arg(&url)
            .arg("report")
            .args(args)
            .output()
            .unwrap()
    };
    let out = report(&["--charts", charts.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("Schooljaar "), "{text}");
    assert!(text.contains("Mijn kind is geschorst"), "the Dutch title: {text}");
    for name in ["onderwerpen", "thuiszitters"] {
        assert!(
            std::fs::read_to_string(charts.join(format!("{name}.svg")))
                .unwrap()
                .starts_with("<svg")
        );
        assert!(std::fs::read(charts.join(format!("{name}.png"))).unwrap().starts_with(b"\x89PNG"));
    }
    let csv = report(&["--csv", "--publish"]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(csv.starts_with("schooljaar,tabel,rij,kolom,waarde\n"), "{csv}");
    assert!(csv.contains(",Onderwerpen,Mijn kind is geschorst,Gestart,<5\n"), "{csv}");
    let bad = report(&["--year", "2024"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--year must look like 2024/2025"));
}

#[test]
fn the_whole_handoff_in_two_terminals_on_one_database() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let cfg = db.path().join("wegwijzer.toml");
    std::fs::write(&cfg, "[[adviser]]\nname = \"anna\"\n[[adviser]]\nname = \"bram\"\n").unwrap();
    let term = |args: &[&str]| {
        let mut c = bin();
        c.arg("--config")
            .arg(&cfg)
            .arg("--root")
            .arg(dir.path())
            .arg("--db")
            .arg(&url)
            .args(args);
        c
    };
    let (code, out, err) = run_with_stdin(term(&["chat"]), "mijn kind is geschorst\n3\nde school belde gisteren\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Uw vraag staat bij de adviseurs"), "{out}");
    let (code, out, err) = run_with_stdin(
        term(&["adviser", "--name", "anna"]),
        "/queue\n/take 1\nHeeft u de brief van de school?\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Nieuw ticket #1"), "the advisers' feed shows in the console: {out}");
    assert!(out.contains("#1 · normaal · Nederlands · Mijn kind is geschorst"), "{out}");
    assert!(out.contains("parent: de school belde gisteren"), "{out}");
    // The second console got the card too (the feed is not taken by whoever reads first), and
    // reads nothing of Anna's conversation.
    let (code, out, err) = run_with_stdin(term(&["adviser", "--name", "bram"]), "/queue\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Nieuw ticket #1"), "{out}");
    assert!(out.contains("adviseur: anna"), "{out}");
    assert!(!out.contains("de school belde gisteren"), "{out}");
    let (_, out, _) = run_with_stdin(term(&["chat"]), "nee\n");
    assert!(out.starts_with("Een adviseur heeft uw vraag opgepakt"), "{out}");
    assert!(out.contains("Heeft u de brief van de school?"), "{out}");
    // Someone who is not a configured adviser cannot open the console.
    let (code, _, err) = run_with_stdin(term(&["adviser", "--name", "mallory"]), "/queue\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("'mallory' is not a configured adviser") && err.contains("hint:"),
        "{err}"
    );
}

/// Piped conversations in Dutch, English and Turkish: a misspelled choice is understood, the
/// word for "back" (no slash) returns to the question before, and a number word chooses.
#[test]
fn back_words_and_misspelled_choices_in_three_languages() {
    for (lang, typo, back, number, region_ask) in [
        (
            "nl",
            "ergens andres in nederland",
            "Terug!",
            "een",
            "Zodat ik u de juiste contacten kan geven",
        ),
        ("en", "somwhere else", "back", "one", "So I can give you the right contacts"),
        ("tr", "hollandada baska bir yrde", "geri", "bir", "Size doğru iletişim bilgilerini"),
    ] {
        let db = tempfile::tempdir().unwrap();
        let url = crate::common::sqlite_url(db.path());
        let mut chat = bin();
        chat.arg("--db").arg(&url).arg("chat");
        let input = format!("/start {lang}_suspension\n{typo}\n{back}\n{number}\n");
        let (code, out, err) = run_with_stdin(chat, &input);
        assert_eq!(code, 0, "{err}");
        let catalog = crate::common::real_catalog();
        let start = catalog.locales.text(lang, "suspension-start", &[]);
        let start = start.lines().next().unwrap();
        assert_eq!(
            out.matches(region_ask).count(),
            2,
            "{lang}: asked, then asked again after going back:\n{out}"
        );
        assert_eq!(
            out.matches(start).count(),
            2,
            "{lang}: the misspelled and the number-word choice both lead on:\n{out}"
        );
        let choose = catalog.locales.text(lang, "choose-prompt", &[]);
        assert!(
            !out.contains(&choose),
            "{lang}: nothing was rejected, and no buttons are mentioned:\n{out}"
        );
    }
}

/// A poster for the gate of an AZC: its QR code, read back from the PNG, is the deep link that
/// opens the newcomers' topic in Arabic; the title under it is in Arabic.
#[test]
fn a_qr_poster_decodes_to_the_deep_link() {
    let out = tempfile::tempdir().unwrap();
    let run = bin()
        .args(["qr", "--bot", "wegwijzer_bot", "--lang", "ar", "--topic", "newcomers", "--out"])
        .arg(out.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let link = "https://t.me/wegwijzer_bot?start=ar_newcomers";
    assert!(String::from_utf8_lossy(&run.stdout).starts_with(link));

    let svg = std::fs::read_to_string(out.path().join("qr-ar-newcomers.svg")).unwrap();
    let title = crate::common::real_catalog().locales.text("ar", "topic-newcomers", &[]);
    assert!(svg.contains(&wegwijzer::core::text::escape(&title)), "{title} in {svg}");

    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(out.path().join("qr-ar-newcomers.png")).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    let (w, h) = (info.width as usize, info.height as usize);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[(y * w + x) * 4]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the poster");
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, link);

    for (bad, want) in [
        (["--lang", "xx", "--topic", "newcomers"], "no language \"xx\""),
        (["--lang", "ar", "--topic", "nope"], "no topic \"nope\""),
    ] {
        let run = bin().args(["qr", "--bot", "wegwijzer_bot"]).args(bad).output().unwrap();
        assert_eq!(run.status.code(), Some(1));
        assert!(
            String::from_utf8_lossy(&run.stderr).contains(want),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}
