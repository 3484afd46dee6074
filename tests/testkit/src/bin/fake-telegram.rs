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
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let fake = FakeTelegram::start_on(&args.listen).await;
    println!("Bot API stand-in at {}", fake.api_url());
    if args.parents == 0 {
        std::future::pending::<()>().await;
    }
    fake.wait_until("a bot to call getMe", |f| !f.calls("getMe").is_empty()).await;
    let outcome = load::run(
        &fake,
        &load::Options {
            parents: args.parents,
            rate: args.rate,
            concurrency: args.concurrency,
        },
    )
    .await?;
    println!("{outcome}");
    Ok(())
}
