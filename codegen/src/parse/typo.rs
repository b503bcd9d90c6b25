//! "Did you mean `message`?": whether a header is a typo of a known column.
//!
//! Written here rather than taken from `strsim`: it is the one function the
//! reader needs, and `strsim` sat on the critical path of every user's cold
//! build (about 0.3 s of a 4.9 s build, measured with `cargo build
//! --timings` and `benches/compile_time.rs`).

/// Whether `a` is within two edits of `b`: insertions, deletions,
/// substitutions, and swaps of two adjacent characters (the optimal string
/// alignment distance, Damerau's variant that typos need).
pub(super) fn within_two_edits(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return false;
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
    previous[b.len()] <= 2
}

#[cfg(test)]
mod tests {
    use super::within_two_edits;

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
