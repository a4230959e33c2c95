//! The stancegraph binary: parse, run, print the error chain once, exit non-zero.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = stancegraph::cli::Cli::parse();
    match stancegraph::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`| head`) is success.
            if err.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("stancegraph: {err:#}");
            ExitCode::FAILURE
        }
    }
}
