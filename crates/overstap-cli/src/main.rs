//! `overstap`: the command line for people and IT scripts. A thin layer:
//! it parses arguments (args.rs), calls `overstap_core::Overstap`, and
//! prints the result (output.rs). Nothing here decides anything the app
//! could decide differently.

mod args;
mod bodies;
mod commands;
mod envelope;
mod output;
#[cfg(test)]
mod schemas;

use std::process::ExitCode;

use clap::Parser;
use overstap_core::api::OpenOptions;
use overstap_core::store::ChangeSource;
use overstap_core::{logging, paths, Error, ErrorCode, Lang, Overstap};

use crate::args::{Cli, Command, FleetCommand};
use crate::output::Out;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let lines = matches!(cli.command, Command::Apply { .. } | Command::Login(_));
    // The system's language until the person's settings and the preset are
    // known; `run` switches to theirs as soon as it has them, so an error
    // is printed in the same language as everything else.
    let mut out = Out { json: cli.json, lines, lang: cli.lang.unwrap_or_else(Lang::from_os) };
    // Held until the end of main so that a failure is still logged.
    let mut log_guard = None;
    match run(cli, &mut out, &mut log_guard) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            tracing::error!(code = %err.code(), detail = err.technical_detail().unwrap_or(""), "command failed");
            out.error(&err);
            ExitCode::from(err.code().exit_code())
        }
    }
}

fn run(cli: Cli, out: &mut Out, log_guard: &mut Option<logging::Guard>) -> Result<u8, Error> {
    // Aggregation reads other laptops' reports on IT's computer: it needs no
    // data folder, progress database or preset of its own.
    let cli = match cli.command {
        Command::Fleet { command: FleetCommand::Aggregate(args) } => return commands::fleet_aggregate::run(out, args),
        _ => cli,
    };
    let opened = paths::resolve_data_dir(cli.data_dir.as_deref()).and_then(|data_dir| {
        paths::check_data_dir(&data_dir)?;
        *log_guard = logging::init(&data_dir, "overstap-cli");
        Overstap::open(OpenOptions { data_dir: Some(data_dir), source: ChangeSource::Cli })
    });
    let (api, notices) = match opened {
        Ok(opened) => opened,
        Err(err) => {
            // No database, so no setting of the person's: the organisation's language, if it has one.
            if cli.lang.is_none() {
                out.lang = overstap_core::api::system_preset_language().unwrap_or(out.lang);
            }
            return Err(err);
        }
    };
    // --lang, else the person's setting, else the organisation's, else the
    // system's: for the output and for any error `main` prints after this.
    out.lang = cli.lang.unwrap_or_else(|| api.language(out.lang));
    let out = &*out;
    for notice in &notices {
        out.notice(notice);
    }
    match cli.command {
        Command::Checklists => commands::checklists::run(&api, out)?,
        Command::Show { checklist } => commands::show::run(&api, out, &checklist)?,
        Command::Step { step, action, reason, note } => {
            commands::step::run(&api, out, &step, action, reason, note.as_deref())?;
        }
        Command::Progress => commands::progress::run(&api, out)?,
        Command::Export { format, out: file } => commands::export::run(&api, out, format, file.as_deref())?,
        Command::Apply { input } => return commands::apply::run(&api, out, &input),
        Command::Check(args) => return commands::check::run(&api, out, args),
        Command::Action { action, undo } => commands::action::run(&api, out, &action, undo)?,
        Command::Login(args) => commands::login::run(&api, out, args)?,
        Command::Logout { service, ca_file } => commands::login::logout(&api, out, service, ca_file.as_deref())?,
        Command::Accounts => commands::login::accounts(&api, out)?,
        Command::Settings { command } => commands::settings::run(&api, out, command)?,
        Command::Preset { command } => return commands::preset::run(&api, out, command),
        Command::Fleet { command } => return commands::fleet::run(&api, out, command),
    }
    Ok(0)
}

/// Help and version go to stdout with exit 0; real usage errors get exit 2,
/// as JSON when `--json` was among the arguments.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    // args_os: a non-UTF-8 argument must give a usage error, not a panic.
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let json = args.iter().any(|a| a == "--json");
    let lang = lang_from_args(&args).unwrap_or_else(Lang::from_os);
    if json {
        let detail = e.kind().to_string();
        let err = Error::new(ErrorCode::Usage, "error-usage")
            .arg("detail", format!("{detail}: {}", first_line(&e.render().to_string())));
        Out { json, lines: is_json_lines_command(&args), lang }.error(&err);
    } else {
        let _ = e.print();
    }
    ExitCode::from(ErrorCode::Usage.exit_code())
}

/// Whether the subcommand named in `args` prints JSON Lines (`apply`,
/// `login`), found without clap (whose parse just failed): the first
/// argument that is neither a global option nor the value of one.
fn is_json_lines_command(args: &[String]) -> bool {
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--data-dir" | "--lang" => {
                rest.next();
            }
            a if a.starts_with('-') => {}
            a => return a == "apply" || a == "login",
        }
    }
    false
}

fn lang_from_args(args: &[String]) -> Option<Lang> {
    let i = args.iter().position(|a| a == "--lang")?;
    args.get(i + 1)?.parse().ok()
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("").trim_start_matches("error: ")
}
