//! [`Part`]: the parts of a response body, named once for the attribute
//! that locates them (`envelope(code = "…", …)`), the generator that writes
//! them into a `Shape`, and the runtime that reads them.

/// A part of a vendor's response body that `#[codes(envelope(...))]`
/// locates. [`Part::key`] is both the attribute's key and the name of the
/// runtime `Shape`'s field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Part {
    /// The status code (required).
    Code,
    /// The server's message.
    Message,
    /// The request id.
    RequestId,
    /// The response date.
    Date,
    /// A boolean that states success.
    Success,
    /// Details beside the message.
    Details,
    /// The payload.
    Data,
}

impl Part {
    /// Every part, in the order the documentation lists them.
    pub const ALL: [Part; 7] = [
        Part::Code,
        Part::Message,
        Part::RequestId,
        Part::Date,
        Part::Success,
        Part::Details,
        Part::Data,
    ];

    /// The key in `envelope(...)`, and the field of the runtime's `Shape`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Part::Code => "code",
            Part::Message => "message",
            Part::RequestId => "request_id",
            Part::Date => "date",
            Part::Success => "success",
            Part::Details => "details",
            Part::Data => "data",
        }
    }

    /// The part whose key is `key`.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.key() == key)
    }

    /// The part's bit in a set of parts (`u8`).
    #[must_use]
    pub const fn bit(self) -> u8 {
        1 << self as u8
    }
}

#[cfg(test)]
mod tests {
    use super::Part;

    #[test]
    fn keys_name_their_parts_and_bits_are_distinct() {
        let mut bits = 0;
        for part in Part::ALL {
            assert_eq!(Part::from_key(part.key()), Some(part));
            assert_eq!(bits & part.bit(), 0);
            bits |= part.bit();
        }
        assert_eq!(Part::from_key("requestId"), None);
    }
}
