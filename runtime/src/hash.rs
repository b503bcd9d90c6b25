//! The hash functions of the generated lookup tables. `codetables-codegen`
//! searches, at expansion time, for the parameters that make them
//! collision-free on a table's codes and names, and the generated code calls
//! these same functions: one definition, so the two cannot disagree.

/// The slot of `code` in a table of `2^(64 - shift)` slots: multiply-shift
/// hashing (Dietzfelbinger et al.), one multiplication and one shift.
#[inline]
#[must_use]
pub const fn code_slot(code: u32, multiplier: u64, shift: u32) -> usize {
    // The shift leaves at most 63 bits, and the tables are far smaller than
    // `usize::MAX`; the cast keeps every bit that matters.
    #[allow(clippy::cast_possible_truncation)]
    let slot = ((code as u64).wrapping_mul(multiplier) >> shift) as usize;
    slot
}

/// The slot of `name` in a table of `2^(64 - shift)` slots: the bytes are
/// folded eight at a time (`FxHash`'s step) from `seed`, then
/// multiply-shifted.
#[inline]
#[must_use]
pub const fn name_slot(name: &[u8], seed: u64, shift: u32) -> usize {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut hash = seed;
    let mut at = 0;
    while at + 8 <= name.len() {
        let word = u64::from_le_bytes([
            name[at],
            name[at + 1],
            name[at + 2],
            name[at + 3],
            name[at + 4],
            name[at + 5],
            name[at + 6],
            name[at + 7],
        ]);
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(K);
        at += 8;
    }
    let mut tail = 0u64;
    let mut shift_in = 0;
    while at < name.len() {
        tail |= (name[at] as u64) << shift_in;
        shift_in += 8;
        at += 1;
    }
    hash = (hash.rotate_left(5) ^ tail ^ (name.len() as u64)).wrapping_mul(K);
    #[allow(clippy::cast_possible_truncation)]
    let slot = (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize;
    slot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_stay_in_the_table() {
        for shift in [32, 50, 63] {
            let size = 1usize << (64 - shift);
            for code in [0, 1, 51006, u32::MAX] {
                assert!(code_slot(code, 0x9e37_79b9_7f4a_7c15, shift) < size);
            }
            for name in [
                "",
                "a",
                "CONN_TOKEN_INVALID",
                "exactly8",
                "longer than sixteen bytes",
            ] {
                assert!(name_slot(name.as_bytes(), 7, shift) < size);
            }
        }
    }

    #[test]
    fn names_of_every_length_hash_differently() {
        // Every byte, including the tail and the length, changes the hash.
        let names = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "abcdefgh",
            "abcdefgi",
            "abcdefgh\0",
            "abcdefghabcdefgh",
        ];
        let slots: Vec<usize> = names
            .iter()
            .map(|n| name_slot(n.as_bytes(), 1, 32))
            .collect();
        for (i, a) in slots.iter().enumerate() {
            for b in &slots[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
