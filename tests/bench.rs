//! The load generator itself works: a small run loses and doubles nothing. (Its speed is
//! measured by `wegwijzer bench`, never asserted in a test.)

mod common;

#[tokio::test]
async fn a_small_bench_run_loses_and_doubles_nothing() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into()))
        .with_test_writer()
        .try_init();
    let out = wegwijzer::bench::run(
        &common::project_root(),
        wegwijzer::bench::Options {
            parents: 40,
            rate: None,
            concurrency: 10,
            database_url: None,
            throttle: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(out.updates, 160);
    assert_eq!(out.lost_or_doubled, 0);
    assert!(out.p50_ms <= out.p99_ms);
}
