//! The rest of an object as the payload, streamed into `T` without
//! buffering; the envelope's own fields met on the way are handed back to
//! the envelope ([`Intercept`]), so `T` sees the object without them.

use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// An object key, borrowed from the body where it has no escapes.
pub(super) enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
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
            Key::Owned(key) => key,
        }
    }
}

impl<'de> Key<'de> {
    /// `seed` applied to the key as a string.
    fn feed<S: DeserializeSeed<'de>, E: de::Error>(self, seed: S) -> Result<S::Value, E> {
        match self {
            Key::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Key::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(key))
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key.to_owned()))
            }
            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Takes the fields of the envelope out of a stream of payload fields.
pub(super) trait Intercept<'de> {
    /// Reads the value of `key` if the envelope names it; whether it did.
    ///
    /// # Errors
    /// The value is of the wrong type for the envelope.
    fn take<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;
}

/// No field is the envelope's: every one is payload.
pub(super) struct Nothing;

impl<'de> Intercept<'de> for Nothing {
    fn take<A: MapAccess<'de>>(&mut self, _: &str, _: &mut A) -> Result<bool, A::Error> {
        Ok(false)
    }
}

/// The entries of a map from a given key on, as a map of their own.
pub(super) struct RestOfMap<'a, 'de, A, I> {
    /// A key already read, and known to be payload.
    first_key: Option<Key<'de>>,
    map: &'a mut A,
    intercept: I,
}

impl<'a, 'de, A> RestOfMap<'a, 'de, A, Nothing> {
    /// Every entry from `first_key` on.
    pub(super) fn plain(first_key: Key<'de>, map: &'a mut A) -> Self {
        RestOfMap {
            first_key: Some(first_key),
            map,
            intercept: Nothing,
        }
    }
}

impl<'a, 'de, A, I> RestOfMap<'a, 'de, A, I> {
    /// Every entry from `first_key` (known to be payload) on that
    /// `intercept` does not take.
    pub(super) fn intercepted(first_key: Key<'de>, map: &'a mut A, intercept: I) -> Self {
        RestOfMap {
            first_key: Some(first_key),
            map,
            intercept,
        }
    }
}

impl<'de, A: MapAccess<'de>, I: Intercept<'de>> Deserializer<'de> for RestOfMap<'_, 'de, A, I> {
    type Error = A::Error;

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

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some(key) = self.first_key.take() {
            return key.feed(seed).map(Some);
        }
        while let Some(key) = self.map.next_key::<Key<'de>>()? {
            if !self.intercept.take(key.as_str(), self.map)? {
                return key.feed(seed).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}
