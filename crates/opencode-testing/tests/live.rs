//! The fake provider driving a real OpenCode server (skipped when the binary is missing).

mod common;

use std::time::{Duration, Instant};

use common::{Client, client, eventually, new_session, pids_with_cmdline, response_text};
use http::Method;
use opencode_testing::{DEFAULT_TITLE, TestServer, Turn, live_binary};
use serde_json::{Value, json};

/// Sends the synchronous prompt in a task (it returns when the session goes idle).
fn prompt_task(c: &Client, session: &str, text: &str) -> tokio::task::JoinHandle<Value> {
    let c = c.clone();
    let path = format!("/session/{session}/message");
    let body = json!({"parts": [{"type": "text", "text": text}]});
    tokio::spawn(async move {
        let (status, v) = c
            .call(Method::POST, &path, Some(body), Duration::from_secs(120))
            .await;
        assert!(status.is_success(), "prompt: {status} {v}");
        v
    })
}

/// Polls a list endpoint until it holds an item for `session`, bounded by 30 s.
async fn pending(c: &Client, path: &str, session: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let list = c.get(path).await;
        if let Some(item) = list
            .as_array()
            .into_iter()
            .flatten()
            .find(|i| i["sessionID"] == session)
        {
            return item.clone();
        }
        assert!(Instant::now() < deadline, "nothing pending on {path}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn text_reasoning_and_title() {
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let server = TestServer::builder()
        .turn(Turn::text("Scripted hello from the fake."))
        .turn(Turn::reasoning("Thinking it over.").then_text("Reasoned answer."))
        .start()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let t = server.process().startup_timing();
    println!(
        "TestServer startup: listening {:?}, healthy {:?}, ready (after GET /config) {:?}",
        t.listening, t.healthy, t.ready
    );
    let c = client(&server);
    // No title: the server asks the title agent, which must not eat a scripted turn.
    let session = new_session(&c, None).await;
    let resp = c
        .post(
            &format!("/session/{session}/message"),
            json!({"parts": [{"type": "text", "text": "hi"}]}),
        )
        .await;
    assert_eq!(response_text(&resp), "Scripted hello from the fake.");
    assert_eq!(resp["info"]["finish"], "stop");

    let resp = c
        .post(
            &format!("/session/{session}/message"),
            json!({"parts": [{"type": "text", "text": "think"}]}),
        )
        .await;
    assert_eq!(response_text(&resp), "Reasoned answer.");
    let reasoning: Vec<_> = resp["parts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["type"] == "reasoning")
        .filter_map(|p| p["text"].as_str())
        .collect();
    assert_eq!(reasoning, ["Thinking it over."]);

    let p = server.provider();
    assert_eq!(p.pending_turns(), 0);
    let chats = p.chat_requests();
    assert_eq!(chats.len(), 2);
    assert_eq!(chats[0].last_user_text().as_deref(), Some("hi"));
    assert!(chats[0].tool_names().contains(&"bash"));
    assert_eq!(chats[0].body()["stream"], true);
    let titled = eventually(Duration::from_secs(10), || {
        let c = c.clone();
        let path = format!("/session/{session}");
        async move { c.get(&path).await["title"] == DEFAULT_TITLE }
    })
    .await;
    assert!(titled, "title request not answered");
    assert_eq!(p.title_requests().len(), 1);
    server.stop().await;
    println!("text_reasoning_and_title: {:?}", started.elapsed());
}

#[tokio::test]
async fn tool_call_with_permission() {
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let server = TestServer::builder()
        .permission(json!({"bash": "ask", "edit": "ask"}))
        .turn(Turn::tool_call_with_id(
            "call_perm",
            "bash",
            json!({"command": "echo hello-from-bash", "description": "Say hello"}),
        ))
        .turn(Turn::text("The command ran."))
        .start()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let c = client(&server);
    let session = new_session(&c, Some("perm")).await;
    let prompt = prompt_task(&c, &session, "run it");
    let asked = pending(&c, "/permission", &session).await;
    assert_eq!(asked["permission"], "bash");
    assert_eq!(asked["tool"]["callID"], "call_perm");
    let id = asked["id"].as_str().expect("permission id");
    let reply = c
        .post(&format!("/permission/{id}/reply"), json!({"reply": "once"}))
        .await;
    assert_eq!(reply, json!(true));
    let resp = tokio::time::timeout(Duration::from_secs(60), prompt)
        .await
        .expect("prompt done")
        .expect("task");
    assert_eq!(response_text(&resp), "The command ran.");
    let p = server.provider();
    assert_eq!(
        p.last_tool_result("call_perm").as_deref(),
        Some("hello-from-bash\n")
    );
    assert_eq!(p.chat_requests().len(), 2);
    server.stop().await;
    println!("tool_call_with_permission: {:?}", started.elapsed());
}

#[tokio::test]
async fn question_tool() {
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let question = json!({"questions": [{"question": "Pick a color?", "header": "Color",
        "options": [{"label": "red", "description": "Red"}, {"label": "blue", "description": "Blue"}]}]});
    let server = TestServer::builder()
        .turn(Turn::tool_call_with_id("call_q", "question", question))
        .turn(Turn::text("Red it is."))
        .start()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let c = client(&server);
    let session = new_session(&c, Some("question")).await;
    let prompt = prompt_task(&c, &session, "ask me");
    let asked = pending(&c, "/question", &session).await;
    assert_eq!(asked["questions"][0]["question"], "Pick a color?");
    let id = asked["id"].as_str().expect("question id");
    let reply = c
        .post(
            &format!("/question/{id}/reply"),
            json!({"answers": [["red"]]}),
        )
        .await;
    assert_eq!(reply, json!(true));
    let resp = tokio::time::timeout(Duration::from_secs(60), prompt)
        .await
        .expect("prompt done")
        .expect("task");
    assert_eq!(response_text(&resp), "Red it is.");
    let result = server
        .provider()
        .last_tool_result("call_q")
        .unwrap_or_default();
    assert!(result.contains(r#""Pick a color?"="red""#), "{result}");
    server.stop().await;
    println!("question_tool: {:?}", started.elapsed());
}

#[tokio::test]
async fn llm_error_then_abort() {
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let server = TestServer::builder()
        .turn(Turn::error(500, "fake upstream failure"))
        .start()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // Retries would get the default text turn; make them fail too.
    server
        .provider()
        .set_default_turn(Turn::error(500, "fake upstream failure"));
    let c = client(&server);
    let session = new_session(&c, Some("error")).await;
    let prompt = prompt_task(&c, &session, "fail please");
    assert!(
        server
            .provider()
            .wait_for_chat_requests(1, Duration::from_secs(30))
            .await
    );
    let first = &server.provider().chat_requests()[0];
    assert_eq!(first.last_user_text().as_deref(), Some("fail please"));
    // The server now backs off before retrying, with a retry status.
    let retrying = eventually(Duration::from_secs(10), || {
        let c = c.clone();
        let session = session.clone();
        async move { c.get("/session/status").await[&session]["type"] == "retry" }
    })
    .await;
    assert!(retrying, "no retry status");
    let status = c.get("/session/status").await;
    assert_eq!(status[&session]["message"], "fake upstream failure");
    assert_eq!(
        c.post(&format!("/session/{session}/abort"), json!({}))
            .await,
        json!(true)
    );
    let resp = tokio::time::timeout(Duration::from_secs(30), prompt)
        .await
        .expect("prompt done")
        .expect("task");
    // Aborted during the retry back-off (1.18.33): the reply is the finished assistant
    // message without parts; `info.error` is only set when the abort hits a running stream.
    assert!(resp["info"]["time"]["completed"].is_number(), "{resp}");
    assert_eq!(response_text(&resp), "");
    if let Some(name) = resp["info"]["error"]["name"].as_str() {
        assert_eq!(name, "MessageAbortedError");
    }
    let messages = c.get(&format!("/session/{session}/message")).await;
    println!(
        "after abort: {}",
        messages
            .as_array()
            .and_then(|m| m.last())
            .map(|m| m["info"]["error"].to_string())
            .unwrap_or_default()
    );
    // No more attempts after the abort.
    let attempts = server.provider().chat_requests().len();
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        server.provider().chat_requests().len(),
        attempts,
        "retried after abort"
    );
    server.stop().await;
    println!("llm_error_then_abort: {:?}", started.elapsed());
}

/// Starts a server whose model runs `sleep` in bash, waits until the tool process runs and
/// returns the server, the session's client and the marker in the command line.
async fn server_with_running_tool() -> (TestServer, Vec<u32>, String) {
    let marker = format!("oc-orphan-check-{:x}", fastrand_u64());
    let command = format!("sleep 300 && echo {marker}");
    let server = TestServer::builder()
        .permission(json!({"bash": "allow"}))
        .turn(Turn::tool_call(
            "bash",
            json!({"command": command, "description": "Sleep"}),
        ))
        .start()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let c = client(&server);
    let session = new_session(&c, Some("sleep")).await;
    let (status, _) = c
        .call(
            Method::POST,
            &format!("/session/{session}/prompt_async"),
            Some(json!({"parts": [{"type": "text", "text": "sleep"}]})),
            Duration::from_secs(10),
        )
        .await;
    assert!(status.is_success());
    let mut pids = Vec::new();
    let running = eventually(Duration::from_secs(30), || {
        pids = pids_with_cmdline(&marker);
        let found = !pids.is_empty();
        async move { found }
    })
    .await;
    assert!(running, "the bash tool never started");
    // Its `sleep` child too.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut all = pids_with_cmdline(&marker);
    all.extend(children_of(&all));
    (server, all, marker)
}

fn fastrand_u64() -> u64 {
    // Avoids a dev-dependency: time and pid are unique enough for a marker.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    nanos ^ (u64::from(std::process::id()) << 32)
}

fn children_of(parents: &[u32]) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| {
                    s[s.rfind(')')? + 2..]
                        .split_whitespace()
                        .nth(1)?
                        .parse::<u32>()
                        .ok()
                })
                .is_some_and(|ppid| parents.contains(&ppid))
        })
        .collect()
}

