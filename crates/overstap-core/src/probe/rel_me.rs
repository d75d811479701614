//! Overstap's own version of Mastodon's link verification
//! (`app/services/verify_link_service.rb`): fetch the linked page over
//! https (200 only, under 1 MB, no JavaScript run) and look for an `<a>` or
//! `<link>` whose `rel` contains `me` and whose `href` is the profile URL.
//! Mastodon swallows its errors; this says which rule failed.

use scraper::{Html, Selector};

/// What the page says about the profile link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkBack {
    /// A `rel="me"` link to the profile is present.
    Present,
    /// `rel="me"` links exist, but to other addresses (listed).
    OtherTargets(Vec<String>),
    /// A link to the profile exists, but without `rel="me"`.
    WithoutRelMe,
    /// Nothing links to the profile.
    Absent,
}

/// Looks for the link back to `profile_url` in `html`.
pub fn find_link_back(html: &str, profile_url: &str) -> LinkBack {
    let document = Html::parse_document(html);
    let selector = Selector::parse("a[href], link[href]").expect("static selector");
    let wanted = normalise(profile_url);
    let mut rel_me_targets = Vec::new();
    let mut plain_link = false;
    for element in document.select(&selector) {
        let href = element.value().attr("href").unwrap_or_default();
        let rel_me = element
            .value()
            .attr("rel")
            // Mastodon matches the token `me` exactly (case-sensitive).
            .is_some_and(|rel| rel.split_ascii_whitespace().any(|token| token == "me"));
        let same = normalise(href) == wanted;
        match (rel_me, same) {
            (true, true) => return LinkBack::Present,
            (true, false) => rel_me_targets.push(href.to_owned()),
            (false, true) => plain_link = true,
            (false, false) => {}
        }
    }
    if plain_link {
        LinkBack::WithoutRelMe
    } else if rel_me_targets.is_empty() {
        LinkBack::Absent
    } else {
        LinkBack::OtherTargets(rel_me_targets)
    }
}

/// Mastodon compares `href.downcase == link_back.downcase`: case-insensitive,
/// otherwise exact (a trailing slash is a difference).
fn normalise(url: &str) -> String {
    url.to_lowercase()
}

/// The web address in a profile field value (Mastodon renders it as HTML).
pub fn field_url(value: &str) -> Option<String> {
    let fragment = Html::parse_fragment(value);
    let selector = Selector::parse("a[href]").expect("static selector");
    if let Some(a) = fragment.select(&selector).next() {
        return a.value().attr("href").map(str::to_owned);
    }
    let text: String = fragment.root_element().text().collect();
    let text = text.trim();
    (text.starts_with("https://") || text.starts_with("http://")).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROFILE: &str = "https://social.overheid.nl/@minbzk";

    #[test]
    fn finds_the_link_back_in_a_or_link_elements() {
        let a =
            r#"<html><body><a rel="me noopener" href="https://social.overheid.nl/@MinBZK">Mastodon</a></body></html>"#;
        assert_eq!(find_link_back(a, PROFILE), LinkBack::Present);
        let link = r#"<html><head><link rel="me" href="https://social.overheid.nl/@minbzk"></head></html>"#;
        assert_eq!(find_link_back(link, PROFILE), LinkBack::Present);
        // Mastodon's rules: exact address (a trailing slash differs), `me` in lower case.
        let slash = r#"<a rel="me" href="https://social.overheid.nl/@minbzk/">x</a>"#;
        assert!(matches!(find_link_back(slash, PROFILE), LinkBack::OtherTargets(_)));
        let upper = r#"<a rel="ME" href="https://social.overheid.nl/@minbzk">x</a>"#;
        assert_eq!(find_link_back(upper, PROFILE), LinkBack::WithoutRelMe);
    }

    #[test]
    fn says_which_rule_failed() {
        let plain = r#"<a href="https://social.overheid.nl/@minbzk">Volg ons</a>"#;
        assert_eq!(find_link_back(plain, PROFILE), LinkBack::WithoutRelMe);
        let other = r#"<a rel="me" href="https://social.overheid.nl/users/minbzk">x</a>"#;
        assert_eq!(
            find_link_back(other, PROFILE),
            LinkBack::OtherTargets(vec!["https://social.overheid.nl/users/minbzk".into()])
        );
        assert_eq!(find_link_back("<p>nothing</p>", PROFILE), LinkBack::Absent);
    }

    #[test]
    fn reads_the_url_of_a_profile_field() {
        let html = r#"<a href="https://www.rijksoverheid.nl" target="_blank" rel="nofollow noopener me"><span>rijksoverheid.nl</span></a>"#;
        assert_eq!(field_url(html).as_deref(), Some("https://www.rijksoverheid.nl"));
        assert_eq!(field_url("https://example.nl/").as_deref(), Some("https://example.nl/"));
        assert_eq!(field_url("Den Haag"), None);
    }
}
