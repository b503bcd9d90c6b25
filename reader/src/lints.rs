//! What rustc's lints on non-ASCII identifiers would say about the
//! identifiers a table generates, so that a table which would make a user's
//! `#![deny(warnings)]` build fail is a located table error instead.
//!
//! rustc runs three such lints over every identifier of a crate
//! (`rustc_lint::non_ascii_idents`), with the `unicode-security` crate
//! (Unicode TR39), as this module does:
//! - `uncommon_codepoints`: a character whose TR39 identifier status is not
//!   "allowed" (full-width forms, ligatures, historic scripts);
//! - `confusable_idents`: two identifiers with the same TR39 skeleton, one of
//!   them non-ASCII (`Оk` in Cyrillic and `Ok`);
//! - `mixed_script_confusables`: a script (augmented script set) whose every
//!   character in the crate could be mistaken for another script's (a lone
//!   Cyrillic `о`). Latin is always trusted.
//!
//! Only the table's own identifiers are seen here, so a script that the rest
//! of a crate uses more fully can be flagged where rustc would not: the fix
//! (a `variant`) is cheap, a failed build is not.

use std::collections::HashMap;

use unicode_security::mixed_script::AugmentedScriptSet;
use unicode_security::{
    is_potential_mixed_script_confusable_char, skeleton, GeneralSecurityProfile,
};

/// The characters of `ident` that `uncommon_codepoints` warns about, in
/// order of first appearance.
#[must_use]
pub fn uncommon_chars(ident: &str) -> Vec<char> {
    let mut found = Vec::new();
    for c in ident.chars() {
        if !c.is_ascii() && !c.identifier_allowed() && !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

/// `` `²` (U+00B2), `ｘ` (U+FF58) ``: the first four, then how many more.
#[must_use]
pub fn describe_chars(chars: &[char]) -> String {
    const SHOWN: usize = 4;
    let mut described: Vec<String> = chars
        .iter()
        .take(SHOWN)
        .map(|c| format!("`{c}` (U+{:04X})", u32::from(*c)))
        .collect();
    if chars.len() > SHOWN {
        described.push(format!("and {} more", chars.len() - SHOWN));
    }
    described.join(", ")
}

/// One identifier the table generates, with the line it comes from
/// (`None` for identifiers of the generated code itself).
#[derive(Debug, Clone, Copy)]
pub struct Generated<'a> {
    /// The identifier.
    pub ident: &'a str,
    /// The table line that makes it.
    pub line: Option<usize>,
}

/// A pair of identifiers `confusable_idents` warns about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confusable {
    /// The later identifier, the one to rename.
    pub ident: String,
    /// Its line.
    pub line: Option<usize>,
    /// The identifier it looks like.
    pub looks_like: String,
    /// That one's line.
    pub looks_like_line: Option<usize>,
}

/// The pairs among `idents` that `confusable_idents` warns about: the same
/// skeleton, at least one of the two non-ASCII.
#[must_use]
pub fn confusable_pairs(idents: &[Generated<'_>]) -> Vec<Confusable> {
    if idents.iter().all(|g| g.ident.is_ascii()) {
        return Vec::new();
    }
    let mut by_skeleton: HashMap<String, Generated<'_>> = HashMap::with_capacity(idents.len());
    let mut pairs = Vec::new();
    for &generated in idents {
        let key: String = skeleton(generated.ident).collect();
        match by_skeleton.get(&key) {
            Some(first) if first.ident == generated.ident => {}
            Some(first) if !(first.ident.is_ascii() && generated.ident.is_ascii()) => {
                pairs.push(Confusable {
                    ident: generated.ident.to_owned(),
                    line: generated.line,
                    looks_like: first.ident.to_owned(),
                    looks_like_line: first.line,
                });
            }
            Some(_) => {}
            None => {
                by_skeleton.insert(key, generated);
            }
        }
    }
    pairs
}

/// A script `mixed_script_confusables` warns about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixedScript {
    /// The script set, as rustc names it (`Cyrillic`).
    pub script: String,
    /// Its characters in the identifiers, every one a potential confusable.
    pub chars: Vec<char>,
    /// The identifiers that use it.
    pub idents: Vec<(String, Option<usize>)>,
}

