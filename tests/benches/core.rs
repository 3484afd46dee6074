//! Criterion benchmarks of the pure core: triage of parent messages and one engine turn.
//! Run with `cargo bench`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use wegwijzer::core::catalog::Catalog;
use wegwijzer::core::engine::{Ctx, Input, Session, step};
use wegwijzer::core::queue::Rules;

fn catalog() -> Catalog {
    Catalog::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR"))).expect("the project's flows and locales load")
}

fn triage(c: &mut Criterion) {
    let cat = catalog();
    let messages = [
        "mijn kind is geschorst",
        "my son may only go two hours a day",
        "oğlum okuldan uzaklaştırıldı ne yapmalıyım",
        "ابني لا يذهب إلى المدرسة منذ شهرين",
        "мій син не ходить до школи вже місяць",
        "hallo ik heb een vraag over school",
    ];
    c.bench_function("triage: 6 messages in 6 languages", |b| {
        b.iter(|| {
            messages
                .iter()
                .map(|m| cat.triage.classify(std::hint::black_box(m)))
                .filter(|v| v.flow.is_some())
                .count()
        })
    });
}

fn engine(c: &mut Criterion) {
    let cat = catalog();
    let rules = Rules::default();
    let ctx = Ctx {
        buttons: true,
        today: wegwijzer::core::calendar::parse_day("2026-12-01").expect("a date"),
        catalog: &cat,
        rules: &rules,
        default_lang: "nl",
        default_region: None,
        desk: wegwijzer::core::engine::Availability {
            advisers: true,
            open: true,
            opens: None,
        },
    };
    let first = step(&ctx, &Session::default(), &Input::Text("mijn kind is geschorst".into()), None).session;
    c.bench_function("engine: first message (triage + greeting + flow start)", |b| {
        b.iter(|| {
            step(
                &ctx,
                &Session::default(),
                std::hint::black_box(&Input::Text("mijn kind is geschorst".into())),
                None,
            )
        })
    });
    c.bench_function("engine: button press to an answer", |b| {
        b.iter(|| step(&ctx, &first, std::hint::black_box(&Input::Choice { index: 0, step: None }), None))
    });
}

criterion_group!(benches, triage, engine);
criterion_main!(benches);
