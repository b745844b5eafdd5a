//! `use opencode::prelude::*` next to glob imports of the data types and the operations:
//! every prelude name still means the SDK's own item. An ambiguous name would stop this
//! file from compiling; the assertions check that each name resolves to the prelude's item.

#![allow(unused_imports)]

use opencode::api::*;
use opencode::prelude::*;
use opencode::types::*;

fn name_of<T: ?Sized>() -> &'static str {
    std::any::type_name::<T>()
}

#[test]
fn prelude_names_resolve_to_the_sdk_items_beside_the_layer_globs() {
    let names = [
        name_of::<Client>(),
        name_of::<Error>(),
        name_of::<PendingPermission>(),
        name_of::<PendingQuestion>(),
        name_of::<Progress>(),
        name_of::<PromptBuilder>(),
        name_of::<PromptRun>(),
        name_of::<Reply>(),
        name_of::<SessionHandle>(),
        name_of::<TurnOutput>(),
    ];
    for name in names {
        assert!(
            name.starts_with("opencode::"),
            "{name} is not the SDK's own item"
        );
    }
    // Re-exported layer items keep their home crate.
    assert!(name_of::<Event>().starts_with("opencode_types::"));
    assert!(name_of::<Part>().starts_with("opencode_types::"));
    assert!(name_of::<StreamItem<Event>>().starts_with("opencode_sse::"));
    #[cfg(feature = "process")]
    assert!(name_of::<Opencode>().starts_with("opencode::"));
}

#[test]
fn the_data_types_keep_the_servers_names() {
    // The server's session record and its permission/question requests are the generated
    // types; the SDK's handles have names of their own.
    assert_eq!(
        name_of::<Session>(),
        "opencode_types::generated::session::Session"
    );
    assert!(name_of::<PermissionRequest>().starts_with("opencode_types::"));
    assert!(name_of::<QuestionRequest>().starts_with("opencode_types::"));
    assert!(name_of::<Prompt>().starts_with("opencode_types::"));
    // Operation builders live in `api::ops`, so `SessionStatus` is the status type.
    assert!(name_of::<SessionStatus>().starts_with("opencode_types::"));
    assert!(name_of::<ops::SessionStatus>().starts_with("opencode_api::"));
}
