//! Decoding helpers the generated code calls. Not a public API.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

/// Captures a union's JSON text so it can be read twice: once for the tag, once for the
/// variant. Only the bytes of this value are copied.
pub fn raw<'de, D: Deserializer<'de>>(d: D) -> Result<Box<RawValue>, D::Error> {
    Box::<RawValue>::deserialize(d)
}

/// Reads the string at `path` (`["type"]`, `["syncEvent", "type"]`) without decoding the
/// rest: the scan stops as soon as the tag is found.
pub fn tag<'r, E: de::Error>(json: &'r str, path: &[&str], union: &str) -> Result<Cow<'r, str>, E> {
    let found = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(json);
    let result = (TagSeed {
        path,
        found: &found,
    })
    .deserialize(&mut de);
    if let Some(tag) = found.into_inner() {
        return Ok(tag);
    }
    match result {
        Ok(()) => Err(E::custom(format_args!(
            "{union}: missing discriminator `{}`",
            path.join(".")
        ))),
        Err(e) => Err(E::custom(format_args!("{union}: {e}"))),
    }
}

/// Decodes the variant a known tag names; a failure names the union and the tag, so a
/// malformed known event is an error and never silently becomes `Unknown`.
pub fn variant<T: DeserializeOwned, E: de::Error>(
    json: &str,
    union: &str,
    tag: &str,
) -> Result<T, E> {
    serde_json::from_str(json).map_err(|e| E::custom(format_args!("{union} `{tag}`: {e}")))
}

/// The whole value, kept for an unknown variant. The tag was read from its first
/// occurrence; a later duplicate with another value (which the kept value would carry,
/// JSON objects keeping the last) is refused, so what is written back means what was read.
pub fn unknown<E: de::Error>(
    json: &str,
    path: &[&str],
    kind: &str,
    union: &str,
) -> Result<serde_json::Value, E> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(E::custom)?;
    let kept = path
        .iter()
        .try_fold(&value, |v, key| v.get(key))
        .and_then(serde_json::Value::as_str);
    if kept != Some(kind) {
        return Err(E::custom(format_args!(
            "{union}: the discriminator `{}` appears more than once with different values",
            path.join(".")
        )));
    }
    Ok(value)
}

/// For optional nullable fields: absent → `None`, `null` → `Some(None)`.
pub fn double_option<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Decodes a string enum without allocating for known values.
pub fn str_enum<'de, D: Deserializer<'de>, T>(d: D, from: fn(&str) -> T) -> Result<T, D::Error> {
    struct V<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
    }
    d.deserialize_str(V(from))
}

/// Visitor methods answering `None` for values that cannot hold a tag: scalars, `null` and
/// arrays (whose elements are skipped).
macro_rules! none_for_scalars_and_arrays {
    ($none:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok($none)
        }
    };
}

/// Walks an object along `path`, skipping everything else. When the tag is found it is
/// stored in `found` and the scan is aborted with an error (nothing after it is read).
struct TagSeed<'p, 'f, 'de> {
    path: &'p [&'p str],
    found: &'f RefCell<Option<Cow<'de, str>>>,
}

/// The message of the error that stops a scan once the tag is found.
const FOUND: &str = "discriminator found";

impl<'p, 'f, 'de> DeserializeSeed<'de> for TagSeed<'p, 'f, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'p, 'f, 'de> Visitor<'de> for TagSeed<'p, 'f, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((first, rest)) = self.path.split_first() else {
            return Ok(());
        };
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if key.0 != *first {
                map.next_value::<IgnoredAny>()?;
            } else if rest.is_empty() {
                if let Some(tag) = map.next_value::<MaybeStr<'de>>()?.0 {
                    *self.found.borrow_mut() = Some(tag);
                    return Err(de::Error::custom(FOUND));
                }
            } else {
                map.next_value_seed(TagSeed {
                    path: rest,
                    found: self.found,
                })?;
            }
        }
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    none_for_scalars_and_arrays!(());
}

/// An object key, borrowed when the input allows.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(CowStr).map(Key)
    }
}

/// A string value, or `None` for any other JSON value.
struct MaybeStr<'de>(Option<Cow<'de, str>>);

impl<'de> Deserialize<'de> for MaybeStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Option<Cow<'de, str>>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Some(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Some(Cow::Owned(v.to_owned())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(None)
            }
            none_for_scalars_and_arrays!(None);
        }
        d.deserialize_any(V).map(MaybeStr)
    }
}

struct CowStr;

impl<'de> Visitor<'de> for CowStr {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}
