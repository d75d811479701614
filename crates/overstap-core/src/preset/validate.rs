//! The checks a preset's values must pass beyond their types: https
//! addresses, colours, languages, known checklists and steps, complete
//! texts for the organisation's own steps, lockable keys. Each problem is
//! listed at its key and the value is left out; the rest applies.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{ExtraStep, Preset};
use super::parse::{PresetProblem, Spans};
use super::paths;
use crate::checklist::{self, Library, StepRef};
use crate::lang::Lang;
use crate::probe::Message;

/// Reports and removes invalid values of `preset`.
pub(super) fn validate(preset: &mut Preset, library: &Library, spans: &Spans<'_>, problems: &mut Vec<PresetProblem>) {
    let mut report = |key: &str, message: Message| problems.push(spans.problem(key, false, message));

    if let Some(org) = &mut preset.organisation {
        check(&mut org.domain, "organisation.domain", is_domain, "preset-bad-domain", &mut report);
        if let Some(departments) = &mut org.departments {
            dedupe(departments, "organisation.departments", &mut report);
        }
        if let Some(support) = &mut org.support {
            check(&mut support.email, "organisation.support.email", is_email, "preset-bad-email", &mut report);
            check(&mut support.web, "organisation.support.web", is_https, "preset-not-https", &mut report);
            let key = "organisation.support.matrix_room";
            check(&mut support.matrix_room, key, is_matrix_room, "preset-bad-matrix-room", &mut report);
        }
    }
    if let Some(branding) = &mut preset.branding {
        check(&mut branding.logo, "branding.logo", is_logo_path, "preset-bad-logo", &mut report);
        if let Some(colors) = &mut branding.colors {
            for (name, value) in [
                ("primary", &mut colors.primary),
                ("primary_text", &mut colors.primary_text),
                ("link", &mut colors.link),
                ("focus", &mut colors.focus),
            ] {
                check(value, &format!("branding.colors.{name}"), is_color, "preset-bad-color", &mut report);
            }
        }
    }
    if let Some(servers) = &mut preset.servers {
        mastodon_address(&mut servers.mastodon, &mut report);
        for (name, value) in [
            ("mastodon", &mut servers.mastodon),
            ("nextcloud", &mut servers.nextcloud),
            ("report_upload", &mut servers.report_upload),
        ] {
            check(value, &format!("servers.{name}"), is_https, "preset-not-https", &mut report);
        }
        check(&mut servers.matrix, "servers.matrix", is_matrix_server, "preset-bad-matrix-server", &mut report);
    }
    if let Some(files) = preset.trust.as_mut().and_then(|t| t.ca_files.as_mut()) {
        dedupe(files, "trust.ca_files", &mut report);
    }
    if let Some(lo) = &mut preset.libreoffice {
        check(&mut lo.minimum_version, "libreoffice.minimum_version", is_version, "preset-bad-version", &mut report);
    }
    if let Some(reporting) = &mut preset.reporting {
        // A short salt makes the pseudonymous laptop ids guessable.
        let long_enough = |s: &str| s.chars().count() >= 16;
        check(&mut reporting.salt, "reporting.salt", long_enough, "preset-short-salt", &mut report);
    }
    if let Some(defaults) = &mut preset.defaults {
        let known = |l: &str| l.parse::<Lang>().is_ok();
        check(&mut defaults.language, "defaults.language", known, "preset-bad-language", &mut report);
    }
    if let Some(extra) = &mut preset.extra_steps {
        validate_extra_steps(extra, library, &mut report);
    }
    let extra_ids: BTreeSet<StepRef> =
        preset.extra_steps.iter().flatten().map(|s| StepRef::new(&s.checklist, &s.id)).collect();
    if let Some(checklists) = &mut preset.checklists {
        checklists.retain(|id, policy| {
            let key = format!("checklists.{id}");
            let Some(checklist) = library.checklist(id) else {
                report(&key, Message::new("preset-unknown-checklist").arg("id", id));
                return false;
            };
            if let Some(steps) = &mut policy.steps {
                steps.retain(|step, _| {
                    let known = checklist.step(step).is_some() || extra_ids.contains(&StepRef::new(id, step));
                    if !known {
                        let m = Message::new("preset-unknown-step").arg("checklist", id).arg("step", step);
                        report(&format!("{key}.steps.{step}"), m);
                    }
                    known
                });
            }
            true
        });
    }
    if let Some(locked) = &mut preset.locked {
        let mut index = 0;
        locked.retain(|path| {
            let ok = paths::is_lockable(path, library);
            if !ok {
                report(&format!("locked[{index}]"), Message::new("preset-bad-lock").arg("path", path));
            }
            index += 1;
            ok
        });
    }
}

