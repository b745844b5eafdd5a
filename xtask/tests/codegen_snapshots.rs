//! Generator snapshots: each fixture under `xtask/fixtures/` (one mapping rule each) and the
//! Rust it generates. The same output is compiled and exercised by
//! `crates/opencode-types/tests/codegen_fixtures.rs`.

use xtask::codegen::{FIXTURES_DIR, render_fixture};

fn fixture(name: &str) -> String {
    let path = xtask::workspace_root()
        .join(FIXTURES_DIR)
        .join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    render_fixture(&serde_json::from_str(&text).expect("fixture is JSON")).expect("generates")
}

macro_rules! snapshot {
    ($($name:ident),*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), fixture(stringify!($name)));
        }
    )*};
}

snapshot!(
    tagged,
    untagged,
    string_enum,
    nullable,
    map,
    recursive,
    keywords,
    body,
    merge
);

#[test]
fn checked_in_fixture_output_matches_the_generator() {
    // The compiled copies must be what the generator writes now, or the compile test
    // would exercise stale code.
    for name in [
        "merge",
        "tagged",
        "untagged",
        "body",
        "string_enum",
        "nullable",
        "map",
        "recursive",
        "keywords",
    ] {
        let path = xtask::workspace_root()
            .join(xtask::codegen::FIXTURES_OUT)
            .join(format!("{name}.rs"));
        let on_disk = std::fs::read_to_string(&path).expect("run `cargo xtask codegen`");
        assert_eq!(on_disk, fixture(name), "{name}: run `cargo xtask codegen`");
    }
}

#[test]
fn generated_docs_have_no_placeholders() {
    // Every doc line says something: the spec's description, or where the type is used
    // and what the property is on the wire. The sentences below said neither.
    let dir = xtask::workspace_root().join("crates/opencode-types/src/generated");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("generated dir") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        for line in text.lines().map(str::trim) {
            let Some(doc) = line.strip_prefix("/// ") else {
                continue;
            };
            let placeholder = doc.starts_with("The `")
                && (doc.ends_with("` property.") || doc.ends_with("` schema."))
                && doc.matches('`').count() == 2;
            if placeholder {
                found.push(format!("{}: {doc}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "placeholder docs:\n{}", found.join("\n"));
}