fn alive(pids: &[u32]) -> Vec<u32> {
    pids.iter()
        .copied()
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| s[s.rfind(')')? + 2..].chars().next())
                .is_some_and(|state| state != 'Z')
        })
        .collect()
}

#[tokio::test]
async fn stop_kills_running_tool_processes() {
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let (server, pids, marker) = server_with_running_tool().await;
    let server_pid = server.process().pid();
    assert!(pids.len() >= 2, "expected the shell and sleep: {pids:?}");
    let exit = server.stop().await;
    assert!(exit.status.is_some());
    let left = alive(&pids);
    assert!(left.is_empty(), "tool processes survived stop(): {left:?}");
    assert!(pids_with_cmdline(&marker).is_empty());
    assert!(alive(&[server_pid]).is_empty());
    println!("stop_kills_running_tool_processes: {:?}", started.elapsed());
}

#[tokio::test]
async fn drop_kills_running_tool_processes() {
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let (server, pids, marker) = server_with_running_tool().await;
    let server_pid = server.process().pid();
    drop(server);
    // Drop does not call /global/dispose: the /proc sweep has to find the tool processes.
    let gone = eventually(Duration::from_secs(2), || {
        let ok = alive(&pids).is_empty() && alive(&[server_pid]).is_empty();
        async move { ok }
    })
    .await;
    assert!(gone, "survived drop: {:?}", alive(&pids));
    assert!(pids_with_cmdline(&marker).is_empty());
    println!("drop_kills_running_tool_processes: {:?}", started.elapsed());
}