/// The organisation's own steps: ids, texts in every language, probes,
/// links and dependencies; a step with any problem is left out whole.
fn validate_extra_steps(steps: &mut Vec<ExtraStep>, library: &Library, report: &mut impl FnMut(&str, Message)) {
    let mut seen: BTreeSet<StepRef> = BTreeSet::new();
    let mut keep = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let key = format!("extra_steps[{i}]");
        let mut ok = true;
        let mut fail = |k: String, m: Message| {
            ok = false;
            report(&k, m);
        };
        let Some(checklist) = library.checklist(&step.checklist) else {
            fail(format!("{key}.checklist"), Message::new("preset-unknown-checklist").arg("id", &step.checklist));
            continue;
        };
        if !checklist::is_valid_id(&step.id) {
            fail(format!("{key}.id"), Message::new("preset-extra-step-bad-id").arg("id", &step.id));
        } else if checklist.step(&step.id).is_some() || seen.contains(&StepRef::new(&step.checklist, &step.id)) {
            fail(format!("{key}.id"), Message::new("preset-extra-step-exists").arg("id", &step.id));
        }
        complete_texts(&step.title, &format!("{key}.title"), &mut fail);
        if let Some(body) = &step.body {
            complete_texts(body, &format!("{key}.body"), &mut fail);
        }
        if let Some(probe) = &step.probe {
            if !checklist::PROBES.contains(&probe.as_str()) {
                fail(format!("{key}.probe"), Message::new("preset-unknown-probe").arg("id", probe));
            }
        }
        for (j, link) in step.links.iter().flatten().enumerate() {
            if !is_https(&link.url) {
                fail(format!("{key}.links[{j}].url"), Message::new("preset-not-https").arg("value", &link.url));
            }
            complete_texts(&link.label, &format!("{key}.links[{j}].label"), &mut fail);
        }
        for (j, dep) in step.depends_on.iter().flatten().enumerate() {
            let target = StepRef::parse(dep).unwrap_or_else(|| StepRef::new(&step.checklist, dep));
            // Extra steps may wait for shipped steps or for extra steps listed before them,
            // which also keeps them free of cycles.
            let exists = library.checklist(&target.checklist).is_some_and(|c| c.step(&target.step).is_some())
                || seen.contains(&target);
            if !exists {
                let m = Message::new("preset-unknown-dependency").arg("step", target.to_string());
                fail(format!("{key}.depends_on[{j}]"), m);
            }
        }
        if ok {
            seen.insert(StepRef::new(&step.checklist, &step.id));
            keep.push(step.clone());
        }
    }
    *steps = keep;
}

/// A text in every language the app offers, none empty.
fn complete_texts(texts: &BTreeMap<String, String>, key: &str, fail: &mut impl FnMut(String, Message)) {
    for lang in Lang::ALL {
        if texts.get(lang.code()).is_none_or(|t| t.trim().is_empty()) {
            fail(format!("{key}.{}", lang.code()), Message::new("preset-missing-text").arg("lang", lang.code()));
        }
    }
    for code in texts.keys().filter(|c| c.parse::<Lang>().is_err()) {
        fail(format!("{key}.{code}"), Message::new("preset-bad-language").arg("value", code));
    }
}

