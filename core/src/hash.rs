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

/// What a name is hashed by: its first, middle and last eight bytes
/// (overlapping for short names, zero-padded below eight) and its length.
/// For a name of 24 bytes or fewer these cover every byte, so two such
/// names are equal exactly when their keys are: a lookup compares keys (four
/// integers, no call) and reads the bytes only of longer names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameKey {
    /// Bytes `0..8`.
    pub first: u64,
    /// Bytes `(len - 8) / 2..` (eight of them), `0` below eight bytes.
    pub middle: u64,
    /// The last eight bytes, `0` below eight bytes.
    pub last: u64,
    /// The length in bytes.
    pub len: u64,
}

/// The longest name whose [`NameKey`] covers every byte.
pub const KEY_COVERS: usize = 24;

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
        let (first, middle, last) = if len >= 8 {
            (word_at(0), word_at((len - 8) / 2), word_at(len - 8))
        } else {
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(name);
            (u64::from_le_bytes(padded), 0, 0)
        };
        NameKey {
            first,
            middle,
            last,
            len: len as u64,
        }
    }

    /// Whether `listed` and `looked_up`, two texts whose keys are equal,
    /// are equal: nothing more to compare up to [`KEY_COVERS`] bytes, two
    /// more words up to 40 bytes (no call to `memcmp`, which a typical text
    /// code of 25 to 40 bytes would otherwise pay), the bytes beyond.
    #[inline]
    #[must_use]
    pub fn rest_equal(listed: &[u8], looked_up: &[u8]) -> bool {
        const WORDS_COVER: usize = KEY_COVERS + 16;
        let len = looked_up.len();
        if len <= KEY_COVERS {
            return true;
        }
        if len > WORDS_COVER || listed.len() != len {
            return listed == looked_up;
        }
        // With the key's words at `0`, `(len - 8) / 2` and `len - 8`, these
        // two cover every byte of a text of 25 to 40 bytes.
        let word =
            |text: &[u8], at: usize| text.get(at..).and_then(<[u8]>::first_chunk::<8>).copied();
        word(listed, 8) == word(looked_up, 8) && word(listed, len - 16) == word(looked_up, len - 16)
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
    fn rest_equal_sees_every_byte_of_texts_with_equal_keys() {
        for len in 0..=64usize {
            let text: Vec<u8> = (b'a'..=b'z').cycle().take(len).collect();
            assert!(NameKey::rest_equal(&text, &text), "{len}");
            for at in 0..len {
                let mut other = text.clone();
                other[at] = b'_';
                // Texts with equal keys: what `rest_equal` is called on.
                if NameKey::of(&text) == NameKey::of(&other) {
                    assert!(!NameKey::rest_equal(&text, &other), "{len} {at}");
                }
            }
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