/// The scripts among `idents` that `mixed_script_confusables` warns about,
/// by rustc's algorithm: a script set is trusted once one of its characters
/// is not a potential confusable, and Latin always is.
#[must_use]
pub fn mixed_script_confusables(idents: &[Generated<'_>]) -> Vec<MixedScript> {
    enum Usage {
        Suspicious(Vec<char>),
        Verified,
    }
    let mut usage: Vec<(AugmentedScriptSet, Usage)> =
        vec![(AugmentedScriptSet::for_char('A'), Usage::Verified)];
    for generated in idents {
        for c in generated.ident.chars() {
            if c.is_ascii() || !c.identifier_allowed() {
                continue;
            }
            let set = AugmentedScriptSet::for_char(c);
            let confusable = is_potential_mixed_script_confusable_char(c);
            match usage.iter_mut().find(|(s, _)| *s == set) {
                Some((_, Usage::Suspicious(chars))) if confusable => chars.push(c),
                Some((_, state @ Usage::Suspicious(_))) => *state = Usage::Verified,
                Some((_, Usage::Verified)) => {}
                None if confusable => usage.push((set, Usage::Suspicious(vec![c]))),
                None => usage.push((set, Usage::Verified)),
            }
        }
    }
    let verified: Vec<AugmentedScriptSet> = usage
        .iter()
        .filter(|(set, state)| matches!(state, Usage::Verified) && !set.is_all())
        .map(|(set, _)| *set)
        .collect();
    let mut found = Vec::new();
    for (set, state) in usage {
        let Usage::Suspicious(mut chars) = state else {
            continue;
        };
        let overlaps_trusted = verified.iter().any(|trusted| {
            let mut both = *trusted;
            both.intersect_with(set);
            !both.is_empty() && !both.is_all()
        });
        if set.is_all() || overlaps_trusted {
            continue;
        }
        chars.sort_unstable();
        chars.dedup();
        let idents = idents
            .iter()
            .filter(|g| g.ident.chars().any(|c| chars.contains(&c)))
            .map(|g| (g.ident.to_owned(), g.line))
            .collect();
        found.push(MixedScript {
            script: set.to_string(),
            chars,
            idents,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated(idents: &[&'static str]) -> Vec<Generated<'static>> {
        idents
            .iter()
            .enumerate()
            .map(|(line, ident)| Generated {
                ident,
                line: Some(line + 2),
            })
            .collect()
    }

    #[test]
    fn common_scripts_are_allowed() {
        for ident in [
            "ÉchecÜberÅngström",
            "未找到请求的资源",
            "ОшибкаАвторизации",
            "无效的企业ID",
            "त्रुटि",
            "エラー",
        ] {
            assert!(uncommon_chars(ident).is_empty(), "{ident}");
        }
    }

    #[test]
    fn full_width_and_ligatures_are_uncommon() {
        assert_eq!(uncommon_chars("Ａb１ﬁ"), ['Ａ', '１', 'ﬁ']);
        assert_eq!(describe_chars(&['²']), "`²` (U+00B2)");
        let many = describe_chars(&['a', 'b', 'c', 'd', 'e', 'f']);
        assert!(many.ends_with("`d` (U+0064), and 2 more"), "{many}");
    }

    #[test]
    fn confusables_need_a_non_ascii_side() {
        let pairs = confusable_pairs(&generated(&["Ok", "Оk", "Fine"]));
        assert_eq!(pairs.len(), 1);
        assert_eq!(
            (pairs[0].ident.as_str(), pairs[0].looks_like.as_str()),
            ("Оk", "Ok")
        );
        assert_eq!(pairs[0].line, Some(3));
        // `rn` and `m` share a skeleton, but both are ASCII: rustc is quiet.
        assert!(confusable_pairs(&generated(&["Arn", "Am", "Né"])).is_empty());
    }

    #[test]
    fn a_script_written_only_with_confusables_is_flagged() {
        // Cyrillic `С` and `о` alone: each looks like a Latin letter.
        let flagged = mixed_script_confusables(&generated(&["Сo", "Ok"]));
        assert_eq!(flagged.len(), 1, "{flagged:?}");
        assert_eq!(flagged[0].script, "Cyrillic");
        assert_eq!(flagged[0].idents, [("Сo".to_owned(), Some(2))]);
        // A Cyrillic letter that is no confusable (`Ш`) vouches for the script.
        assert!(mixed_script_confusables(&generated(&["Сo", "Шум"])).is_empty());
        assert!(mixed_script_confusables(&generated(&["未找到", "ОшибкаАвторизации"])).is_empty());
    }
}
