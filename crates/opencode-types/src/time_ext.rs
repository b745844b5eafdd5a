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
/// assert_eq!(t.nanosecond(), 123_000_000);
/// ```
pub fn timestamp(millis: f64) -> Option<OffsetDateTime> {
    // Whole milliseconds and the fraction apart: `millis * 1e6` as one f64 would exceed 2^53
    // and land nanoseconds off (…46.395 would read …46.395000064).
    if !millis.is_finite() || millis.abs() > 1e17 {
        return None;
    }
    let whole = millis.trunc();
    let fraction = ((millis - whole) * 1_000_000.0).round();
    let nanos = whole as i128 * 1_000_000 + fraction as i128;
    OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
}