#[tokio::test]
async fn runner_streams_text_events() {
    let Some(_) = live_binary() else { return };
    use futures_util::StreamExt;
    use opencode_process::RunEvent;
    let started = Instant::now();
    let env = opencode_testing::TestEnv::builder()
        .turn(Turn::text("Run output from the fake."))
        .build_env()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut run = env
        .runner("hello runner")
        .spawn()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut kinds = Vec::new();
    let mut text = String::new();
    let collect = async {
        while let Some(event) = run.next().await {
            match event.expect("decodable event") {
                RunEvent::Text(t) => {
                    kinds.push("text");
                    text.push_str(t.text().unwrap_or_default());
                }
                RunEvent::StepStart(_) => kinds.push("step_start"),
                RunEvent::StepFinish(_) => kinds.push("step_finish"),
                other => panic!("unexpected event {other:?}"),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(60), collect)
        .await
        .expect("run finished");
    let exit = run.wait().await;
    assert!(exit.status.is_some_and(|s| s.success()), "{exit:?}");
    assert_eq!(text, "Run output from the fake.");
    assert_eq!(kinds, ["step_start", "text", "step_finish"]);
    assert_eq!(
        env.provider().chat_requests()[0]
            .last_user_text()
            .as_deref(),
        Some("hello runner")
    );
    println!("runner_streams_text_events: {:?}", started.elapsed());
}

/// Run as a child process by `sigkill_of_the_parent_kills_server_and_tools`: starts a
/// server whose bash tool is running, reports, and waits to be SIGKILLed.
#[tokio::test]
#[ignore = "helper process for sigkill_of_the_parent_kills_server_and_tools"]
async fn helper_parent_with_running_tool() {
    if std::env::var_os("OPENCODE_TESTING_ORPHAN_HELPER").is_none() {
        return;
    }
    let (server, pids, marker) = server_with_running_tool().await;
    let root = server
        .project_dir()
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let pids: Vec<String> = pids.iter().map(u32::to_string).collect();
    println!(
        "READY {} {} {} {}",
        server.process().pid(),
        marker,
        root,
        pids.join(",")
    );
    tokio::time::sleep(Duration::from_secs(120)).await;
}

#[test]
fn sigkill_of_the_parent_kills_server_and_tools() {
    use std::io::BufRead;
    let Some(_) = live_binary() else { return };
    let started = Instant::now();
    let exe = std::env::current_exe().expect("test binary");
    let mut parent = std::process::Command::new(exe)
        .args([
            "helper_parent_with_running_tool",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env("OPENCODE_TESTING_ORPHAN_HELPER", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn helper");
    let stdout = parent.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if let Some(rest) = line.strip_prefix("READY ") {
                let _ = tx.send(rest.to_owned());
                break;
            }
        }
    });
    let Ok(ready) = rx.recv_timeout(Duration::from_secs(90)) else {
        let _ = parent.kill();
        panic!("helper never got ready");
    };
    let fields: Vec<&str> = ready.split_whitespace().collect();
    let (server_pid, marker, root) = match fields[..] {
        [pid, marker, root, _] => (
            pid.parse::<u32>().expect("pid"),
            marker.to_owned(),
            root.to_owned(),
        ),
        _ => panic!("bad READY line {ready:?}"),
    };
    let tools: Vec<u32> = fields[3]
        .split(',')
        .filter_map(|p| p.parse().ok())
        .collect();
    assert!(!alive(&[server_pid]).is_empty());
    assert!(!alive(&tools).is_empty(), "tool processes not running");
    parent.kill().expect("SIGKILL the helper");
    let _ = parent.wait();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline
        && !(alive(&[server_pid]).is_empty() && alive(&tools).is_empty())
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    let left_server = alive(&[server_pid]);
    let left_tools = alive(&tools);
    // The helper could not clean up its temp dir.
    if root.contains("opencode-test-") {
        let _ = std::fs::remove_dir_all(&root);
    }
    assert!(left_server.is_empty(), "server survived its parent");
    assert!(
        left_tools.is_empty(),
        "tool processes survived: {left_tools:?}"
    );
    assert!(pids_with_cmdline(&marker).is_empty());
    println!(
        "sigkill_of_the_parent_kills_server_and_tools: {:?}",
        started.elapsed()
    );
}
