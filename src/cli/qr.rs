//! `wegwijzer qr`: a poster with a QR code that opens a topic in a language on Telegram.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::core::catalog::Catalog;
use crate::ops::poster::Poster;

/// What `wegwijzer qr` takes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The bot's Telegram username (from @BotFather), e.g. wegwijzer_bot.
    #[arg(long, env = "TELEGRAM_BOT_USERNAME")]
    bot: String,
    /// The language the bot speaks from the first message, e.g. ar.
    #[arg(long)]
    lang: String,
    /// The topic it opens, e.g. newcomers (the file name in flows/).
    #[arg(long)]
    topic: String,
    /// Folder for the poster: qr-<lang>-<topic>.svg and .png.
    #[arg(long, default_value = ".")]
    out: PathBuf,
}

/// Writes the poster's SVG and PNG and prints the link and the files.
pub fn run(catalog: &Catalog, args: Args) -> Result<ExitCode> {
    let poster = Poster::new(catalog, &args.bot, &args.lang, &args.topic)?;
    std::fs::create_dir_all(&args.out).with_context(|| format!("cannot create {}", args.out.display()))?;
    let base = args.out.join(format!("qr-{}-{}", args.lang, args.topic));
    let svg = base.with_extension("svg");
    let png = base.with_extension("png");
    std::fs::write(&svg, &poster.svg).with_context(|| format!("cannot write {}", svg.display()))?;
    std::fs::write(&png, poster.png()?).with_context(|| format!("cannot write {}", png.display()))?;
    println!("{}\n{}\n{}", poster.link, svg.display(), png.display());
    Ok(ExitCode::SUCCESS)
}
