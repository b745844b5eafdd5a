//! Live contract tests against a real OpenCode server 1.18.33 (skipped when the binary is not
//! installed): sessions, prompts (text, reasoning, attachments, abort), messages and parts,
//! tools that ask for permission or ask a question, commands, and the other writes (shell,
//! durable history, project, auth, MCP, config, pty in v1 and v2, log, instance dispose).
//!
//! Two servers: one for the session lifecycle and the non-session writes, one with
//! `bash: ask` for the permission and question flow. The two tests run in parallel.

mod live_support;

use std::time::Duration;

use live_support::{Timer, start, wait_for};
use opencode_api::Api;
use opencode_testing::{PROVIDER_ID, TestServer, Turn};
use opencode_types::{Message, Part, ToolState};
use serde_json::json;

/// A body of any generated type from JSON (the generated structs are `#[non_exhaustive]`).
fn body<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("body matches its type")
}

/// The text parts of a message, joined.
fn text_of(parts: &[Part]) -> String {
    parts
        .iter()
        .filter_map(|p| match p {
            Part::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect()
}

/// A titled session (a title spares the server its title request to the model).
async fn new_session(api: &Api, title: &str) -> opencode_types::Session {
    api.session()
        .create()
        .body(body(json!({"title": title})))
        .send()
        .await
        .expect("session.create")
}

/// One session from create to delete, then the writes that need no tool flow.
#[tokio::test]
async fn session_lifecycle_prompt_and_writes() {
    let _timer = Timer::start("session_lifecycle_prompt_and_writes");
    let Some((server, api)) = start(
        TestServer::builder()
            .turn(Turn::reasoning("Thinking it over.").then_text("Scripted answer one."))
            .turn(Turn::text("Scripted answer two."))
            .file("notes.txt", "attached note: 42\n")
            // Streams its words, then keeps the stream open until the prompt is aborted.
            .turn(Turn::text("Partial answer before abort").stall())
            .turn(Turn::text("Summary of the conversation."))
            // A provider option no SDK type models, delivered through OPENCODE_CONFIG_CONTENT.
            .config(
                json!({"provider": {PROVIDER_ID: {"options": {"sdkUnknownOption": "from-env"}}}}),
            ),
    )
    .await
    else {
        return;
    };
    let project = server.project_dir().to_string_lossy().into_owned();

    // Create, get, rename.
    let session = new_session(&api, "first title").await;
    assert!(session.id.starts_with("ses"), "{}", session.id);
    assert_eq!(session.title, "first title");
    assert_eq!(session.directory, project);
    let sid = session.id.clone();
    let got = api
        .session()
        .get(sid.clone())
        .send()
        .await
        .expect("session.get");
    assert_eq!(got.id, sid);
    assert_eq!(got.project_id, session.project_id);
    let renamed = api
        .session()
        .update(sid.clone())
        .body(body(json!({"title": "renamed"})))
        .send()
        .await
        .expect("session.update");
    assert_eq!(renamed.title, "renamed");
    assert_eq!(
        api.session().get(sid.clone()).send().await.unwrap().title,
        "renamed"
    );
    let listed = api.session().list().send().await.expect("session.list");
    assert_eq!(
        listed.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        [sid.as_str()]
    );

    // The synchronous prompt answers with the typed assistant message and its parts.
    let answer = api
        .session()
        .prompt(sid.clone())
        .body(body(
            json!({"parts": [{"type": "text", "text": "first question"}]}),
        ))
        .send()
        .await
        .expect("session.prompt");
    assert_eq!(text_of(&answer.parts), "Scripted answer one.");
    let info = &answer.info;
    assert_eq!(info.session_id, sid);
    assert_eq!(info.provider_id, PROVIDER_ID);
    assert_eq!(info.model_id, "fake-model");
    assert_eq!(info.finish.as_deref(), Some("stop"));
    assert!(info.error.is_none(), "{:?}", info.error);
    assert!(
        answer
            .parts
            .iter()
            .any(|p| matches!(p, Part::StepFinish(_)))
    );
    let reasoning: Vec<&str> = answer
        .parts
        .iter()
        .filter_map(|p| match p {
            Part::Reasoning(r) => Some(r.text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(reasoning, ["Thinking it over."]);
    let chats = server.provider().chat_requests();
    assert_eq!(
        chats.last().and_then(|r| r.last_user_text()).as_deref(),
        Some("first question")
    );

    // Messages: the user's prompt, then the answer.
    let messages = api
        .session()
        .messages(sid.clone())
        .send()
        .await
        .expect("session.messages");
    assert_eq!(messages.len(), 2);
    let user_id = match &messages[0].info {
        Message::User(u) => {
            assert_eq!(u.session_id, sid);
            u.id.clone()
        }
        other => panic!("first message is not the user's: {other:?}"),
    };
    assert_eq!(text_of(&messages[0].parts), "first question");
    match &messages[1].info {
        Message::Assistant(a) => assert_eq!(a.id, info.id),
        other => panic!("second message is not the assistant's: {other:?}"),
    }
    let one = api
        .session()
        .message(sid.clone(), info.id.clone())
        .send()
        .await
        .expect("session.message");
    assert_eq!(text_of(&one.parts), "Scripted answer one.");

    let err = api
        .session()
        .message(sid.clone(), "msg_doesnotexist")
        .send()
        .await
        .expect_err("unknown message");
    assert!(err.is_not_found(), "{err:?}");
    assert_eq!(
        err.server_message(),
        Some("Message not found: msg_doesnotexist")
    );

    // Part update and delete.
    let mut text_part = one
        .parts
        .iter()
        .find_map(|p| match p {
            Part::Text(t) => Some(t.clone()),
            _ => None,
        })
        .expect("a text part");
    text_part.text = "Edited by the SDK.".into();
    let updated = api
        .part()
        .update(sid.clone(), info.id.clone(), text_part.id.clone())
        .body(Part::Text(text_part.clone()))
        .send()
        .await
        .expect("part.update");
    match updated {
        Part::Text(t) => assert_eq!(t.text, "Edited by the SDK."),
        other => panic!("part.update answered {other:?}"),
    }
    let step_start = one
        .parts
        .iter()
        .find_map(|p| match p {
            Part::StepStart(s) => Some(s.id.clone()),
            _ => None,
        })
        .expect("a step-start part");
    assert!(
        api.part()
            .delete(sid.clone(), info.id.clone(), step_start.clone())
            .send()
            .await
            .expect("part.delete")
    );
    let after = api
        .session()
        .message(sid.clone(), info.id.clone())
        .send()
        .await
        .expect("session.message after edits");
    assert_eq!(text_of(&after.parts), "Edited by the SDK.");
    assert!(
        !after
            .parts
            .iter()
            .any(|p| matches!(p, Part::StepStart(s) if s.id == step_start))
    );

    // Per-session reads.
    assert!(
        api.session()
            .todo(sid.clone())
            .send()
            .await
            .expect("session.todo")
            .is_empty()
    );
    let diff = api
        .session()
        .diff(sid.clone())
        .send()
        .await
        .expect("session.diff");
    assert!(diff.is_empty(), "{diff:?}");

    // v2 reads of the same (v1) session: the session is there, but v1 messages are not v2
    // messages, so its v2 message views are empty.
    let v2_api = api.v2();
    let v2 = v2_api.session();
    let same = v2.get(sid.clone()).send().await.expect("v2.session.get");
    assert_eq!(same.data.id, sid);
    assert_eq!(same.data.title, "renamed");
    assert_eq!(
        same.data
            .location
            .expect("the pinned release sends location")
            .directory,
        project
    );
    assert!(
        v2.context(sid.clone())
            .send()
            .await
            .expect("v2.session.context")
            .data
            .is_empty()
    );
    let history = v2
        .history(sid.clone())
        .send()
        .await
        .expect("v2.session.history");
    assert!(history.data.is_empty() && !history.has_more);
    let v2_messages = v2
        .messages(sid.clone())
        .send()
        .await
        .expect("v2.session.messages");
    assert!(v2_messages.data.is_empty());
    assert_eq!(v2_messages.cursor.next, Some(None));
    let v2_sessions = v2.list().send().await.expect("v2.session.list");
    assert!(v2_sessions.data.iter().any(|s| s.id == sid));

    // A child session and a fork.
    let child = api
        .session()
        .create()
        .body(body(json!({"title": "child", "parentID": sid})))
        .send()
        .await
        .expect("session.create child");
    assert_eq!(child.parent_id.as_deref(), Some(sid.as_str()));
    let children = api
        .session()
        .children(sid.clone())
        .send()
        .await
        .expect("session.children");
    assert_eq!(
        children.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        [child.id.as_str()]
    );
    let fork = api
        .session()
        .fork(sid.clone())
        .send()
        .await
        .expect("session.fork");
    assert_ne!(fork.id, sid);
    let forked = api
        .session()
        .messages(fork.id.clone())
        .send()
        .await
        .expect("fork messages");
    assert_eq!(forked.len(), 2, "the fork copies the conversation");
    assert_eq!(text_of(&forked[0].parts), "first question");

    // List filters: roots leave out the child; search matches titles; the experimental
    // cross-project list has the same sessions with their project.
    let roots = api
        .session()
        .list()
        .roots(true)
        .send()
        .await
        .expect("roots");
    assert!(roots.iter().any(|s| s.id == sid) && roots.iter().any(|s| s.id == fork.id));
    assert!(
        !roots.iter().any(|s| s.id == child.id),
        "a child is not a root"
    );
    let found = api
        .session()
        .list()
        .search("renamed")
        .send()
        .await
        .expect("session.list search");
    assert!(found.iter().any(|s| s.id == sid));
    assert!(
        found.iter().all(|s| s.title.contains("renamed")),
        "{found:?}"
    );
    let global = api
        .experimental()
        .session()
        .list()
        .send()
        .await
        .expect("experimental.session.list");
    let mine = global
        .iter()
        .find(|s| s.id == sid)
        .expect("listed globally");
    assert_eq!(mine.title, "renamed");
    assert_eq!(
        mine.project.as_ref().map(|p| p.id.as_str()),
        Some(session.project_id.as_str())
    );

    // Revert to before the first prompt, then undo it.
    let reverted = api
        .session()
        .revert(sid.clone())
        .body(body(json!({"messageID": user_id})))
        .send()
        .await
        .expect("session.revert");
    assert_eq!(
        reverted.revert.as_ref().map(|r| r.message_id.as_str()),
        Some(user_id.as_str())
    );
    let unreverted = api
        .session()
        .unrevert(sid.clone())
        .send()
        .await
        .expect("session.unrevert");
    assert!(unreverted.revert.is_none(), "{:?}", unreverted.revert);

    // Abort on an idle session is accepted.
    assert!(
        api.session()
            .abort(sid.clone())
            .send()
            .await
            .expect("session.abort")
    );

    // A second prompt still works after all that.
    let again = api
        .session()
        .prompt(sid.clone())
        .body(body(json!({"parts": [
            {"type": "text", "text": "second question"},
            {
                "type": "file",
                "mime": "text/plain",
                "filename": "notes.txt",
                "url": format!("file://{project}/notes.txt")
            }
        ]})))
        .send()
        .await
        .expect("second prompt");
    assert_eq!(text_of(&again.parts), "Scripted answer two.");
    // The attachment is a typed file part of the user message, and its content reached
    // the model.
    let after_second = api
        .session()
        .messages(sid.clone())
        .send()
        .await
        .expect("messages");
    let attached = after_second
        .iter()
        .flat_map(|m| &m.parts)
        .find_map(|p| match p {
            Part::File(f) => Some(f),
            _ => None,
        })
        .expect("a file part");
    assert_eq!(attached.filename.as_deref(), Some("notes.txt"));
    assert_eq!(attached.mime, "text/plain");
    let sent = server
        .provider()
        .chat_requests()
        .last()
        .map(|r| r.body().to_string())
        .unwrap_or_default();
    assert!(
        sent.contains("attached note: 42"),
        "the file content did not reach the model"
    );

    // Aborting a running prompt: the synchronous call still answers 200, with the typed
    // MessageAbortedError on the assistant message.
    let running = {
        let api = api.clone();
        let sid = sid.clone();
        tokio::spawn(async move {
            api.session()
                .prompt(sid)
                .body(body(
                    json!({"parts": [{"type": "text", "text": "third question"}]}),
                ))
                .send()
                .await
        })
    };
    assert!(
        server
            .provider()
            .wait_for_chat_requests(3, Duration::from_secs(30))
            .await,
        "the third prompt never reached the model"
    );
    wait_for("the session to be busy", Duration::from_secs(10), || {
        let api = api.clone();
        let sid = sid.clone();
        async move {
            let status = api.session().status().send().await.expect("session.status");
            matches!(
                status.get(&sid),
                Some(opencode_types::SessionStatus::Busy(_))
            )
            .then_some(())
        }
    })
    .await;
    assert!(
        api.session()
            .abort(sid.clone())
            .send()
            .await
            .expect("abort a running prompt")
    );
    let aborted = tokio::time::timeout(Duration::from_secs(30), running)
        .await
        .expect("the aborted prompt returns")
        .expect("prompt task")
        .expect("an aborted prompt still answers 200");
    match &aborted.info.error {
        Some(opencode_types::AssistantMessageError::MessageAbortedError(e)) => {
            assert_eq!(e.name, "MessageAbortedError");
        }
        other => panic!("expected MessageAbortedError, got {other:?}"),
    }
    let partial = text_of(&aborted.parts);
    assert!(
        "Partial answer before abort".starts_with(&partial),
        "{partial:?}"
    );

    // Compaction: the summary is a new assistant message marked `summary`, after a user
    // message holding the typed compaction part.
    assert!(
        api.session()
            .summarize(sid.clone())
            .body(body(
                json!({"providerID": PROVIDER_ID, "modelID": "fake-model"})
            ))
            .send()
            .await
            .expect("session.summarize")
    );
    let compacted = api
        .session()
        .messages(sid.clone())
        .send()
        .await
        .expect("messages");
    let compaction_at = compacted
        .iter()
        .position(|m| {
            m.parts
                .iter()
                .any(|p| matches!(p, Part::Compaction(c) if !c.auto))
        })
        .expect("a compaction part");
    let summary = compacted[compaction_at + 1..]
        .iter()
        .find(|m| matches!(&m.info, Message::Assistant(a) if a.summary == Some(true)))
        .expect("a summary message after the compaction");
    assert_eq!(text_of(&summary.parts), "Summary of the conversation.");

    assert!(
        api.session()
            .delete(fork.id.clone())
            .send()
            .await
            .expect("delete fork")
    );
    assert!(
        api.session()
            .delete(sid.clone())
            .send()
            .await
            .expect("session.delete")
    );
    let err = api
        .session()
        .get(sid.clone())
        .send()
        .await
        .expect_err("deleted");
    assert!(err.is_not_found(), "{err:?}");

    more_writes(&server, &api).await;
    config_round_trip(&api).await;
    worktree_changes(&api).await;
    pty_lifecycle(&api, &project).await;
    log_and_dispose(&server, &api).await;

    server.stop().await;
}

/// Writes beyond the session lifecycle whose answers are worth decoding: a shell command in
/// a session, the durable history, project rename, provider credentials, an MCP server,
/// a v2 pty.
async fn more_writes(server: &TestServer, api: &Api) {
    let project = server.project_dir().to_string_lossy().into_owned();
    let sid = new_session(api, "shell").await.id;
    let shell = api
        .session()
        .shell(sid.clone())
        .body(body(json!({"agent": "build", "command": "echo shell-out"})))
        .send()
        .await
        .expect("session.shell");
    match &shell.info {
        Message::Assistant(a) => assert_eq!(a.session_id, sid),
        other => panic!("session.shell answered {other:?}"),
    }
    let ran = shell
        .parts
        .iter()
        .find_map(|p| match p {
            Part::Tool(t) => Some(t),
            _ => None,
        })
        .expect("a tool part");
    assert_eq!(ran.tool, "bash");
    match &ran.state {
        ToolState::Completed(done) => assert_eq!(done.output, "shell-out\n"),
        other => panic!("shell tool not completed: {other:?}"),
    }

    // Durable events: with no cursor the whole history, including this session's creation
    // (seq 0); with a cursor of 0 for this session only its later events.
    let everything = api
        .sync()
        .history()
        .list()
        .body(Default::default())
        .send()
        .await
        .expect("sync.history.list");
    let created = everything
        .iter()
        .find(|e| e.aggregate_id == sid && e.seq == 0)
        .expect("the session's creation in the durable history");
    assert_eq!(created.type_, "session.created.1");
    let later = api
        .sync()
        .history()
        .list()
        .body([(sid.clone(), 0)].into_iter().collect())
        .send()
        .await
        .expect("sync.history.list after seq 0");
    let mine: Vec<_> = later.iter().filter(|e| e.aggregate_id == sid).collect();
    assert!(!mine.is_empty(), "the shell command left durable events");
    assert!(mine.iter().all(|e| e.seq > 0), "{mine:?}");

    let current = api
        .project()
        .current()
        .send()
        .await
        .expect("project.current");
    let renamed = api
        .project()
        .update(current.id.clone())
        .body(body(json!({"name": "Renamed by the SDK"})))
        .send()
        .await
        .expect("project.update");
    assert_eq!(renamed.name.as_deref(), Some("Renamed by the SDK"));
    // The stored project has the new name; `project.current` keeps answering with the
    // instance's copy from boot until the instance is disposed (server 1.18.33).
    let projects = api.project().list().send().await.expect("project.list");
    let stored = projects
        .iter()
        .find(|p| p.id == current.id)
        .expect("listed");
    assert_eq!(stored.name.as_deref(), Some("Renamed by the SDK"));

    assert!(
        api.auth()
            .set("spare")
            .body(body(json!({"type": "api", "key": "not-a-real-key"})))
            .send()
            .await
            .expect("auth.set")
    );
    assert!(
        api.auth()
            .remove("spare")
            .send()
            .await
            .expect("auth.remove")
    );

    // A git worktree of the project, listed, then removed.
    let worktree = api
        .worktree()
        .create()
        .body(body(json!({"name": "sdk-live"})))
        .send()
        .await
        .expect("worktree.create");
    assert_eq!(worktree.name, "sdk-live");
    assert_eq!(worktree.branch.as_deref(), Some("opencode/sdk-live"));
    assert!(std::path::Path::new(&worktree.directory).is_dir());
    let worktrees = api.worktree().list().send().await.expect("worktree.list");
    assert_eq!(worktrees, std::slice::from_ref(&worktree.directory));
    assert!(
        api.worktree()
            .remove()
            .body(body(json!({"directory": worktree.directory})))
            .send()
            .await
            .expect("worktree.remove")
    );
    assert!(
        api.worktree()
            .list()
            .send()
            .await
            .expect("worktree.list")
            .is_empty()
    );

    // The spec marks this body optional, but the server answers 400 "Expected object, got
    // undefined" without one; `{}` is enough.
    let name = api
        .experimental()
        .project_copy()
        .generate_name(current.id.clone())
        .body(body(json!({})))
        .send()
        .await
        .expect("experimental.projectCopy.generateName");
    assert!(!name.name.is_empty());

    // An MCP server whose command exits at once: added, reported failed with a reason.
    let added = api
        .mcp()
        .add()
        .body(body(
            json!({"name": "dummy", "config": {"type": "local", "command": ["/bin/false"]}}),
        ))
        .send()
        .await
        .expect("mcp.add");
    match added.get("dummy") {
        Some(opencode_types::MCPStatus::Failed(f)) => assert!(!f.error.is_empty()),
        other => panic!("mcp.add answered {other:?}"),
    }
    let status = api.mcp().status().send().await.expect("mcp.status");
    assert!(
        matches!(
            status.get("dummy"),
            Some(opencode_types::MCPStatus::Failed(_))
        ),
        "{status:?}"
    );

    let v2 = api.v2();
    let pty = v2
        .pty()
        .create(body(json!({"command": "/bin/sh", "title": "v2 pty"})))
        .send()
        .await
        .expect("v2.pty.create");
    assert_eq!(pty.data.title, "v2 pty");
    assert_eq!(pty.data.cwd, project);
    assert_eq!(pty.location.directory, project);
    let got = v2
        .pty()
        .get(pty.data.id.clone())
        .send()
        .await
        .expect("v2.pty.get");
    assert_eq!(got.data.id, pty.data.id);
    let updated = v2
        .pty()
        .update(
            pty.data.id.clone(),
            body(json!({"title": "v2 pty renamed"})),
        )
        .send()
        .await
        .expect("v2.pty.update");
    assert_eq!(updated.data.title, "v2 pty renamed");
    v2.pty()
        .remove(pty.data.id.clone())
        .send()
        .await
        .expect("v2.pty.remove");
    let err = v2
        .pty()
        .get(pty.data.id.clone())
        .send()
        .await
        .expect_err("removed v2 pty");
    assert!(err.is_not_found(), "{err:?}");
    assert!(
        api.session()
            .delete(sid)
            .send()
            .await
            .expect("delete shell session")
    );
}

/// `config.get`/`config.update` and a typed read-modify-write of the global config.
///
/// The server drops config keys its schema does not know (top-level `additional` entries
/// never come back), so what must survive is a value the SDK's types do not model but the
/// server keeps: a free-form provider option. On server 1.18.33 `PATCH /config` writes
/// `<directory>/config.json`, a file `GET /config` never reads, so the read-modify-write
/// goes through the global config, which `GET /global/config` does read back.
async fn config_round_trip(api: &Api) {
    let config = api.config().get().send().await.expect("config.get");
    assert_eq!(config.model.as_deref(), Some("fake/fake-model"));
    // The option set through OPENCODE_CONFIG_CONTENT is kept in the typed value's
    // `additional` map and written out again when the value is re-encoded.
    let fake_options = config
        .provider
        .as_ref()
        .and_then(|p| p.get(PROVIDER_ID))
        .and_then(|f| f.options.as_ref());
    assert_eq!(
        fake_options.and_then(|o| o.additional.get("sdkUnknownOption")),
        Some(&json!("from-env"))
    );
    let reencoded = serde_json::to_value(&config).expect("Config serializes");
    assert_eq!(
        reencoded["provider"][PROVIDER_ID]["options"]["sdkUnknownOption"],
        "from-env"
    );

    // `PATCH /config` answers with the patch as the server stored it.
    let mut patch: opencode_types::Config = body(json!({
        "snapshot": false,
        "provider": {"spare": {"name": "Spare", "options": {"sdkUnknownOption": {"kept": true}}}}
    }));
    patch
        .additional
        .insert("sdkUnknownTopLevel".into(), json!(1));
    let stored = api
        .config()
        .update()
        .body(patch)
        .send()
        .await
        .expect("config.update");
    assert_eq!(stored.snapshot, Some(false));
    let spare = &stored.provider.as_ref().expect("provider echoed")["spare"];
    assert_eq!(
        spare
            .options
            .as_ref()
            .map(|o| o.additional["sdkUnknownOption"].clone()),
        Some(json!({"kept": true}))
    );
    assert!(
        !stored.additional.contains_key("sdkUnknownTopLevel"),
        "the server drops unknown keys"
    );

    // Global config: write, read back typed, modify one field, write the whole value back.
    let seed: opencode_types::Config = body(json!({
        "username": "sdk-live",
        "provider": {"spare": {"name": "Spare", "options": {"sdkUnknownOption": {"kept": true}}}}
    }));
    api.global()
        .config()
        .update()
        .body(seed)
        .send()
        .await
        .expect("global.config.update");
    let mut read = api
        .global()
        .config()
        .get()
        .send()
        .await
        .expect("global.config.get");
    assert_eq!(read.username.as_deref(), Some("sdk-live"));
    read.username = Some("sdk-live-2".into());
    let written = api
        .global()
        .config()
        .update()
        .body(read)
        .send()
        .await
        .expect("write back");
    assert_eq!(written.username.as_deref(), Some("sdk-live-2"));
    let reread = api
        .global()
        .config()
        .get()
        .send()
        .await
        .expect("global.config.get again");
    assert_eq!(reread.username.as_deref(), Some("sdk-live-2"));
    let options = reread
        .provider
        .as_ref()
        .and_then(|p| p.get("spare"))
        .and_then(|s| s.options.as_ref());
    assert_eq!(
        options.map(|o| o.additional["sdkUnknownOption"].clone()),
        Some(json!({"kept": true})),
        "an option the SDK does not model survived the typed read-modify-write"
    );
}

/// The project is no longer clean once `PATCH /config` has written `config.json` into it:
/// the vcs reads now decode non-empty answers.
async fn worktree_changes(api: &Api) {
    let status = api.vcs().status().send().await.expect("vcs.status");
    let config = status
        .iter()
        .find(|f| f.file == "config.json")
        .expect("config.json changed");
    assert_eq!(config.status, opencode_types::VcsFileStatusStatus::Added);
    assert!(config.additions > 0.0);
    let diff = api
        .vcs()
        .diff()
        .get(opencode_types::VcsDiffMode::Git)
        .send()
        .await
        .expect("vcs.diff");
    let patch = diff
        .iter()
        .find(|d| d.file == "config.json")
        .and_then(|d| d.patch.clone())
        .expect("a patch for config.json");
    assert!(patch.contains("sdkUnknownOption"), "{patch}");
    let raw = api.vcs().diff().raw().send().await.expect("vcs.diff.raw");
    assert!(raw.contains("+++ b/config.json"), "{raw}");
}

/// A v1 pty from create to remove.
async fn pty_lifecycle(api: &Api, project: &str) {
    let pty = api
        .pty()
        .create()
        .body(body(json!({"command": "/bin/sh", "title": "sdk pty"})))
        .send()
        .await
        .expect("pty.create");
    assert!(pty.id.starts_with("pty"), "{}", pty.id);
    assert_eq!(pty.title, "sdk pty");
    assert_eq!(pty.command, "/bin/sh");
    assert_eq!(pty.cwd, project);
    assert!(pty.pid > 0);
    let got = api.pty().get(pty.id.clone()).send().await.expect("pty.get");
    assert_eq!(got.id, pty.id);
    let list = api.pty().list().send().await.expect("pty.list");
    assert_eq!(
        list.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        [pty.id.as_str()]
    );
    let updated = api
        .pty()
        .update(pty.id.clone())
        .body(body(
            json!({"title": "renamed pty", "size": {"rows": 40, "cols": 100}}),
        ))
        .send()
        .await
        .expect("pty.update");
    assert_eq!(updated.title, "renamed pty");
    assert!(
        api.pty()
            .remove(pty.id.clone())
            .send()
            .await
            .expect("pty.remove")
    );
    let err = api
        .pty()
        .get(pty.id.clone())
        .send()
        .await
        .expect_err("removed pty");
    assert!(err.is_not_found(), "{err:?}");
}

/// `app.log` reaches the server's log file; `instance.dispose` and the instance's return.
async fn log_and_dispose(server: &TestServer, api: &Api) {
    let logged = api
        .app()
        .log()
        .body(body(json!({
            "service": "sdk-live-test",
            "level": "info",
            "message": "written through app.log"
        })))
        .send()
        .await
        .expect("app.log");
    assert!(logged);
    let log_dir = server.env().data_dir().join("opencode/log");
    wait_for(
        "the app.log line in the server log",
        Duration::from_secs(10),
        || {
            let dir = log_dir.clone();
            async move {
                let entries = std::fs::read_dir(&dir).ok()?;
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .any(|text| text.contains("written through app.log"))
                    .then_some(())
            }
        },
    )
    .await;

    assert!(
        api.instance()
            .dispose()
            .send()
            .await
            .expect("instance.dispose")
    );
    // The instance comes back on the next request.
    let path = api
        .path()
        .get()
        .send()
        .await
        .expect("path.get after dispose");
    assert_eq!(path.directory, server.project_dir().to_string_lossy());
}

/// Tools that wait for the user: bash under `ask`, and the question tool.
#[tokio::test]
async fn permission_and_question_flow() {
    let _timer = Timer::start("permission_and_question_flow");
    let Some((server, api)) = start(
        TestServer::builder()
            .permission(json!({"bash": "ask"}))
            .turn(Turn::tool_call_with_id(
                "call_bash_1",
                "bash",
                json!({"command": "echo hello-from-bash", "description": "Say hello"}),
            ))
            .turn(Turn::text("Bash finished."))
            .turn(Turn::tool_call_with_id(
                "call_question_1",
                "question",
                json!({"questions": [{
                    "question": "Pick a color?",
                    "header": "Color",
                    "options": [
                        {"label": "red", "description": "Red"},
                        {"label": "blue", "description": "Blue"}
                    ]
                }]}),
            ))
            .turn(Turn::text("Question answered."))
            // The legacy permission route, then a dismissed question (which ends the loop).
            .turn(Turn::tool_call_with_id(
                "call_bash_2",
                "bash",
                json!({"command": "echo second-bash", "description": "Say it again"}),
            ))
            .turn(Turn::text("Second bash finished."))
            .turn(Turn::tool_call_with_id(
                "call_question_2",
                "question",
                json!({"questions": [{
                    "question": "Dismiss me?",
                    "header": "Dismiss",
                    "options": [{"label": "ok", "description": "Ok"}]
                }]}),
            ))
            // A command from the config, expanded with its arguments.
            .turn(Turn::text("Greeted."))
            .config(
                json!({"command": {"greet": {"template": "Say hello to $ARGUMENTS, please."}}}),
            ),
    )
    .await
    else {
        return;
    };
    let sid = new_session(&api, "tools").await.id;
    let provider = server.provider();

    // bash asks; the reply lets it run.
    api.session()
        .prompt_async(sid.clone())
        .body(body(
            json!({"parts": [{"type": "text", "text": "run bash"}]}),
        ))
        .send()
        .await
        .expect("session.prompt_async");
    let asked = wait_for("a pending permission", Duration::from_secs(30), || {
        let api = api.clone();
        let sid = sid.clone();
        async move {
            let list = api
                .permission()
                .list()
                .send()
                .await
                .expect("permission.list");
            list.into_iter().find(|p| p.session_id == sid)
        }
    })
    .await;
    assert!(asked.id.starts_with("per"), "{}", asked.id);
    assert_eq!(asked.permission, "bash");
    assert!(
        asked.patterns.iter().any(|p| p == "echo hello-from-bash"),
        "{:?}",
        asked.patterns
    );
    assert_eq!(
        asked.tool.as_ref().map(|t| t.call_id.as_str()),
        Some("call_bash_1")
    );
    assert!(
        provider.last_tool_result("call_bash_1").is_none(),
        "ran before the reply"
    );
    // The session waits, busy, for the reply.
    let status = api.session().status().send().await.expect("session.status");
    assert!(
        matches!(
            status.get(&sid),
            Some(opencode_types::SessionStatus::Busy(_))
        ),
        "{status:?}"
    );
    let replied = api
        .permission()
        .reply(asked.id.clone())
        .body(body(json!({"reply": "once"})))
        .send()
        .await
        .expect("permission.reply");
    assert!(replied);
    let output = wait_for(
        "the bash result at the model",
        Duration::from_secs(30),
        || {
            let found = provider.last_tool_result("call_bash_1");
            async move { found }
        },
    )
    .await;
    assert_eq!(output.trim_end(), "hello-from-bash");
    let messages = wait_for_idle(&api, &sid, "Bash finished.").await;
    let tool = messages
        .iter()
        .flat_map(|m| &m.parts)
        .find_map(|p| match p {
            Part::Tool(t) if t.call_id == "call_bash_1" => Some(t),
            _ => None,
        })
        .expect("the bash tool part");
    assert_eq!(tool.tool, "bash");
    match &tool.state {
        ToolState::Completed(done) => assert_eq!(done.output.trim_end(), "hello-from-bash"),
        other => panic!("bash tool not completed: {other:?}"),
    }
    assert!(api.permission().list().send().await.unwrap().is_empty());

    // question: listed, answered, and the answer reaches the model.
    api.session()
        .prompt_async(sid.clone())
        .body(body(json!({"parts": [{"type": "text", "text": "ask me"}]})))
        .send()
        .await
        .expect("second prompt_async");
    let question = wait_for("a pending question", Duration::from_secs(30), || {
        let api = api.clone();
        let sid = sid.clone();
        async move {
            let list = api.question().list().send().await.expect("question.list");
            list.into_iter().find(|q| q.session_id == sid)
        }
    })
    .await;
    assert!(question.id.starts_with("que"), "{}", question.id);
    assert_eq!(question.questions.len(), 1);
    assert_eq!(question.questions[0].question, "Pick a color?");
    let labels: Vec<&str> = question.questions[0]
        .options
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(labels, ["red", "blue"]);
    assert_eq!(
        question.tool.as_ref().map(|t| t.call_id.as_str()),
        Some("call_question_1")
    );
    let answered = api
        .question()
        .reply(question.id.clone())
        .body(body(json!({"answers": [["red"]]})))
        .send()
        .await
        .expect("question.reply");
    assert!(answered);
    let result = wait_for(
        "the question result at the model",
        Duration::from_secs(30),
        || {
            let found = provider.last_tool_result("call_question_1");
            async move { found }
        },
    )
    .await;
    assert!(result.contains("\"Pick a color?\"=\"red\""), "{result}");
    wait_for_idle(&api, &sid, "Question answered.").await;
    assert!(api.question().list().send().await.unwrap().is_empty());

    legacy_permission_reject_question_command(&server, &api, &sid).await;
    server.stop().await;
}

/// `permission.respond` (the older per-session route), `question.reject`, `session.command`
/// and `session.deleteMessage`.
async fn legacy_permission_reject_question_command(server: &TestServer, api: &Api, sid: &str) {
    let provider = server.provider();
    api.session()
        .prompt_async(sid)
        .body(body(
            json!({"parts": [{"type": "text", "text": "bash again"}]}),
        ))
        .send()
        .await
        .expect("third prompt_async");
    let asked = wait_for("the second permission", Duration::from_secs(30), || {
        let api = api.clone();
        let sid = sid.to_owned();
        async move {
            let list = api
                .permission()
                .list()
                .send()
                .await
                .expect("permission.list");
            list.into_iter().find(|p| p.session_id == sid)
        }
    })
    .await;
    assert_eq!(
        asked.tool.as_ref().map(|t| t.call_id.as_str()),
        Some("call_bash_2")
    );
    let responded = api
        .permission()
        .respond(sid, asked.id.clone())
        .body(body(json!({"response": "once"})))
        .send()
        .await
        .expect("permission.respond");
    assert!(responded);
    let output = wait_for("the second bash result", Duration::from_secs(30), || {
        let found = provider.last_tool_result("call_bash_2");
        async move { found }
    })
    .await;
    assert_eq!(output.trim_end(), "second-bash");
    wait_for_idle(api, sid, "Second bash finished.").await;
    // Answering the same request again is a 404 with the server's reason.
    let err = api
        .permission()
        .reply(asked.id.clone())
        .body(body(json!({"reply": "once"})))
        .send()
        .await
        .expect_err("a second reply");
    assert!(err.is_not_found(), "{err:?}");

    api.session()
        .prompt_async(sid)
        .body(body(
            json!({"parts": [{"type": "text", "text": "ask again"}]}),
        ))
        .send()
        .await
        .expect("fourth prompt_async");
    let question = wait_for("the second question", Duration::from_secs(30), || {
        let api = api.clone();
        let sid = sid.to_owned();
        async move {
            let list = api.question().list().send().await.expect("question.list");
            list.into_iter().find(|q| q.session_id == sid)
        }
    })
    .await;
    assert_eq!(question.questions[0].question, "Dismiss me?");
    assert!(
        api.question()
            .reject(question.id.clone())
            .send()
            .await
            .expect("question.reject")
    );
    // A dismissed question ends the loop: the tool part errors and the model is not asked
    // again, so the session goes idle with the tool call as its last step.
    let dismissed = wait_for(
        "the dismissed question part",
        Duration::from_secs(30),
        || {
            let api = api.clone();
            let sid = sid.to_owned();
            async move {
                let status = api.session().status().send().await.expect("session.status");
                if status.contains_key(&sid) {
                    return None;
                }
                let messages = api.session().messages(sid).send().await.expect("messages");
                messages
                    .iter()
                    .flat_map(|m| &m.parts)
                    .find_map(|p| match p {
                        Part::Tool(t) if t.call_id == "call_question_2" => match &t.state {
                            ToolState::Error(e) => Some(e.error.clone()),
                            _ => None,
                        },
                        _ => None,
                    })
            }
        },
    )
    .await;
    assert!(dismissed.contains("dismissed"), "{dismissed}");
    assert!(provider.last_tool_result("call_question_2").is_none());

    // A configured command: the template, with the arguments in place, reaches the model.
    let commanded = api
        .session()
        .command(sid)
        .body(body(json!({"command": "greet", "arguments": "the SDK"})))
        .send()
        .await
        .expect("session.command");
    assert_eq!(text_of(&commanded.parts), "Greeted.");
    assert_eq!(commanded.info.finish.as_deref(), Some("stop"));
    let chats = provider.chat_requests();
    let sent = chats
        .last()
        .and_then(|r| r.last_user_text())
        .unwrap_or_default();
    assert!(sent.contains("Say hello to the SDK, please."), "{sent}");

    // Deleting the command's answer removes it from the session.
    assert!(
        api.session()
            .delete_message(sid, commanded.info.id.clone())
            .send()
            .await
            .expect("session.deleteMessage")
    );
    let messages = api.session().messages(sid).send().await.expect("messages");
    assert!(
        messages
            .iter()
            .all(|m| !matches!(&m.info, Message::Assistant(a) if a.id == commanded.info.id)),
        "the deleted message is still listed"
    );
    let err = api
        .session()
        .message(sid, commanded.info.id.clone())
        .send()
        .await
        .expect_err("the deleted message");
    assert!(err.is_not_found(), "{err:?}");
}

/// Waits until the session is idle and its last message is an assistant message with
/// `text`; returns the messages.
async fn wait_for_idle(
    api: &Api,
    sid: &str,
    text: &str,
) -> Vec<opencode_types::SessionMessagesResponseItem> {
    wait_for("the session to finish", Duration::from_secs(30), || {
        let api = api.clone();
        let sid = sid.to_owned();
        let text = text.to_owned();
        async move {
            let status = api.session().status().send().await.expect("session.status");
            if status.contains_key(&sid) {
                return None;
            }
            let messages = api.session().messages(sid).send().await.expect("messages");
            let last = messages.last()?;
            let done = matches!(&last.info, Message::Assistant(a) if a.finish.as_deref() == Some("stop"))
                && text_of(&last.parts) == text;
            done.then_some(messages)
        }
    })
    .await
}
