//! Lookup tables for `from_code` and `from_name`, searched at expansion time.
//!
//! First choice: a *perfect* table, where multiply-shift hashing puts every
//! key in its own slot of a power-of-two table, so a lookup is one hash, one
//! load and one comparison. The search tries deterministic multipliers on
//! growing tables (up to 64 slots per key) and gives up on a size as soon as
//! the birthday bound makes success hopeless, so expansion stays fast for
//! any table. Otherwise: linear probing at a load factor of at most one
//! half, with the seed that gives the shortest longest probe.
//!
//! The hash functions are `codetables_core::hash::{code_slot,
//! signed_code_slot, name_slot}`, the very ones the generated code calls
//! (`code_slot` for `u32` tables, which gives a non-negative code the same
//! slot as `signed_code_slot`).

use codetables_core::hash::{name_slot, signed_code_slot};

/// A table of slots, each `0` (empty) or a variant's index plus one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotTable {
    /// The multiplier (codes) or seed (names) of the hash.
    pub parameter: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// The slots.
    pub slots: Vec<u32>,
    /// The most slots a lookup inspects: 1 for a perfect table.
    pub max_probes: usize,
}

impl SlotTable {
    /// The lookup the generated code performs, from the key's `home` slot:
    /// the index of the key for which `is_key` holds, or `None`. For tests
    /// and tools that check a table without generating code.
    #[must_use]
    pub fn find(&self, home: usize, is_key: impl Fn(usize) -> bool) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = home;
        for _ in 0..self.max_probes {
            match self.slots[at] {
                0 => return None,
                slot => {
                    let index = slot as usize - 1;
                    if is_key(index) {
                        return Some(index);
                    }
                    at = (at + 1) & mask;
                }
            }
        }
        None
    }
}

/// Perfect-table attempts per table size.
const ATTEMPTS: u64 = 2_000;
/// The largest table tried for a perfect hash, in slots per key.
const MAX_SLOTS_PER_KEY: usize = 64;

/// The table for looking up `codes` (no duplicates), of either code type.
#[must_use]
pub fn code_table(codes: &[i64]) -> SlotTable {
    search(
        codes.len(),
        |key, parameter, shift| signed_code_slot(codes[key], parameter | 1, shift),
        true,
    )
}

/// The table for looking up `names` (no duplicates).
#[must_use]
pub fn name_table(names: &[&str]) -> SlotTable {
    search(
        names.len(),
        |key, parameter, shift| name_slot(names[key].as_bytes(), parameter, shift),
        false,
    )
}

/// The `attempt`-th candidate parameter: splitmix64, deterministic so that
/// a table always expands to the same code.
fn candidate(attempt: u64, odd: bool) -> u64 {
    let mut z = attempt.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    if odd {
        z | 1
    } else {
        z
    }
}

fn search(keys: usize, slot: impl Fn(usize, u64, u32) -> usize, odd: bool) -> SlotTable {
    let min_bits = usize::BITS - keys.max(1).saturating_sub(1).leading_zeros();
    let max_bits = usize::BITS - (keys.max(1) * MAX_SLOTS_PER_KEY).leading_zeros();
    let mut occupied = Vec::new();
    for bits in (min_bits + 1).max(1)..=max_bits.min(24) {
        let size = 1usize << bits;
        // Birthday bound: P(no collision) ≈ exp(-k²/2m); skip sizes where
        // the attempts could not reasonably succeed.
        #[allow(clippy::cast_precision_loss)]
        let expected_collisions = (keys * keys) as f64 / (2.0 * size as f64);
        if expected_collisions > 12.0 {
            continue;
        }
        let shift = 64 - bits;
        occupied.clear();
        occupied.resize(size, 0u32);
        let mut written = Vec::with_capacity(keys);
        'attempt: for attempt in 0..ATTEMPTS {
            let parameter = candidate(attempt, odd);
            // Undo only the previous attempt's writes: most attempts fail
            // after a few keys, and clearing the whole table each time would
            // dominate the search (which runs in the user's build).
            for at in written.drain(..) {
                occupied[at] = 0;
            }
            for key in 0..keys {
                let at = slot(key, parameter, shift);
                if occupied[at] != 0 {
                    continue 'attempt;
                }
                occupied[at] = index_plus_one(key);
                written.push(at);
            }
            return SlotTable {
                parameter,
                shift,
                slots: occupied,
                max_probes: 1,
            };
        }
    }
    probing(keys, &slot, odd, min_bits + 1)
}

