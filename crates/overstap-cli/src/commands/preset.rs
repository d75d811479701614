//! `overstap preset show | validate FILE | schema | import FILE | client-configs --out DIR`: the organisation's
//! preset for IT — what applies and where each value came from (like
//! Firefox's about:policies), a file checked before it ships, the schema.

use std::path::Path;

use overstap_core::api::{preset_schema, PresetProblemView, PresetView};
use overstap_core::{Overstap, Result};

use crate::args::PresetCommand;
use crate::bodies;
use crate::output::{print_json, print_line, Out};

/// Exit code of `validate` when the file has problems (as for invalid checklist data).
const INVALID: u8 = 4;

pub fn run(api: &Overstap, out: &Out, command: PresetCommand) -> Result<u8> {
    match command {
        PresetCommand::Show => show(api, out),
        PresetCommand::Validate { file } => validate(api, out, &file),
        PresetCommand::Import { file, signature } => {
            out.json_can_name(&file)?;
            let imported = api.import_preset(&file, signature.as_deref(), out.lang)?;
            if out.json {
                out.json(bodies::PresetImported { imported })?;
            } else {
                let args = [
                    ("serial", imported.serial.to_string().into()),
                    ("key", imported.signed_by.key_id.to_string().into()),
                ];
                print_line(&out.tr("preset-imported", &args));
                print_problems(out, &imported.problems);
            }
            Ok(0)
        }
        PresetCommand::ClientConfigs { out: dir, preset } => {
            out.json_can_name(&dir)?;
            if let Some(file) = &preset {
                out.json_can_name(file)?;
            }
            let made = api.write_client_configs(&dir, preset.as_deref(), out.lang)?;
            if out.json {
                out.json(bodies::PresetClientConfigs { client_configs: made })?;
            } else {
                for file in &made.written {
                    print_line(&format!("{}\n    {}", file.path, file.about));
                }
                print_problems(out, &made.problems);
            }
            Ok(0)
        }
        PresetCommand::Examples => {
            let examples = api.example_presets();
            if out.json {
                out.json(bodies::PresetExamples { examples })?;
            } else {
                for e in &examples {
                    print_line(&format!("{:<22} {}", e.id, e.name));
                }
            }
            Ok(0)
        }
        PresetCommand::UseExample { id, none: _ } => {
            api.use_example_preset(id.as_deref())?;
            if out.json {
                out.json(bodies::PresetUseExample { example: id })?;
            } else {
                let text = match &id {
                    Some(id) => out.tr("cli-example-used", &[("id", id.as_str().into())]),
                    None => out.tr("cli-example-none", &[]),
                };
                print_line(&text);
            }
            Ok(0)
        }
        PresetCommand::Schema => {
            print_json(&preset_schema())?;
            Ok(0)
        }
    }
}

fn show(api: &Overstap, out: &Out) -> Result<u8> {
    let view = api.preset_view(out.lang);
    if out.json {
        out.json(bodies::PresetShow { preset: view })?;
        return Ok(0);
    }
    print_show(out, &view);
    Ok(0)
}

fn print_show(out: &Out, view: &PresetView) {
    if view.sources.is_empty() {
        print_line(&out.tr("preset-show-none", &[]));
    }
    for source in &view.sources {
        let state = if source.refused { out.tr("preset-show-refused", &[]) } else { String::new() };
        print_line(&format!(
            "{} {}{state}",
            out.tr(&format!("preset-layer-{}", layer(source.layer)), &[]),
            source.origin
        ));
    }
    if !view.settings.is_empty() {
        print_line("");
    }
    for setting in &view.settings {
        let lock = if setting.locked { format!(" [{}]", out.tr("preset-show-locked", &[])) } else { String::new() };
        let value = if setting.secret { out.tr("preset-show-secret", &[]) } else { setting.value.to_string() };
        print_line(&format!("{} = {value}{lock}    ({})", setting.key, setting.origin));
    }
    print_problems(out, &view.problems);
}

fn validate(api: &Overstap, out: &Out, file: &Path) -> Result<u8> {
    out.json_can_name(file)?;
    let result = api.validate_preset_file(file, out.lang)?;
    let valid = result.valid;
    if out.json {
        out.json(bodies::PresetValidate { validation: result })?;
    } else if result.valid {
        print_line(&out.tr("preset-valid", &[("file", result.file.as_str().into())]));
    } else {
        print_problems(out, &result.problems);
        if result.refused {
            print_line(&out.tr("preset-refused-whole", &[]));
        }
    }
    Ok(if valid { 0 } else { INVALID })
}

fn print_problems(out: &Out, problems: &[PresetProblemView]) {
    if problems.is_empty() {
        return;
    }
    print_line("");
    print_line(&out.tr("preset-show-problems", &[("count", problems.len().into())]));
    for p in problems {
        let key = if p.key.is_empty() { String::new() } else { format!("{}: ", p.key) };
        print_line(&format!("  {}:{}:{}: {key}{}", p.file, p.line, p.column, p.message));
    }
}

fn layer(layer: overstap_core::preset::Layer) -> &'static str {
    match layer {
        overstap_core::preset::Layer::System => "system",
        overstap_core::preset::Layer::Imported => "imported",
        overstap_core::preset::Layer::Example => "example",
    }
}
