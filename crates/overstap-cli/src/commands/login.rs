//! `overstap login SERVICE`, `overstap logout SERVICE`, `overstap accounts`:
//! sign-ins through the browser. The address to open is printed (and opened
//! unless `--no-browser`); the command waits for the browser, Ctrl+C stops
//! it. With `--json` each report is one line: first `{"sign_in": …}` with
//! the address, then `{"signed_in": …}` or `{"error": …}`.

use std::io::{BufRead, IsTerminal};
use std::path::Path;

use overstap_core::api::SignInRequest;
use overstap_core::i18n::Arg;
use overstap_core::probe::Secret;
use overstap_core::signin::{SignInOptions, SignInService};
use overstap_core::store::SignInRecord;
use overstap_core::{Error, ErrorCode, Overstap, Result};

use crate::args::{LoginArgs, LoginService};
use crate::bodies;
use crate::output::{print_line, Out};

pub fn run(api: &Overstap, out: &Out, args: LoginArgs) -> Result<()> {
    let service = service(args.service);
    let matrix_password = match &args.user {
        Some(user) if service == SignInService::Matrix => Some((user.clone(), read_password(out, user)?)),
        Some(_) => {
            return Err(Error::new(ErrorCode::Usage, "error-usage").arg("detail", "--user only goes with matrix"));
        }
        None => None,
    };
    let request = SignInRequest {
        service,
        server: args.server,
        email: args.email,
        options: SignInOptions { paste_code: args.paste_code, matrix_password },
        extra_ca_pem: args.ca_file.as_deref().map(super::read_ca_file).transpose()?,
        limits: None,
    };
    let runtime = super::runtime()?;
    let record = runtime.block_on(async {
        // Listening before anything is printed: Ctrl+C right after the first
        // line must cancel the sign-in, not kill the process unannounced.
        let interrupted = interrupt_listener()?;
        let pending = api.begin_sign_in(&request, out.lang).await?;
        if out.json {
            out.json_line(bodies::SignInStarted { sign_in: pending.view() })?;
        }
        if let Some(url) = &pending.browser_url {
            if !out.json {
                print_line(&out.tr("login-open-browser", &[]));
                print_line(&format!("  {url}"));
            }
            if !args.no_browser && webbrowser::open(url.as_str()).is_err() {
                tracing::warn!("no browser could be opened; the address was printed");
            }
        }
        let pasted = if pending.needs_code {
            eprintln!("{}", out.tr("login-paste-code", &[]));
            Some(read_line()?)
        } else {
            if pending.browser_url.is_some() && !out.json {
                eprintln!("{}", out.tr("login-waiting", &[]));
            }
            None
        };
        tokio::select! {
            finished = api.finish_sign_in(pending, pasted) => finished,
            _ = interrupted => Err(Error::new(ErrorCode::SignInFailed, "error-sign-in-cancelled")),
        }
    })?;
    if out.json {
        out.json_line(bodies::SignedIn { signed_in: record })?;
    } else {
        print_line(&out.tr("login-done", &record_args(&record)));
    }
    Ok(())
}

pub fn logout(api: &Overstap, out: &Out, service: LoginService, ca_file: Option<&Path>) -> Result<()> {
    let service = self::service(service);
    let extra_ca_pem = ca_file.map(super::read_ca_file).transpose()?;
    let removed = super::runtime()?.block_on(api.sign_out(service, extra_ca_pem.as_deref(), None))?;
    if out.json {
        out.json(bodies::SignedOut { signed_out: removed })?;
        return Ok(());
    }
    match removed {
        Some(record) => print_line(&out.tr("logout-done", &record_args(&record))),
        None => print_line(&out.tr("logout-none", &[("service", Arg::from(service.as_str()))])),
    }
    Ok(())
}

pub fn accounts(api: &Overstap, out: &Out) -> Result<()> {
    let records = api.sign_ins()?;
    if out.json {
        out.json(bodies::Accounts { accounts: records })?;
    } else if records.is_empty() {
        print_line(&out.tr("login-none", &[]));
    } else {
        for record in &records {
            let mut args = record_args(record);
            args.push(("service", Arg::from(record.service.as_str())));
            args.push(("since", Arg::from(record.signed_in_at.as_str())));
            print_line(&out.tr("login-status-line", &args));
        }
    }
    Ok(())
}

/// Ctrl+C as a future, registered with the OS at once (tokio's `ctrl_c()`
/// only registers when first polled).
fn interrupt_listener() -> Result<std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>> {
    let failed = |e: std::io::Error| Error::new(ErrorCode::Internal, "error-internal").detail(e);
    #[cfg(unix)]
    {
        let mut signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).map_err(failed)?;
        Ok(Box::pin(async move {
            signal.recv().await;
        }))
    }
    #[cfg(windows)]
    {
        let mut signal = tokio::signal::windows::ctrl_c().map_err(failed)?;
        Ok(Box::pin(async move {
            signal.recv().await;
        }))
    }
}

fn record_args(record: &SignInRecord) -> Vec<(&'static str, Arg)> {
    vec![("server", Arg::from(record.server.as_str())), ("account", Arg::from(record.account.as_str()))]
}

fn service(s: LoginService) -> SignInService {
    match s {
        LoginService::Matrix => SignInService::Matrix,
        LoginService::Mastodon => SignInService::Mastodon,
        LoginService::Nextcloud => SignInService::Nextcloud,
    }
}

/// Asked without echo on a terminal; one line of standard input otherwise (scripts).
fn read_password(out: &Out, user: &str) -> Result<Secret> {
    let prompt = out.tr("login-password-prompt", &[("user", Arg::from(user))]);
    if std::io::stdin().is_terminal() {
        let password = rpassword::prompt_password(format!("{prompt} "))
            .map_err(|e| Error::new(ErrorCode::Internal, "error-internal").detail(e))?;
        return Ok(Secret::new(password));
    }
    Ok(Secret::new(read_line()?))
}

fn read_line() -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::new(ErrorCode::IoError, "error-io").arg("path", "stdin").arg("cause", e.to_string()))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
