//! Naming rules: wire names to Rust identifiers, mechanically and reversibly documented.

/// Rust keywords (strict and reserved) that cannot be used as plain identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Splits a wire name into words: separators (`.`, `-`, `_`, `$`, space, `/`) break words, and
/// so does a lower-to-upper case change (`sessionID` → `session`, `ID`).
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if c.is_ascii_uppercase() => {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            }
            _ => false,
        };
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `sessionID` → `session_id`, `$schema` → `schema`, `type` → `type_`.
pub fn snake(name: &str) -> String {
    let mut s = words(name)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if s.is_empty() {
        s = "field".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("n{s}");
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// `message.part.delta` → `MessagePartDelta`, `Models-devRefreshed` → `ModelsDevRefreshed`.
/// Existing inner capitals are kept (`HttpApi` stays `HttpApi`), all-caps words are kept too.
pub fn pascal(name: &str) -> String {
    let mut s: String = words(name)
        .iter()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect();
    if s.is_empty() {
        s = "Value".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("N{s}");
    }
    if s == "Self" {
        s = "Self_".into();
    }
    s
}

/// A variant name for a wire value: like [`pascal`], but all-caps words are capitalised
/// (`WARN` → `Warn`, `session.created` → `SessionCreated`).
pub fn variant(name: &str) -> String {
    let lower: String = words(name)
        .iter()
        .map(|w| {
            if w.chars().all(|c| !c.is_ascii_lowercase()) {
                w.to_ascii_lowercase()
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join("_");
    pascal(&lower)
}

/// A string escaped for a Rust string literal.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names() {
        assert_eq!(snake("sessionID"), "session_id");
        assert_eq!(snake("assistantMessageID"), "assistant_message_id");
        assert_eq!(snake("$schema"), "schema");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("ref"), "ref_");
        assert_eq!(snake("override"), "override_");
        assert_eq!(snake("external_directory"), "external_directory");
        assert_eq!(snake("models-dev"), "models_dev");
        assert_eq!(snake("URLPath"), "url_path");
        assert_eq!(snake("2fa"), "n2fa");
    }

    #[test]
    fn pascal_names() {
        assert_eq!(pascal("message.part.delta"), "MessagePartDelta");
        assert_eq!(pascal("Models-devRefreshed"), "ModelsDevRefreshed");
        assert_eq!(
            pascal("effect_HttpApiError_BadRequest"),
            "EffectHttpApiErrorBadRequest"
        );
        assert_eq!(pascal("session.status"), "SessionStatus");
        assert_eq!(pascal("LSPStatus"), "LSPStatus");
        assert_eq!(pascal("-Infinity"), "Infinity");
        assert_eq!(variant("WARN"), "Warn");
        assert_eq!(
            variant("needs_client_registration"),
            "NeedsClientRegistration"
        );
        assert_eq!(variant("session.next.text.delta"), "SessionNextTextDelta");
        assert_eq!(variant("tool-calls"), "ToolCalls");
    }
}
