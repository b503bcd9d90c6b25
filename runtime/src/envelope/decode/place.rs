//! Where a key of a body is, as the declared [`Shape`] sees it: a [`Place`]
//! is an object of the body with the parts whose paths pass through it,
//! and [`Shape::lookup`] says what a key inside it is to the shape.

use codetables_core::Part;

use crate::shape::{FieldPath, Payload, Shape};

/// One object of a body, as the shape sees it: how deep it is, and which
/// paths of the shape pass through it (the root: all of them). Found while
/// the parent object's key is looked up, so that a key inside a nested
/// object is compared only with the paths that lead there, at their
/// segment for this depth, and never with the keys above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    /// A bit per path: the parts' own paths first, in [`Part::ALL`]'s
    /// order, then the aliases.
    slots: u32,
    depth: u8,
}

/// The slot of the first alias: the parts' own paths come before.
const FIRST_ALIAS: usize = Part::ALL.len();

impl Place {
    /// The body's root object.
    pub(crate) const ROOT: Place = Place {
        slots: u32::MAX,
        depth: 0,
    };

    /// Whether this is the body's root object.
    pub(crate) fn is_root(self) -> bool {
        self.depth == 0
    }

    /// The paths of `shape` that pass through this object, with their parts.
    pub(crate) fn paths(self, shape: &Shape) -> impl Iterator<Item = (Part, FieldPath)> + '_ {
        let own = Part::ALL
            .into_iter()
            .filter_map(|part| Some((part, shape.path(part)?)));
        let aliases = shape
            .aliases
            .iter()
            .take(Shape::MAX_ALIASES)
            .map(|&(part, path)| (part, path));
        own.chain(aliases)
            .enumerate()
            .filter(move |&(slot, _)| self.has(slot))
            .map(|(_, path)| path)
    }

    /// The object's depth: the number of keys from the root to it.
    pub(crate) fn depth(self) -> usize {
        usize::from(self.depth)
    }

    fn has(self, slot: usize) -> bool {
        self.slots & (1 << slot) != 0
    }
}

impl Shape {
    /// The path of a part, where the shape has one.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Constant-folded where the shape is.
    pub(crate) fn path(&self, role: Part) -> Option<FieldPath> {
        match role {
            Part::Code => Some(self.code),
            Part::Message => self.message,
            Part::RequestId => self.request_id,
            Part::Date => self.date,
            Part::Success => self.success,
            Part::Details => self.details,
            Part::Data => match self.data {
                Payload::Field(path) | Payload::FieldElseRest(path) => Some(path),
                Payload::Rest => None,
            },
        }
    }

    /// What `key`, inside the object at `place`, is to the shape: a leaf
    /// with its role, an object on the way to some, or nothing. Runs for
    /// every key of every body. Inlined where the shape is a constant (the
    /// envelope's `C::SHAPE`) the paths are literals; the first two depths
    /// get a copy each, so that their segments are literals too.
    #[inline(always)]
    #[allow(clippy::inline_always)]
    pub(crate) fn lookup(&self, place: Place, key: &str) -> Found {
        match place.depth {
            0 => self.lookup_at(place, 0, key),
            1 => self.lookup_at(place, 1, key),
            depth => self.lookup_at(place, depth, key),
        }
    }

