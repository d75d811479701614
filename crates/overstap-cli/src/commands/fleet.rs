//! `overstap fleet status|preview|send|schema`: this computer's fleet report.

use overstap_core::{Error, ErrorCode, Overstap};

use crate::args::FleetCommand;
use crate::output::Out;

pub fn run(_api: &Overstap, out: &Out, command: FleetCommand) -> Result<u8, Error> {
    match command {
        FleetCommand::Schema => {
            crate::output::print_line(&serde_json::to_string_pretty(&overstap_core::fleet::report::schema()).unwrap_or_default());
            let _ = out;
            Ok(0)
        }
        _ => Err(Error::new(ErrorCode::Usage, "error-usage").arg("detail", "being written")),
    }
}
