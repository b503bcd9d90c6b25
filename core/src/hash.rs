//! The hash functions of the generated lookup tables. `codetables-expand`
//! (its `hash` module) searches, at expansion time, for the parameters that make them
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

/// What a name is hashed by and compared by: its first, middle and last
/// eight bytes (overlapping for short names, zero-padded below eight), for
/// a name of 16 bytes or more also bytes `8..16` and the eight before the
/// last eight, and its length. For a name of up to [`KEY_COVERS`] bytes
/// these cover every byte, so two such names are equal exactly when their
/// keys are: a lookup compares keys (six integers, no call, no branch on
/// the length) and reads the bytes only of longer names. The hash reads
/// the first, middle and last words and the length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameKey {
    /// Bytes `0..8`.
    pub first: u64,
    /// Bytes `8..16`, `0` below sixteen bytes.
    pub second: u64,
    /// Bytes `(len - 8) / 2..` (eight of them), `0` below eight bytes.
    pub middle: u64,
    /// Bytes `len - 16..len - 8`, `0` below sixteen bytes.
    pub fourth: u64,
    /// The last eight bytes, `0` below eight bytes.
    pub last: u64,
    /// The length in bytes.
    pub len: u64,
}

/// The longest name whose [`NameKey`] covers every byte: `0..16`, the
/// middle eight (from `(len - 8) / 2`) and `len - 16..len` leave no gap up
/// to 40 bytes.
pub const KEY_COVERS: usize = 40;

impl NameKey {
    /// The key of `name`.
    #[inline]
    #[must_use]
    pub fn of(name: &[u8]) -> NameKey {
        let word_at = |at: usize| {
            name.get(at..at + 8)
                .and_then(<[u8]>::first_chunk::<8>)
                .map_or(0, |w| u64::from_le_bytes(*w))
        };
        let len = name.len();
        let (first, second, middle, fourth, last) = if len >= 16 {
            let middle = word_at((len - 8) / 2);
            (
                word_at(0),
                word_at(8),
                middle,
                word_at(len - 16),
                word_at(len - 8),
            )
        } else if len >= 8 {
            (word_at(0), 0, word_at((len - 8) / 2), 0, word_at(len - 8))
        } else {
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(name);
            (u64::from_le_bytes(padded), 0, 0, 0, 0)
        };
        NameKey {
            first,
            second,
            middle,
            fourth,
            last,
            len: len as u64,
        }
    }

    /// The key as the six words a generated table stores (`KEYS`).
    #[inline]
    #[must_use]
    pub fn words(&self) -> [u64; 6] {
        [
            self.first,
            self.second,
            self.middle,
            self.fourth,
            self.last,
            self.len,
        ]
    }

    /// The key's slot in a table of `2^(64 - shift)` slots.
    ///
    /// Constant work whatever the length, so no loop for the branch
    /// predictor to miss: each word multiplied by a constant of its own,
    /// independently (the products are computed side by side, not one
    /// after another), folded with the length and the seed, and
    /// multiply-shifted. Names that differ only outside the key's 24 bytes
    /// share a slot; lookups compare whole names, so that costs a probe,
    /// never a wrong answer.
    #[inline]
    #[must_use]
    pub fn slot(&self, seed: u64, shift: u32) -> usize {
        const K1: u64 = 0x9e37_79b9_7f4a_7c15;
        const K2: u64 = 0xc2b2_ae3d_27d4_eb4f;
        const K3: u64 = 0x1656_67b1_9e37_79f9;
        let folded = (self.first ^ seed).wrapping_mul(K1)
            ^ (self.middle ^ seed.rotate_left(23)).wrapping_mul(K2)
            ^ (self.last ^ self.len).wrapping_mul(K3);
        #[allow(clippy::cast_possible_truncation)]
        let slot = (folded >> shift) as usize;
        slot
    }
}

/// The slot of `name` in a table of `2^(64 - shift)` slots: the slot of
/// its [`NameKey`].
#[inline]
#[must_use]
pub fn name_slot(name: &[u8], seed: u64, shift: u32) -> usize {
    NameKey::of(name).slot(seed, shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_equal_exactly_when_texts_up_to_key_covers_are() {
        for len in 0..=KEY_COVERS + 8 {
            let text: Vec<u8> = (b'a'..=b'z').cycle().take(len).collect();
            for at in 0..len {
                let mut other = text.clone();
                other[at] = b'_';
                let (a, b) = (NameKey::of(&text), NameKey::of(&other));
                if len <= KEY_COVERS {
                    assert_ne!(a, b, "{len} {at}");
                }
            }
            let longer: Vec<u8> = text.iter().copied().chain([0]).collect();
            assert_ne!(NameKey::of(&text), NameKey::of(&longer), "{len}");
        }
    }

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
    fn keys_tell_names_of_up_to_24_bytes_apart() {
        let names = [
            "",
            "a",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "card_declined",
            "card_declinee",
            "xard_declined",
            "exactly_twenty_four_byte",
            "exactly_twenty_four_bytf",
            "exactly_twenty_four_bytd",
            "a\0",
            "a\0\0",
        ];
        for (i, a) in names.iter().enumerate() {
            for (j, b) in names.iter().enumerate() {
                if a.len() <= KEY_COVERS && b.len() <= KEY_COVERS {
                    assert_eq!(
                        NameKey::of(a.as_bytes()) == NameKey::of(b.as_bytes()),
                        i == j,
                        "{a:?} {b:?}"
                    );
                }
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
