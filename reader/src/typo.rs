//! "Did you mean `message`?": whether a word is a typo of a known one (a
//! column of the header, an option of `#[codes(...)]`).
//!
//! Written here rather than taken from `strsim`: it is the one function the
//! reader needs, and `strsim` sat on the critical path of every user's cold
//! build (about 0.3 s of a 4.9 s build, measured with `cargo build
//! --timings` and `benches/compile_time.rs`).

/// Whether `a` is within two edits of `b`: insertions, deletions,
/// substitutions, and swaps of two adjacent characters (the optimal string
/// alignment distance, Damerau's variant that typos need).
#[must_use]
pub fn within_two_edits(a: &str, b: &str) -> bool {
    distance(a, b) <= 2
}

/// The optimal string alignment distance of `a` and `b`, or 3 where it is
/// more than 2.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    // Three rows of the distance table: two back, one back, this one.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, row);
    }
    previous[b.len()].min(3)
}

/// The candidate `word` is a typo of, if any: within two edits, or one for
/// a word of three characters or fewer (shorter words are within two edits
/// of too much: `mod` of `code`).
#[must_use]
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let allowed = if word.chars().count() <= 3 { 1 } else { 2 };
    candidates
        .into_iter()
        .map(|known| (distance(word, known), known))
        .filter(|&(distance, _)| distance <= allowed)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, known)| known)
}

#[cfg(test)]
mod tests {
    use super::{closest, within_two_edits};

    #[test]
    fn closest_candidate() {
        let options = ["module", "columns", "envelope"];
        assert_eq!(closest("colums", options), Some("columns"));
        assert_eq!(closest("envelop", options), Some("envelope"));
        assert_eq!(closest("shape", options), None);
        assert_eq!(closest("mod", options), None);
        assert_eq!(closest("cod", ["code", "message"]), Some("code"));
        assert_eq!(closest("msg", ["code", "message"]), None);
    }

    #[test]
    fn typos_of_a_column_name() {
        assert!(within_two_edits("mesage", "message")); // deletion
        assert!(within_two_edits("messages", "message")); // insertion
        assert!(within_two_edits("mesasge", "message")); // swap
        assert!(within_two_edits("categroy", "category")); // swap
        assert!(within_two_edits("cotegroy", "category")); // substitution and swap
        assert!(within_two_edits("htpp", "http"));
        assert!(within_two_edits("kind", "kind"));
    }

    #[test]
    fn other_words_are_not_typos() {
        assert!(!within_two_edits("solution", "message"));
        assert!(!within_two_edits("doc_url", "code"));
        assert!(!within_two_edits("msg", "message"));
        assert!(!within_two_edits("名称", "name"));
    }
}
