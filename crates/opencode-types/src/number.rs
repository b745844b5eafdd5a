//! Numbers the server may write as `"NaN"`, `"Infinity"` or `"-Infinity"`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A JavaScript number: finite values travel as JSON numbers, non-finite ones as the strings
/// `"NaN"`, `"Infinity"` and `"-Infinity"` (as the server encodes them).
///
/// ```
/// use opencode_types::JsNumber;
/// let n: JsNumber = serde_json::from_str("\"Infinity\"")?;
/// assert!(n.0.is_infinite());
/// assert_eq!(serde_json::to_string(&JsNumber(1.5))?, "1.5");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct JsNumber(pub f64);

impl From<f64> for JsNumber {
    fn from(v: f64) -> Self {
        JsNumber(v)
    }
}

impl From<JsNumber> for f64 {
    fn from(v: JsNumber) -> Self {
        v.0
    }
}

impl Serialize for JsNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_nan() {
            s.serialize_str("NaN")
        } else if v.is_infinite() {
            s.serialize_str(if v > 0.0 { "Infinity" } else { "-Infinity" })
        } else {
            s.serialize_f64(v)
        }
    }
}

impl<'de> Deserialize<'de> for JsNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = JsNumber;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number, \"NaN\", \"Infinity\" or \"-Infinity\"")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<JsNumber, E> {
                Ok(JsNumber(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<JsNumber, E> {
                Ok(JsNumber(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<JsNumber, E> {
                Ok(JsNumber(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<JsNumber, E> {
                match v {
                    "NaN" => Ok(JsNumber(f64::NAN)),
                    "Infinity" => Ok(JsNumber(f64::INFINITY)),
                    "-Infinity" => Ok(JsNumber(f64::NEG_INFINITY)),
                    other => Err(E::invalid_value(serde::de::Unexpected::Str(other), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}
