//! Small random edits of JSON bodies, for the envelope robustness tests:
//! a deterministic xorshift stream and the bytes that matter to JSON.

/// A deterministic xorshift stream.
pub struct Random(pub u32);

impl Random {
    pub fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0 as usize
    }
}

/// One to four edits of `body`: a byte replaced, removed or inserted, or
/// the rest cut off.
pub fn mutate(random: &mut Random, body: &mut Vec<u8>) {
    for _ in 0..=random.next() % 4 {
        let at = random.next() % body.len().max(1);
        match random.next() % 4 {
            0 if !body.is_empty() => body[at] = b"0123456789\"{}[],:-. naeu"[random.next() % 24],
            1 if !body.is_empty() => {
                body.remove(at);
            }
            2 => body.insert(at.min(body.len()), b"0123456789\"{}"[random.next() % 13]),
            _ => body.truncate(at),
        }
    }
}