    #[inline(always)]
    #[allow(clippy::inline_always)]
    fn lookup_at(&self, place: Place, depth: u8, key: &str) -> Found {
        let index = usize::from(depth);
        // The paths that go on below `key`. Each path is stepped on its own
        // rather than in a loop over data: the compiler then sees each as
        // the constant it is.
        let mut below = 0;
        let step = |below: &mut u32, slot: usize, path: Option<FieldPath>| {
            let ends = place.has(slot).then(|| step(path, index, key)).flatten();
            if ends == Some(false) {
                *below |= 1 << slot;
            }
            ends == Some(true)
        };
        // Every part but the payload, which is looked at last (a part inside
        // it is a leaf); a literal list, which the compiler unrolls with
        // each path a constant (a loop over `Part::ALL` that skips the
        // payload costs up to a fifth more instructions per body).
        for role in [
            Part::Code,
            Part::Message,
            Part::RequestId,
            Part::Date,
            Part::Success,
            Part::Details,
        ] {
            if step(&mut below, role as usize, self.path(role)) {
                return Found::Leaf(role);
            }
        }
        let mut data = step(&mut below, Part::Data as usize, self.path(Part::Data));
        let mut data_slots = 1 << Part::Data as usize;
        // The aliases only where the shape's own paths do not reach: a key
        // of the shape costs no more for having them.
        if !data && below == 0 {
            for (at, &(role, path)) in self.aliases.iter().take(Shape::MAX_ALIASES).enumerate() {
                let slot = FIRST_ALIAS + at;
                let ends = step(&mut below, slot, Some(path));
                if role == Part::Data {
                    data |= ends;
                    data_slots |= 1 << slot;
                } else if ends {
                    return Found::Leaf(role);
                }
            }
        }
        let holds = below & !data_slots;
        let place = |slots| Place {
            slots,
            depth: depth + 1,
        };
        match (data, holds) {
            (true, 0) => Found::Leaf(Part::Data),
            // The payload object holding other parts (Tencent Cloud).
            (true, holds) => Found::DataHolding(place(holds)),
            (false, _) if below == 0 => Found::Nothing,
            (false, _) => Found::Object(place(below)),
        }
    }
}

/// Whether `path` passes through `key` at `index`: `Some(true)` if it ends
/// there, `Some(false)` if it goes on, `None` if it does not.
#[inline(always)]
#[allow(clippy::inline_always)] // Constant-folded with the shape.
fn step(path: Option<FieldPath>, index: usize, key: &str) -> Option<bool> {
    let path = path?;
    if *path.get(index)? != key {
        return None;
    }
    Some(path.len() == index + 1)
}

/// See `Shape::lookup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    Leaf(Part),
    /// An object on the way to fields.
    Object(Place),
    /// The payload field, an object that holds other parts.
    DataHolding(Place),
    Nothing,
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOGLE: Shape = Shape::new(&["error", "code"]).with_message(&["error", "message"]);

    #[test]
    fn keys_are_found_by_their_place() {
        let Found::Object(error) = GOOGLE.lookup(Place::ROOT, "error") else {
            panic!("`error` leads to the code and the message");
        };
        assert_eq!(error.depth(), 1);
        assert_eq!(
            error
                .paths(&GOOGLE)
                .map(|(part, _)| part)
                .collect::<Vec<_>>(),
            [Part::Code, Part::Message]
        );
        assert_eq!(GOOGLE.lookup(error, "code"), Found::Leaf(Part::Code));
        assert_eq!(GOOGLE.lookup(error, "message"), Found::Leaf(Part::Message));
        assert_eq!(GOOGLE.lookup(Place::ROOT, "code"), Found::Nothing);
        assert_eq!(GOOGLE.lookup(error, "status"), Found::Nothing);
        assert_eq!(GOOGLE.lookup(error, "error"), Found::Nothing);
    }

    #[test]
    fn a_payload_that_holds_parts_is_told_apart() {
        // Tencent Cloud: `{"Response": {"Error": {"Code": …}, "RequestId": …}}`.
        const TENCENT: Shape = Shape::new(&["Response", "Error", "Code"])
            .with_message(&["Response", "Error", "Message"])
            .with_request_id(&["Response", "RequestId"])
            .with_data(Payload::Field(&["Response"]));
        let Found::DataHolding(response) = TENCENT.lookup(Place::ROOT, "Response") else {
            panic!("`Response` is the payload and holds the other parts");
        };
        assert_eq!(
            TENCENT.lookup(response, "RequestId"),
            Found::Leaf(Part::RequestId)
        );
        let Found::Object(error) = TENCENT.lookup(response, "Error") else {
            panic!("`Response.Error` leads to the code");
        };
        assert_eq!(error.depth(), 2);
        assert_eq!(TENCENT.lookup(error, "Code"), Found::Leaf(Part::Code));
        assert_eq!(TENCENT.lookup(error, "RequestId"), Found::Nothing);
    }
}
