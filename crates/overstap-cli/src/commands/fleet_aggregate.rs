//! `overstap fleet aggregate SOURCE --out dashboard.html [--csv FILE]`.
//! (Being written on the `agg` branch.)

use overstap_core::{Error, ErrorCode};

use crate::args::AggregateArgs;
use crate::output::Out;

pub fn run(_out: &Out, _args: AggregateArgs) -> Result<u8, Error> {
    Err(Error::new(ErrorCode::Usage, "error-usage").arg("detail", "fleet aggregate is not built yet"))
}
