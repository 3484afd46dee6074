//! The load driver works against the real binary: a small run loses and doubles nothing. (Its
//! speed is measured by the testkit's `bench`, never asserted in a test.)

use wegwijzer_testkit::{FakeTelegram, load};

#[tokio::test]
async fn a_small_load_run_loses_and_doubles_nothing() {
    let fake = FakeTelegram::start().await;
    let db = tempfile::tempdir().unwrap();
    let _bot = crate::common::run_bot(
        &crate::common::project_root(),
        &crate::common::sqlite_url(db.path()),
        &fake.api_url(),
        &[],
    );
    fake.wait_until("the bot to poll", |f| !f.calls("getUpdates").is_empty()).await;
    let out = load::run(
        &fake,
        &load::Options {
            parents: 40,
            rate: None,
            concurrency: 10,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(out.updates, 160);
    assert_eq!(out.lost_or_doubled, 0);
    assert!(out.p50_ms <= out.p99_ms);
}
