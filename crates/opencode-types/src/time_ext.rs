//! Millisecond timestamps as [`time::OffsetDateTime`].

use time::OffsetDateTime;

/// Converts the server's epoch-millisecond timestamps (JSON numbers) to a date-time.
///
/// Returns `None` for values that are not finite or out of range.
///
/// ```
/// let t = opencode_types::timestamp(1_700_000_000_123.0).unwrap();
/// assert_eq!(t.year(), 2023);
/// assert_eq!(t.millisecond(), 123);
/// ```
pub fn timestamp(millis: f64) -> Option<OffsetDateTime> {
    if !millis.is_finite() {
        return None;
    }
    let nanos = (millis * 1_000_000.0).round();
    if nanos.abs() > i128::MAX as f64 {
        return None;
    }
    OffsetDateTime::from_unix_timestamp_nanos(nanos as i128).ok()
}
