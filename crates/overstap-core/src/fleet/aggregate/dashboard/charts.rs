//! The dashboard's charts as inline SVG, drawn here: no script, no font or
//! library from anywhere. Each chart is an image with a text alternative,
//! and the figures it shows are also in a table beside it; colours are
//! never the only difference (the step states also differ in pattern and
//! each bar carries its number).

use maud::{html, Markup};

/// The fills of the step states, in the order todo, done, skipped, blocked.
pub(crate) const STATE_FILLS: [&str; 4] = ["#ffffff", "#1e6b3a", "url(#p-skipped)", "url(#p-blocked)"];
const INK: &str = "#1b1b1b";
const MUTED: &str = "#4a4a4a";
const TRACK: &str = "#e8e8e8";
const BAR: &str = "#1d5fa8";
const OUTLINE: &str = "#595959";

/// The patterns the state fills refer to, once per page.
pub(crate) fn pattern_definitions() -> Markup {
    html! {
        svg class="defs" width="0" height="0" aria-hidden="true" focusable="false" {
            defs {
                pattern id="p-blocked" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                    rect width="6" height="6" fill="#a51d16" {}
                    rect width="2" height="6" fill="#ffffff" {}
                }
                pattern id="p-skipped" width="5" height="5" patternUnits="userSpaceOnUse" {
                    rect width="5" height="5" fill="#5a6573" {}
                    circle cx="2.5" cy="2.5" r="1" fill="#ffffff" {}
                }
            }
        }
    }
}

/// A small swatch for a legend.
pub(crate) fn swatch(fill: &str) -> Markup {
    html! {
        svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false" {
            rect x="0.5" y="0.5" width="17" height="13" fill=(fill) stroke=(OUTLINE) {}
        }
    }
}

/// One bar of a [`bars`] chart.
pub(crate) struct Bar {
    pub label: String,
    /// Where the bar ends, between 0 and `max`.
    pub value: f64,
    pub max: f64,
    /// The number printed after the bar.
    pub text: String,
}

const WIDTH: f64 = 640.0;
const TRACK_WIDTH: f64 = 470.0;

/// Horizontal bars, each with its label above and its number after it.
/// The text alternative names every bar with its number.
pub(crate) fn bars(title: &str, bars: &[Bar]) -> Markup {
    let row = 46.0;
    let height = row * bars.len() as f64 + 8.0;
    let alternative =
        format!("{title}: {}", bars.iter().map(|b| format!("{} {}", b.label, b.text)).collect::<Vec<_>>().join("; "));
    html! {
        svg viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(alternative) focusable="false" {
            @for (i, bar) in bars.iter().enumerate() {
                @let y = row * i as f64;
                @let share = if bar.max > 0.0 { (bar.value / bar.max).clamp(0.0, 1.0) } else { 0.0 };
                text x="0" y=(y + 16.0) font-size="14" fill=(INK) { (bar.label) }
                rect x="0.5" y=(y + 22.5) width=(TRACK_WIDTH) height="18" fill=(TRACK) stroke=(OUTLINE) {}
                rect x="0.5" y=(y + 22.5) width=(format!("{:.1}", share * TRACK_WIDTH)) height="18" fill=(BAR) {}
                text x=(TRACK_WIDTH + 10.0) y=(y + 37.0) font-size="14" fill=(INK) { (bar.text) }
            }
        }
    }
}

/// One line of a [`lines`] chart.
pub(crate) struct Line {
    pub values: Vec<f64>,
}

/// A line over the days: `labels` on the time axis (first, middle, last are
/// written), values from 0 to `max`, the axis marked with `tick` texts.
pub(crate) fn line(title: &str, labels: &[String], series: &Line, max: f64, tick: impl Fn(f64) -> String) -> Markup {
    let (left, right, top, bottom) = (64.0, WIDTH - 16.0, 12.0, 200.0);
    let max = if max > 0.0 { max } else { 1.0 };
    let x = |i: usize| {
        let span = labels.len().saturating_sub(1).max(1) as f64;
        left + (right - left) * i as f64 / span
    };
    let y = |v: f64| bottom - (bottom - top) * (v / max).clamp(0.0, 1.0);
    let points: Vec<String> =
        series.values.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v))).collect();
    // The text alternative: where the line starts and where it ends.
    let alternative = match (labels.first(), labels.last(), series.values.first(), series.values.last()) {
        (Some(from), Some(to), Some(start), Some(end)) => {
            format!("{title}: {from} {}, {to} {}", tick(*start), tick(*end))
        }
        _ => title.to_owned(),
    };
    let marked: Vec<usize> = match labels.len() {
        0 => Vec::new(),
        1 => vec![0],
        n => vec![0, (n - 1) / 2, n - 1],
    };
    html! {
        svg viewBox=(format!("0 0 {WIDTH} 236")) role="img" aria-label=(alternative) focusable="false" {
            @for step in 0..=4 {
                @let value = max * f64::from(step) / 4.0;
                line x1=(left) x2=(right) y1=(y(value)) y2=(y(value)) stroke=(if step == 0 { OUTLINE } else { TRACK }) {}
                text x=(left - 8.0) y=(y(value) + 5.0) font-size="13" text-anchor="end" fill=(MUTED) { (tick(value)) }
            }
            @for i in marked {
                text x=(x(i)) y=(bottom + 22.0) font-size="13" fill=(MUTED)
                    text-anchor=(if i == 0 { "start" } else if i + 1 == labels.len() { "end" } else { "middle" }) { (labels[i]) }
            }
            @if points.len() == 1 {
                circle cx=(x(0)) cy=(y(series.values[0])) r="4" fill=(BAR) {}
            } @else {
                polyline points=(points.join(" ")) fill="none" stroke=(BAR) stroke-width="3" stroke-linejoin="round" {}
            }
        }
    }
}

/// A small bar of a step's states, beside the same numbers in a table row.
pub(crate) fn states(counts: [u64; 4]) -> Markup {
    let total: u64 = counts.iter().sum();
    let width = 160.0;
    // Done, skipped, blocked, then what is left to do, left to right.
    let mut segments = Vec::new();
    let mut x = 0.5;
    for state in [1, 2, 3, 0] {
        let part = if total == 0 { 0.0 } else { width * counts[state] as f64 / total as f64 };
        if part > 0.0 {
            segments.push((format!("{x:.1}"), format!("{part:.1}"), STATE_FILLS[state]));
        }
        x += part;
    }
    html! {
        svg width="161" height="16" viewBox="0 0 161 16" aria-hidden="true" focusable="false" {
            @for (x, part, fill) in &segments {
                rect x=(x) y="0.5" width=(part) height="15" fill=(fill) {}
            }
            rect x="0.5" y="0.5" width=(width) height="15" fill="none" stroke=(OUTLINE) {}
        }
    }
}

/// A bar for a share, in a table cell beside its number.
pub(crate) fn share(value: f64) -> Markup {
    let width = 100.0 * value.clamp(0.0, 1.0);
    html! {
        svg width="101" height="14" viewBox="0 0 101 14" aria-hidden="true" focusable="false" {
            rect x="0.5" y="0.5" width="100" height="13" fill=(TRACK) stroke=(OUTLINE) {}
            rect x="0.5" y="0.5" width=(format!("{width:.1}")) height="13" fill=(BAR) {}
        }
    }
}
