//! Percent-encoding for path segments, query pairs and the directory header.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// What `encodeURIComponent` leaves alone: `A-Z a-z 0-9 - _ . ! ~ * ' ( )`.
///
/// The server decodes the directory header and query values with `decodeURIComponent`
/// semantics, so this is the set the official JavaScript SDK uses.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// What stays literal in a path segment: only the RFC 3986 unreserved characters.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes one path segment (a session id, a file path, …) so that it stays one
/// segment of the route it is put in.
///
/// Everything but `A-Z a-z 0-9 - _ . ~` is encoded, including `/`, `?`, `#` and `%`; a
/// segment made only of dots (`.`, `..`) is encoded entirely (`%2E%2E`) so it is never a
/// dot-segment. [`crate::ApiRequest::path_param`] goes further and rejects `.`, `..` and empty
/// values, because some URL parsers treat `%2E%2E` as `..` too.
///
/// ```
/// use opencode_transport::encode_path_segment;
/// assert_eq!(encode_path_segment("ses_1"), "ses_1");
/// assert_eq!(encode_path_segment("../config"), "..%2Fconfig");
/// assert_eq!(encode_path_segment("a/b?x#y"), "a%2Fb%3Fx%23y");
/// assert_eq!(encode_path_segment(".."), "%2E%2E");
/// ```
pub fn encode_path_segment(segment: &str) -> String {
    if !segment.is_empty() && segment.bytes().all(|byte| byte == b'.') {
        return "%2E".repeat(segment.len());
    }
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// The `x-opencode-directory` header value: the directory as it is when it holds only
/// characters that `decodeURIComponent` leaves unchanged and no release misreads
/// (ASCII letters, digits, `/ - _ . ~ :`), so releases that do not decode the header
/// (1.0.x) read it too; otherwise [`encode_component`], which the current server decodes.
pub(crate) fn header_component(value: &str) -> Cow<'_, str> {
    let plain = value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-_.~:".contains(&b));
    if plain {
        Cow::Borrowed(value)
    } else {
        encode_component(value)
    }
}

/// `encodeURIComponent`: for query keys and values and the `x-opencode-directory` header.
pub(crate) fn encode_component(value: &str) -> Cow<'_, str> {
    utf8_percent_encode(value, COMPONENT).into()
}

/// Query keys keep the brackets of `location[directory]` literal, as the server expects.
pub(crate) fn encode_query_key(key: &str) -> Cow<'_, str> {
    if key.bytes().all(|byte| {
        byte.is_ascii_alphanumeric() || matches!(byte, b'[' | b']' | b'_' | b'-' | b'.')
    }) {
        Cow::Borrowed(key)
    } else {
        encode_component(key)
    }
}

/// Standard base64 (RFC 4648 alphabet, with padding), for the `Authorization: Basic` header.
pub(crate) fn base64(input: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("Aladdin:open sesame", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
        ];
        for (input, expected) in cases {
            assert_eq!(base64(input.as_bytes()), expected, "input {input:?}");
        }
    }

    #[test]
    fn component_encoding_matches_encode_uri_component() {
        assert_eq!(
            encode_component("/srv/with space/ünï"),
            "%2Fsrv%2Fwith%20space%2F%C3%BCn%C3%AF"
        );
        assert_eq!(encode_component("a-_.!~*'()b"), "a-_.!~*'()b");
        // The header: plain when nothing in it needs decoding.
        assert_eq!(
            header_component("/tmp/opencode-test_1/project.v2"),
            "/tmp/opencode-test_1/project.v2"
        );
        assert_eq!(header_component("C:/work"), "C:/work");
        assert_eq!(header_component("/srv/with space"), "%2Fsrv%2Fwith%20space");
        assert_eq!(header_component("/a%2Fb"), "%2Fa%252Fb");
        assert_eq!(encode_component("a+b&c=d%"), "a%2Bb%26c%3Dd%25");
    }

    #[test]
    fn path_segments_never_escape() {
        assert_eq!(encode_path_segment("../config"), "..%2Fconfig");
        assert_eq!(encode_path_segment("a/b?x#y"), "a%2Fb%3Fx%23y");
        assert_eq!(encode_path_segment("%2F"), "%252F");
        assert_eq!(encode_path_segment("."), "%2E");
        assert_eq!(encode_path_segment(".."), "%2E%2E");
        assert_eq!(encode_path_segment("a\\b"), "a%5Cb");
        assert_eq!(encode_path_segment("ünï"), "%C3%BCn%C3%AF");
    }

    #[test]
    fn query_keys_keep_brackets() {
        assert_eq!(
            encode_query_key("location[directory]"),
            "location[directory]"
        );
        assert_eq!(encode_query_key("a b"), "a%20b");
    }
}
