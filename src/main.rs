//! The `wegwijzer` command: argument parsing only; each subcommand lives in `wegwijzer::cli`.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    wegwijzer::cli::main(wegwijzer::cli::Cli::parse()).await
}
