//! Points in time the server sends either as epoch milliseconds or as RFC 3339 text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A point in time as the server sent it: epoch milliseconds (a JSON number, as most of the
/// API uses) or an RFC 3339 string (as the `timestamp` of `session.next.*` events arrives
/// on `/event` and `/global/event`, though the spec says number).
///
/// The form is kept, so a value re-encodes to exactly what was received; read it as a
/// date-time with [`to_offset_date_time`](Self::to_offset_date_time) or as milliseconds
/// with [`unix_millis`](Self::unix_millis) whichever form it came in.
///
/// ```
/// use opencode_types::Timestamp;
///
/// let text: Timestamp = serde_json::from_str("\"2026-12-07T05:53:46.395Z\"")?;
/// let millis: Timestamp = serde_json::from_str("1796622826395")?;
/// assert_eq!(text.unix_millis(), Some(1_796_622_826_395.0));
/// assert_eq!(text.to_offset_date_time(), millis.to_offset_date_time());
/// assert_eq!(serde_json::to_string(&text)?, "\"2026-12-07T05:53:46.395Z\"");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Timestamp {
    /// Milliseconds since the Unix epoch.
    Millis(f64),
    /// A date-time string, kept as sent (normally RFC 3339).
    Text(String),
}

impl Timestamp {
    /// The instant, or `None` for a number out of range or text that is not RFC 3339.
    pub fn to_offset_date_time(&self) -> Option<OffsetDateTime> {
        match self {
            Timestamp::Millis(millis) => crate::timestamp(*millis),
            Timestamp::Text(text) => OffsetDateTime::parse(text, &Rfc3339).ok(),
        }
    }

    /// Milliseconds since the Unix epoch, or `None` for text that is not RFC 3339.
    pub fn unix_millis(&self) -> Option<f64> {
        match self {
            Timestamp::Millis(millis) => Some(*millis),
            Timestamp::Text(_) => self
                .to_offset_date_time()
                .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as f64),
        }
    }
}

impl Default for Timestamp {
    /// The Unix epoch, as milliseconds.
    fn default() -> Self {
        Timestamp::Millis(0.0)
    }
}

impl From<f64> for Timestamp {
    fn from(millis: f64) -> Self {
        Timestamp::Millis(millis)
    }
}

impl From<OffsetDateTime> for Timestamp {
    /// As epoch milliseconds, the form most of the API uses.
    fn from(t: OffsetDateTime) -> Self {
        Timestamp::Millis((t.unix_timestamp_nanos() / 1_000_000) as f64)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Timestamp::Millis(millis) => s.serialize_f64(*millis),
            Timestamp::Text(text) => s.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Timestamp;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("epoch milliseconds or a date-time string")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Timestamp, E> {
                Ok(Timestamp::Millis(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Timestamp, E> {
                Ok(Timestamp::Millis(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Timestamp, E> {
                Ok(Timestamp::Millis(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Timestamp, E> {
                Ok(Timestamp::Text(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Timestamp, E> {
                Ok(Timestamp::Text(v))
            }
        }
        d.deserialize_any(V)
    }
}
