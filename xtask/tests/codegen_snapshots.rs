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
