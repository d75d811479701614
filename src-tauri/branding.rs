//! The organisation as the interface shows it: name, support contacts,
//! logo and house colours from the effective preset. Colours are design
//! tokens the interface applies; a pair too low in contrast for WCAG AA
//! (4.5:1) is left out, so the interface keeps its own readable one.

use base64::Engine;
use overstap_core::preset::named_files::NamedFile;
use overstap_core::preset::EffectivePreset;
use serde::Serialize;
use ts_rs::TS;

/// WCAG 2.1 AA for normal text.
const MIN_CONTRAST: f64 = 4.5;

#[derive(Debug, Clone, Serialize, TS)]
pub struct OrganisationView {
    pub name: Option<String>,
    pub support_email: Option<String>,
    pub support_phone: Option<String>,
    pub support_web: Option<String>,
    pub support_matrix_room: Option<String>,
    /// A `data:` URL (SVG or PNG).
    pub logo: Option<String>,
    pub colors: ColorTokens,
}

/// House colours as `#rrggbb`; each present only when readable.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct ColorTokens {
    pub primary: Option<String>,
    pub primary_text: Option<String>,
    pub link: Option<String>,
    pub focus: Option<String>,
}

/// `None` when no preset says anything about the organisation.
pub fn organisation_view(preset: &EffectivePreset) -> Option<OrganisationView> {
    let p = &preset.preset;
    if p.organisation.is_none() && p.branding.is_none() {
        return None;
    }
    let organisation = p.organisation.clone().unwrap_or_default();
    let support = organisation.support.unwrap_or_default();
    let branding = p.branding.clone().unwrap_or_default();
    let colors = branding.colors.unwrap_or_default();
    let mut tokens = ColorTokens::default();
    // Buttons: the pair must be readable together.
    if let (Some(bg), Some(fg)) = (&colors.primary, &colors.primary_text) {
        if contrast(bg, fg).is_some_and(|c| c >= MIN_CONTRAST) {
            tokens.primary = Some(bg.clone());
            tokens.primary_text = Some(fg.clone());
        }
    }
    // Links sit on the (white) page; the focus ring needs 3:1 (non-text contrast).
    tokens.link = colors.link.filter(|c| contrast(c, "#ffffff").is_some_and(|r| r >= MIN_CONTRAST));
    tokens.focus = colors.focus.filter(|c| contrast(c, "#ffffff").is_some_and(|r| r >= 3.0));
    Some(OrganisationView {
        name: organisation.name,
        support_email: support.email,
        support_phone: support.phone,
        support_web: support.web,
        support_matrix_room: support.matrix_room,
        // The bytes read (and, from a system preset, checked) at the start.
        logo: preset.files.logo().and_then(logo_data_url),
        colors: tokens,
    })
}

/// The logo as a `data:` URL; its size was capped when it was read
/// (`named_files::MAX_LOGO_BYTES`).
fn logo_data_url(logo: &NamedFile) -> Option<String> {
    let mime = match std::path::Path::new(&logo.path).extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => return None,
    };
    Some(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(&logo.bytes)))
}

/// WCAG 2.1 contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast("#000000", "#ffffff").unwrap() - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#ffffff").unwrap() - 4.48).abs() < 0.01);
        assert_eq!(contrast("#fff", "#000000"), None, "only #rrggbb");
    }
}
