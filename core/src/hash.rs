//! The hash functions of the generated lookup tables. `codetables-codegen`
//! searches, at expansion time, for the parameters that make them
//! collision-free on a table's codes and names, and the generated code calls
//! these same functions: one definition, so the two cannot disagree.

/// The slot of `code` in a table of `2^(64 - shift)` slots: multiply-shift
/// hashing (Dietzfelbinger et al.), one multiplication and one shift.
#[inline]
#[must_use]
pub const fn code_slot(code: u32, multiplier: u64, shift: u32) -> usize {
    slot_of(code as u64, multiplier, shift)
}

/// [`code_slot`] for a table of signed codes: the code's two's-complement
/// bits, so a non-negative code has the same slot as in [`code_slot`].
#[inline]
#[must_use]
pub const fn signed_code_slot(code: i64, multiplier: u64, shift: u32) -> usize {
    // The bits, not the value: `-1` is `u64::MAX`, which hashes like any key.
    #[allow(clippy::cast_sign_loss)]
    let bits = code as u64;
    slot_of(bits, multiplier, shift)
}

#[inline]
const fn slot_of(bits: u64, multiplier: u64, shift: u32) -> usize {
    // The shift leaves at most 63 bits, and the tables are far smaller than
    // `usize::MAX`; the cast keeps every bit that matters.
    #[allow(clippy::cast_possible_truncation)]
    let slot = (bits.wrapping_mul(multiplier) >> shift) as usize;
    slot
}

/// The slot of `name` in a table of `2^(64 - shift)` slots.
///
/// Constant work whatever the length, so no loop for the branch predictor
/// to miss: the first, middle and last eight bytes (overlapping for short
/// names, zero-padded below eight) and the length are folded with
/// `FxHash`'s step, then multiply-shifted. Names that differ only outside
/// those 24 bytes share a slot; lookups compare whole names, so that costs
/// a probe, never a wrong answer.
#[inline]
#[must_use]
pub fn name_slot(name: &[u8], seed: u64, shift: u32) -> usize {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(K);
    let word_at = |at: usize| {
        name.get(at..at + 8)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |w| u64::from_le_bytes(*w))
    };
    let len = name.len();
    let (first, middle, last) = if len >= 8 {
        (word_at(0), word_at((len - 8) / 2), word_at(len - 8))
    } else {
        let mut padded = [0u8; 8];
        padded[..len].copy_from_slice(name);
        (u64::from_le_bytes(padded), 0, 0)
    };
    let hash = step(step(step(step(seed, len as u64), first), middle), last);
    // The final multiply mixes the high bits that the shift keeps.
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
                assert_eq!(
                    code_slot(code, 0x9e37_79b9_7f4a_7c15, shift),
                    signed_code_slot(i64::from(code), 0x9e37_79b9_7f4a_7c15, shift)
                );
            }
            for code in [-1, -32601, i64::MIN, i64::MAX] {
                assert!(signed_code_slot(code, 0x9e37_79b9_7f4a_7c15, shift) < size);
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
