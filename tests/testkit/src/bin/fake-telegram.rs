//! The Bot API stand-in as its own process: point any Telegram bot at it (for teloxide,
//! `TELEGRAM_API_URL`; for aiogram, a custom `TelegramAPIServer`) and, with `--parents`, load it
//! with simulated parents once the bot has connected.

use clap::Parser;
use wegwijzer_testkit::{FakeTelegram, load};

#[derive(Parser)]
#[command(about = "A Telegram Bot API stand-in with simulated parents")]
struct Args {
    /// Where to listen.
    #[arg(long, default_value = "127.0.0.1:8081")]
    listen: String,
    /// Simulated parents to run once a bot calls getMe (0: serve only).
    #[arg(long, default_value_t = 0)]
    parents: usize,
    /// Offered load in updates per second (default: as fast as the bot answers).
    #[arg(long)]
    rate: Option<f64>,
    /// Parents talking at the same time.
    #[arg(long, default_value_t = 200)]
    concurrency: usize,
    /// Chats (group ids) that are forums.
    #[arg(long, allow_negative_numbers = true)]
    forum: Vec<i64>,
    /// Answer 429 to messages beyond Telegram's rate limits, and print how many there were.
    #[arg(long)]
    enforce_limits: bool,
    #[command(flatten)]
    faults: load::FaultArgs,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let fake = FakeTelegram::start_on(&args.listen).await;
    for f in &args.forum {
        fake.make_forum(*f);
    }
    fake.enforce_limits(args.enforce_limits);
    fake.set_latency(std::time::Duration::from_millis(args.faults.latency_ms));
    println!("Bot API stand-in at {}", fake.api_url());
    if args.parents == 0 {
        std::future::pending::<()>().await;
    }
    fake.wait_until("a bot to call getMe", |f| !f.calls("getMe").is_empty()).await;
    let outcome = load::run(&fake, &args.faults.options(args.parents, args.rate, args.concurrency)).await?;
    println!("{outcome}");
    if args.enforce_limits {
        println!("rate limit violations: {}", fake.limit_violations());
    }
    Ok(())
}
