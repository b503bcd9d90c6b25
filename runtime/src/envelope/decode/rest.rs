//! The rest of an object as the payload, streamed into `T` without
//! buffering; the envelope's own fields met on the way are handed back to
//! the envelope ([`Intercept`]), so `T` sees the object without them.

use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// An object key, borrowed from the body where it has no escapes (boxed
/// where it has: a key is moved on every entry, and a `Box<str>` is a word
/// smaller than a `String`).
pub(super) enum Key<'de> {
    Borrowed(&'de str),
    Owned(Box<str>),
}

impl Key<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }

    pub(super) fn into_owned(self) -> String {
        match self {
            Key::Borrowed(key) => key.to_owned(),
            Key::Owned(key) => key.into_string(),
        }
    }
}

impl<'de> Key<'de> {
    /// `seed` applied to the key as a string.
    #[inline]
    fn feed<S: DeserializeSeed<'de>, E: de::Error>(&self, seed: S) -> Result<S::Value, E> {
        match self {
            Key::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Key::Owned(key) => seed.deserialize(StrDeserializer::new(key)),
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            #[inline]
            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(key))
            }
            #[inline]
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key.into()))
            }
            #[inline]
            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key.into_boxed_str()))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Takes the fields of the envelope out of a stream of payload fields.
pub(super) trait Intercept<'de> {
    /// What the envelope makes of one of its keys.
    type Part: Copy;

    /// What the envelope makes of `key`; `None` where it is payload.
    fn find(&self, key: &str) -> Option<Self::Part>;

    /// Reads the value of a key [`find`](Self::find) claimed.
    ///
    /// # Errors
    /// The value is of the wrong type for the envelope.
    fn take<A: MapAccess<'de>>(&mut self, part: Self::Part, map: &mut A) -> Result<(), A::Error>;
}

/// The entries of a map from a given key on, as a map of their own.
pub(super) struct RestOfMap<'a, 'de, A, I> {
    /// A key already read, and known to be payload.
    first_key: Key<'de>,
    /// Whether `first_key` is still to be given (a flag rather than an
    /// `Option` to take from: checked on every key).
    first_pending: bool,
    map: &'a mut A,
    intercept: I,
}

impl<'a, 'de, A, I> RestOfMap<'a, 'de, A, I> {
    /// Every entry from `first_key` (known to be payload) on that
    /// `intercept` does not take.
    pub(super) fn intercepted(first_key: Key<'de>, map: &'a mut A, intercept: I) -> Self {
        RestOfMap {
            first_key,
            first_pending: true,
            map,
            intercept,
        }
    }
}

impl<'de, A: MapAccess<'de>, I: Intercept<'de>> Deserializer<'de> for RestOfMap<'_, 'de, A, I> {
    type Error = A::Error;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>, I: Intercept<'de>> MapAccess<'de> for RestOfMap<'_, 'de, A, I> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if self.first_pending {
            self.first_pending = false;
            return self.first_key.feed(seed).map(Some);
        }
        let mut seed = seed;
        loop {
            let unless = Unless {
                seed,
                intercept: &self.intercept,
            };
            match self.map.next_key_seed(unless)? {
                None => return Ok(None),
                Some(Keyed::Payload(key)) => return Ok(Some(key)),
                Some(Keyed::Envelope(unused, part)) => {
                    self.intercept.take(part, self.map)?;
                    seed = unused;
                }
            }
        }
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// A key as read by [`Unless`].
enum Keyed<K, S, P> {
    /// The payload's key, as its seed made it.
    Payload(K),
    /// The envelope's: the seed, unused, and what the key is to the envelope.
    Envelope(S, P),
}

/// Reads a key with `seed` unless the envelope claims it; the key is looked
/// at once, as it is read, and handed to the payload's own field matching
/// without being kept.
struct Unless<'i, S, I> {
    seed: S,
    intercept: &'i I,
}

impl<'de, S: DeserializeSeed<'de>, I: Intercept<'de>> DeserializeSeed<'de> for Unless<'_, S, I> {
    type Value = Keyed<S::Value, S, I::Part>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, S: DeserializeSeed<'de>, I: Intercept<'de>> Visitor<'de> for Unless<'_, S, I> {
    type Value = Keyed<S::Value, S, I::Part>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        self.claim_or_feed(key, BorrowedStrDeserializer::new(key))
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        self.claim_or_feed(key, StrDeserializer::new(key))
    }
}

impl<'de, S: DeserializeSeed<'de>, I: Intercept<'de>> Unless<'_, S, I> {
    /// The key to the envelope where it claims it, else to the payload's
    /// seed, as `key_deserializer` gives it (borrowed where it can be).
    #[inline]
    fn claim_or_feed<D: Deserializer<'de>>(
        self,
        key: &str,
        key_deserializer: D,
    ) -> Result<Keyed<S::Value, S, I::Part>, D::Error> {
        match self.intercept.find(key) {
            Some(part) => Ok(Keyed::Envelope(self.seed, part)),
            None => self.seed.deserialize(key_deserializer).map(Keyed::Payload),
        }
    }
}