/// A Mastodon server as the app's own hint writes it (`social.overheid.nl`)
/// means `https://social.overheid.nl`, as it does in the person's settings;
/// `http://` is refused with its own message (Overstap speaks only https).
fn mastodon_address(value: &mut Option<String>, report: &mut impl FnMut(&str, Message)) {
    let Some(given) = value.as_deref().map(str::trim) else { return };
    if given.contains("://") {
        if given.to_ascii_lowercase().starts_with("http://") {
            report("servers.mastodon", Message::new("preset-mastodon-http").arg("value", given));
            *value = None;
        }
        return; // https:// or another scheme: the https check after this judges it
    }
    let host = given.trim_end_matches('/');
    let name = host.rsplit_once(':').filter(|(_, port)| port.parse::<u16>().is_ok()).map_or(host, |(h, _)| h);
    if is_domain(name) {
        *value = Some(format!("https://{host}"));
    }
}

/// Keeps `value` if `ok`; otherwise reports it at `key` with `message_id` and drops it.
fn check(
    value: &mut Option<String>,
    key: &str,
    ok: impl Fn(&str) -> bool,
    message_id: &str,
    report: &mut impl FnMut(&str, Message),
) {
    if let Some(v) = value.as_deref() {
        if !ok(v.trim()) || v.trim().is_empty() {
            report(key, Message::new(message_id).arg("value", v));
            *value = None;
        }
    }
}

/// Reports repeated or empty entries, and entries with invisible or
/// direction-changing characters (a department is sent in fleet reports and
/// counted on IT's dashboard: "Finance" and "Fin\u{200B}ance" must not be two
/// departments that look the same), and drops them.
fn dedupe(items: &mut Vec<String>, key: &str, report: &mut impl FnMut(&str, Message)) {
    let mut seen = BTreeSet::new();
    let mut index = 0;
    items.retain(|item| {
        let keep = if item.chars().any(crate::fleet::report::is_unsafe_char) {
            // Not quoted: the message would carry the very characters.
            report(&format!("{key}[{index}]"), Message::new("preset-unsafe-text"));
            false
        } else if item.trim().is_empty() || !seen.insert(item.clone()) {
            report(&format!("{key}[{index}]"), Message::new("preset-duplicate").arg("value", item));
            false
        } else {
            true
        };
        index += 1;
        keep
    });
}

fn is_https(s: &str) -> bool {
    url::Url::parse(s).is_ok_and(|u| {
        u.scheme() == "https"
            && u.host_str().is_some_and(|h| !h.is_empty())
            && u.username().is_empty()
            && u.password().is_none()
    })
}

fn is_domain(s: &str) -> bool {
    s.contains('.')
        && s.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !label.starts_with('-')
        })
}

fn is_email(s: &str) -> bool {
    s.rsplit_once('@').is_some_and(|(local, domain)| !local.is_empty() && !local.contains(' ') && is_domain(domain))
}

fn is_matrix_room(s: &str) -> bool {
    (s.starts_with('#') || s.starts_with('!')) && s.split_once(':').is_some_and(|(a, b)| a.len() > 1 && !b.is_empty())
}

/// A server name (`minbzk.nl`, `matrix.minbzk.nl:8448`) or an https:// homeserver address.
fn is_matrix_server(s: &str) -> bool {
    if s.contains("://") {
        return is_https(s);
    }
    let host = s.rsplit_once(':').filter(|(_, port)| port.parse::<u16>().is_ok()).map_or(s, |(h, _)| h);
    is_domain(host) || host == "localhost" || host.parse::<std::net::IpAddr>().is_ok()
}

fn is_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

fn is_version(s: &str) -> bool {
    !s.is_empty() && s.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) && s.len() <= 20
}