/// Linear probing in `2^bits` slots (load factor at most one half).
fn probing(
    keys: usize,
    slot: &impl Fn(usize, u64, u32) -> usize,
    odd: bool,
    bits: u32,
) -> SlotTable {
    let size = 1usize << bits;
    let shift = 64 - bits;
    let mut best: Option<SlotTable> = None;
    for attempt in 0..16 {
        let parameter = candidate(attempt, odd);
        let mut slots = vec![0u32; size];
        let mut max_probes = 1;
        for key in 0..keys {
            let mut at = slot(key, parameter, shift);
            let mut probes = 1;
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
                probes += 1;
            }
            slots[at] = index_plus_one(key);
            max_probes = max_probes.max(probes);
        }
        if best.as_ref().is_none_or(|b| max_probes < b.max_probes) {
            best = Some(SlotTable {
                parameter,
                shift,
                slots,
                max_probes,
            });
        }
    }
    best.unwrap_or(SlotTable {
        parameter: 1,
        shift,
        slots: vec![0; size],
        max_probes: 1,
    })
}

fn index_plus_one(key: usize) -> u32 {
    u32::try_from(key + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_codes(codes: &[i64]) -> SlotTable {
        let table = code_table(codes);
        let lookup = |code: i64| {
            table.find(signed_code_slot(code, table.parameter, table.shift), |i| {
                codes[i] == code
            })
        };
        for (index, &code) in codes.iter().enumerate() {
            assert_eq!(lookup(code), Some(index), "{code}");
        }
        for absent in [i64::from(u32::MAX) - 7, 12_345_678, 3, -3, i64::MIN] {
            if !codes.contains(&absent) {
                assert_eq!(lookup(absent), None);
            }
        }
        table
    }

    #[test]
    fn small_sparse_tables_are_perfect_and_small() {
        let codes: Vec<i64> = (0..336).map(|i| 10_000 + i * 257 % 90_000).collect();
        let table = check_codes(&codes);
        assert_eq!(table.max_probes, 1);
        assert!(table.slots.len() <= 336 * 64, "{}", table.slots.len());
    }

    #[test]
    fn big_tables_fall_back_to_short_probes() {
        let mut state = 0x2545_f491_u32;
        let mut codes: Vec<i64> = (0..20_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                i64::from(state)
            })
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let table = check_codes(&codes);
        assert!(table.max_probes > 1);
        assert_eq!(table.slots.len(), 1 << 16);
        assert!(table.max_probes < 40, "{}", table.max_probes);
    }

    #[test]
    fn evenly_spaced_codes_spread_without_collisions() {
        // Multiply-shift spreads an arithmetic progression evenly, so even
        // the probing table of a large, regular table needs one probe.
        let codes: Vec<i64> = (0..20_000).map(|i| 1_000_000 + i * 5).collect();
        assert_eq!(check_codes(&codes).max_probes, 1);
    }

    #[test]
    fn edge_sizes() {
        check_codes(&[]);
        check_codes(&[0]);
        check_codes(&[0, i64::from(u32::MAX)]);
        check_codes(&[i64::MIN, -1, 0, i64::MAX]);
        let table = code_table(&[]);
        assert!(table.slots.iter().all(|&s| s == 0));
    }

    #[test]
    fn names_are_perfect_too() {
        let names: Vec<String> = (0..336).map(|i| format!("NAME_NUMBER_{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let table = name_table(&names);
        assert_eq!(table.max_probes, 1);
        for (index, name) in names.iter().enumerate() {
            let home = name_slot(name.as_bytes(), table.parameter, table.shift);
            assert_eq!(table.find(home, |i| names[i] == *name), Some(index));
        }
        let home = name_slot(b"NOPE", table.parameter, table.shift);
        assert_eq!(table.find(home, |i| names[i] == "NOPE"), None);
    }

    #[test]
    fn negative_tables_are_perfect_too() {
        // Binance-like: -1000..-1130 and -2010..-2015; JSON-RPC's five.
        let mut codes: Vec<i64> = (1000..1131).map(|c| -c).collect();
        codes.extend((2010..2016).map(|c| -c));
        codes.extend([-32700, -32600, -32601, -32602, -32603]);
        assert_eq!(check_codes(&codes).max_probes, 1);
    }

    #[test]
    fn the_search_is_deterministic() {
        let codes = [11001, 11002, 21300, 98004];
        assert_eq!(code_table(&codes), code_table(&codes));
    }
}