/// A relative path to an SVG or PNG next to the preset, never leaving its folder.
fn is_logo_path(s: &str) -> bool {
    let path = std::path::Path::new(s);
    let lower = s.to_ascii_lowercase();
    (lower.ends_with(".svg") || lower.ends_with(".png"))
        && path.is_relative()
        && path.components().all(|c| matches!(c, std::path::Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_checks() {
        assert!(is_https("https://social.overheid.nl"));
        assert!(!is_https("http://social.overheid.nl"));
        assert!(!is_https("https://user:pw@cloud.example.nl"));
        assert!(
            is_matrix_server("minbzk.nl") && is_matrix_server("localhost:8448") && is_matrix_server("https://m.x.nl")
        );
        assert!(!is_matrix_server("minbzk") && !is_matrix_server("http://m.x.nl"));
        assert!(is_color("#154273") && !is_color("154273") && !is_color("#15427g"));
        assert!(is_version("24.2") && is_version("7") && !is_version("24.x") && !is_version("1..2"));
        assert!(is_logo_path("logo.svg") && is_logo_path("img/logo.PNG"));
        assert!(!is_logo_path("../logo.svg") && !is_logo_path("/etc/logo.svg") && !is_logo_path("logo.gif"));
        assert!(is_email("servicedesk@minbzk.nl") && !is_email("servicedesk") && !is_email("a b@x.nl"));
        assert!(is_matrix_room("#hulp:minbzk.nl") && !is_matrix_room("hulp:minbzk.nl") && !is_matrix_room("#:x"));
    }

    #[test]
    fn a_mastodon_name_means_https_and_http_is_refused_with_its_own_message() {
        let library = checklist::load_embedded().unwrap();
        let read = |value: &str| {
            let text = format!("[servers]\nmastodon = \"{value}\"\n");
            let parsed = crate::preset::parse(&text, "p.toml", &library);
            let problems: Vec<_> =
                parsed.problems.iter().map(|p| (p.key.clone(), p.message.id.clone(), p.line)).collect();
            (parsed.preset.servers.and_then(|s| s.mastodon), problems)
        };
        // The settings screen's own example, as IT would copy it.
        assert_eq!(read("social.overheid.nl"), (Some("https://social.overheid.nl".into()), vec![]));
        assert_eq!(read("social.example.nl:8443/"), (Some("https://social.example.nl:8443".into()), vec![]));
        assert_eq!(read("https://social.overheid.nl"), (Some("https://social.overheid.nl".into()), vec![]));
        assert_eq!(
            read("http://social.overheid.nl"),
            (None, vec![("servers.mastodon".into(), "preset-mastodon-http".into(), 2)])
        );
        assert_eq!(read("social"), (None, vec![("servers.mastodon".into(), "preset-not-https".into(), 2)]));
        assert_eq!(
            read("ftp://social.overheid.nl"),
            (None, vec![("servers.mastodon".into(), "preset-not-https".into(), 2)])
        );
    }

    #[test]
    fn departments_with_invisible_or_direction_changing_characters_are_left_out() {
        let library = checklist::load_embedded().unwrap();
        let text = "[organisation]\nname = \"X\"\ndepartments = [\"Financiën\", \"Fin\u{200B}ance\", \"HR\u{202E}\", \"ICT\"]\n";
        let parsed = crate::preset::parse(text, "p.toml", &library);
        let departments = parsed.preset.organisation.and_then(|o| o.departments).unwrap();
        assert_eq!(departments, ["Financiën", "ICT"]);
        let problems: Vec<_> = parsed.problems.iter().map(|p| (p.key.as_str(), p.message.id.as_str())).collect();
        assert_eq!(
            problems,
            [
                ("organisation.departments[1]", "preset-unsafe-text"),
                ("organisation.departments[2]", "preset-unsafe-text")
            ]
        );
    }
}
