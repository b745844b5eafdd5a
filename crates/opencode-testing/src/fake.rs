//! A scripted, OpenAI-compatible model provider on loopback.
//!
//! The OpenCode server talks to it through its `@ai-sdk/openai-compatible` provider:
//! `GET /v1/models` and `POST /v1/chat/completions` (always `stream: true`). Every chat
//! request pops the next scripted [`Turn`]; when the script is empty the default turn
//! answers. Title-generation requests are recognised and answered with a fixed title without
//! consuming a turn (see [`RequestKind::Title`]).

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener as StdTcpListener};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use futures_util::stream;
use http::{Method, Request, Response, StatusCode, header};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, Limited, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::sync::{oneshot, watch};

use crate::background::Background;

/// The provider id that [`FakeProvider::config_json`] registers (`fake/<model>` in OpenCode).
pub const PROVIDER_ID: &str = "fake";

/// The model id used when none is given (`fake/fake-model`).
pub const DEFAULT_MODEL: &str = "fake-model";

/// The text of the default turn, answered when the script is empty.
pub const DEFAULT_TEXT: &str = "Hello from the fake model.";

/// The title answered to title-generation requests unless changed.
pub const DEFAULT_TITLE: &str = "Fake session title";

/// Request bodies larger than this are answered with 413 (OpenCode sends a few hundred KiB
/// at most: the system prompt, the tool schemas and the conversation).
const MAX_REQUEST_BODY: usize = 64 * 1024 * 1024;

/// The longest a [`Turn::stall`] keeps a stream open before ending it.
const MAX_STALL: Duration = Duration::from_secs(600);

/// The tool the server offers the model for a prompt with a `json_schema` format; its
/// input is the turn's structured answer.
pub const STRUCTURED_OUTPUT_TOOL: &str = "StructuredOutput";

/// How streamed text and reasoning are cut into chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChunkSplit {
    /// `n` words per chunk, each word keeping the whitespace before it
    /// (`"Hello"`, `" from"`, `" the"` …). This is the default, with `n = 1`.
    Words(usize),
    /// `n` characters (Unicode scalar values) per chunk.
    Chars(usize),
    /// The whole text in one chunk.
    Whole,
}

impl ChunkSplit {
    fn split(self, text: &str) -> Vec<String> {
        match self {
            ChunkSplit::Whole => vec![text.to_owned()],
            ChunkSplit::Chars(n) => {
                let n = n.max(1);
                let chars: Vec<char> = text.chars().collect();
                chars.chunks(n).map(|c| c.iter().collect()).collect()
            }
            ChunkSplit::Words(n) => {
                let n = n.max(1);
                // Cut before every whitespace run that follows a non-whitespace character.
                let mut words: Vec<String> = Vec::new();
                let mut current = String::new();
                let mut prev_ws = true;
                for ch in text.chars() {
                    let ws = ch.is_whitespace();
                    if ws && !prev_ws && !current.is_empty() {
                        words.push(std::mem::take(&mut current));
                    }
                    current.push(ch);
                    prev_ws = ws;
                }
                if !current.is_empty() {
                    words.push(current);
                }
                words.chunks(n).map(|w| w.concat()).collect()
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Segment {
    Text(String),
    Reasoning(String),
    ToolCall {
        id: Option<String>,
        name: String,
        arguments: String,
    },
}

#[derive(Debug, Clone)]
enum TurnKind {
    Stream(Vec<Segment>),
    Error { status: u16, message: String },
}

/// One scripted model reply: what the fake provider answers to one chat request.
///
/// A turn is a sequence of reasoning, text and tool-call segments streamed in order, or an
/// HTTP error. Builder methods add segments and adjust timing.
///
/// ```
/// use std::time::Duration;
/// use opencode_testing::Turn;
/// use serde_json::json;
///
/// let think_then_answer = Turn::reasoning("Let me think.").then_text("The answer is 42.");
/// let run_tool = Turn::tool_call("bash", json!({"command": "echo hi", "description": "d"}));
/// let slow = Turn::text("one two three").chunk_delay(Duration::from_millis(200));
/// let failure = Turn::error(500, "fake upstream failure");
/// # let _ = (think_then_answer, run_tool, slow, failure);
/// ```
#[derive(Debug, Clone)]
pub struct Turn {
    kind: TurnKind,
    delay: Duration,
    chunk_delay: Duration,
    usage: Option<(u64, u64)>,
    split: ChunkSplit,
    finish_reason: Option<String>,
    stall: bool,
}

impl Turn {
    fn new(kind: TurnKind) -> Self {
        Turn {
            kind,
            delay: Duration::ZERO,
            chunk_delay: Duration::ZERO,
            usage: None,
            split: ChunkSplit::Words(1),
            finish_reason: None,
            stall: false,
        }
    }

    fn push(mut self, segment: Segment) -> Self {
        match &mut self.kind {
            TurnKind::Stream(segments) => segments.push(segment),
            // An error turn has no stream; turn it into a stream turn with this segment.
            TurnKind::Error { .. } => self.kind = TurnKind::Stream(vec![segment]),
        }
        self
    }

    /// A reply streaming `text` as `delta.content`, in word chunks by default.
    pub fn text(text: impl Into<String>) -> Self {
        Turn::new(TurnKind::Stream(vec![Segment::Text(text.into())]))
    }

    /// A reply streaming `text` as reasoning (`delta.reasoning_content`, which the server's
    /// openai-compatible provider reads into a reasoning part). Usually followed by
    /// [`then_text`](Self::then_text).
    pub fn reasoning(text: impl Into<String>) -> Self {
        Turn::new(TurnKind::Stream(vec![Segment::Reasoning(text.into())]))
    }

    /// A reply that calls tool `name` with the JSON `arguments`; the call id is generated
    /// (`call_<request number>_<index>`). The finish reason becomes `tool_calls`.
    ///
    /// OpenCode's tools include `bash` (`{command, description, timeout?, workdir?}`),
    /// `write` (`{filePath, content}`), `question` (`{questions:[{question, header,
    /// options:[{label, description}]}]}`), `read`, `edit`, `glob`, `grep`, `task`,
    /// `todowrite`, `webfetch` and `skill`.
    pub fn tool_call(name: impl Into<String>, arguments: Value) -> Self {
        Turn::new(TurnKind::Stream(Vec::new())).then_tool_call(name, arguments)
    }

    /// A reply that gives the structured answer `value` to a prompt with a `json_schema`
    /// format: the call of the server's `StructuredOutput` tool, whose input becomes the
    /// assistant message's `structured` value and ends the turn. Any value can be scripted,
    /// including one that does not fit the schema, to test how an app handles it.
    pub fn structured(value: Value) -> Self {
        Turn::tool_call(STRUCTURED_OUTPUT_TOOL, value)
    }

    /// Appends the structured answer `value` (see [`structured`](Self::structured)) after
    /// what the reply already streams.
    pub fn then_structured(self, value: Value) -> Self {
        self.then_tool_call(STRUCTURED_OUTPUT_TOOL, value)
    }

    /// Like [`tool_call`](Self::tool_call) with an explicit call id, to find the result later
    /// with [`FakeProvider::last_tool_result`].
    pub fn tool_call_with_id(
        id: impl Into<String>,
        name: impl Into<String>,
        arguments: Value,
    ) -> Self {
        Turn::new(TurnKind::Stream(Vec::new())).then_tool_call_with_id(id, name, arguments)
    }

    /// A reply that is an HTTP error: `status` with an OpenAI-style error body
    /// `{"error":{"message":…,"type":"fake_error"}}`. The server surfaces `message`.
    pub fn error(status: u16, message: impl Into<String>) -> Self {
        Turn::new(TurnKind::Error {
            status,
            message: message.into(),
        })
    }

    /// Appends streamed text.
    pub fn then_text(self, text: impl Into<String>) -> Self {
        self.push(Segment::Text(text.into()))
    }

    /// Appends streamed reasoning.
    pub fn then_reasoning(self, text: impl Into<String>) -> Self {
        self.push(Segment::Reasoning(text.into()))
    }

    /// Appends a tool call (several per turn are allowed; they get increasing indexes).
    pub fn then_tool_call(self, name: impl Into<String>, arguments: Value) -> Self {
        self.push(Segment::ToolCall {
            id: None,
            name: name.into(),
            arguments: arguments.to_string(),
        })
    }

    /// Appends a tool call with an explicit call id.
    pub fn then_tool_call_with_id(
        self,
        id: impl Into<String>,
        name: impl Into<String>,
        arguments: Value,
    ) -> Self {
        self.push(Segment::ToolCall {
            id: Some(id.into()),
            name: name.into(),
            arguments: arguments.to_string(),
        })
    }

    /// Waits this long before the response headers (for an error turn) or the first chunk.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Waits this long between chunks.
    pub fn chunk_delay(mut self, delay: Duration) -> Self {
        self.chunk_delay = delay;
        self
    }

    /// The token usage reported in the final chunk (default: 10 prompt tokens and one
    /// completion token per chunk).
    pub fn usage(mut self, prompt_tokens: u64, completion_tokens: u64) -> Self {
        self.usage = Some((prompt_tokens, completion_tokens));
        self
    }

    /// How text and reasoning are cut into chunks (default `ChunkSplit::Words(1)`).
    pub fn split(mut self, split: ChunkSplit) -> Self {
        self.split = split;
        self
    }

    /// Overrides the final `finish_reason` (default `tool_calls` when the turn calls a tool,
    /// else `stop`).
    pub fn finish_reason(mut self, reason: impl Into<String>) -> Self {
        self.finish_reason = Some(reason.into());
        self
    }

    /// After the last content chunk, keeps the stream open without finishing it until the
    /// client goes away (at most 10 minutes). For abort tests.
    pub fn stall(mut self) -> Self {
        self.stall = true;
        self
    }

    /// The SSE body of this turn: (delay before, bytes) steps.
    fn frames(&self, seq: u64, model: &str) -> Vec<Step> {
        let TurnKind::Stream(segments) = &self.kind else {
            return Vec::new();
        };
        let id = format!("chatcmpl-fake-{seq}");
        let chunk = |delta: Value, finish: Option<&str>, usage: Option<Value>| {
            let mut c = json!({
                "id": id,
                "object": "chat.completion.chunk",
                "created": 1,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            });
            if let Some(u) = usage {
                c["usage"] = u;
            }
            Bytes::from(format!("data: {c}\n\n"))
        };
        let mut out = vec![chunk(
            json!({"role": "assistant", "content": null}),
            None,
            None,
        )];
        let mut tool_index = 0usize;
        for segment in segments {
            match segment {
                Segment::Text(text) => {
                    for piece in self.split.split(text) {
                        out.push(chunk(json!({"content": piece}), None, None));
                    }
                }
                Segment::Reasoning(text) => {
                    for piece in self.split.split(text) {
                        out.push(chunk(json!({"reasoning_content": piece}), None, None));
                    }
                }
                Segment::ToolCall {
                    id,
                    name,
                    arguments,
                } => {
                    let call_id = id
                        .clone()
                        .unwrap_or_else(|| format!("call_{seq}_{tool_index}"));
                    out.push(chunk(
                        json!({"tool_calls": [{"index": tool_index, "id": call_id, "type": "function",
                            "function": {"name": name, "arguments": ""}}]}),
                        None,
                        None,
                    ));
                    // The arguments arrive in two pieces, as real providers stream them.
                    let chars: Vec<char> = arguments.chars().collect();
                    let mid = chars.len() / 2;
                    for part in [&chars[..mid], &chars[mid..]] {
                        if part.is_empty() {
                            continue;
                        }
                        let part: String = part.iter().collect();
                        out.push(chunk(
                            json!({"tool_calls": [{"index": tool_index, "function": {"arguments": part}}]}),
                            None,
                            None,
                        ));
                    }
                    tool_index += 1;
                }
            }
        }
        let mut steps: Vec<Step> = out
            .into_iter()
            .enumerate()
            .map(|(i, bytes)| {
                let wait = if i == 0 { self.delay } else { self.chunk_delay };
                Step::Send(wait, bytes)
            })
            .collect();
        if self.stall {
            steps.push(Step::Stall);
            return steps;
        }
        let finish = self.finish_reason.clone().unwrap_or_else(|| {
            if tool_index > 0 {
                "tool_calls".to_owned()
            } else {
                "stop".to_owned()
            }
        });
        let (prompt, completion) = self
            .usage
            .unwrap_or((10, steps.len().saturating_sub(1) as u64));
        let usage = json!({"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion});
        steps.push(Step::Send(
            self.chunk_delay,
            chunk(json!({}), Some(&finish), Some(usage)),
        ));
        steps.push(Step::Send(
            Duration::ZERO,
            Bytes::from_static(b"data: [DONE]\n\n"),
        ));
        steps
    }
}

enum Step {
    Send(Duration, Bytes),
    Stall,
}

/// What a recorded request was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RequestKind {
    /// `GET …/models`.
    Models,
    /// A chat completion that consumed a scripted turn (or the default turn).
    Chat,
    /// A title-generation chat completion, answered with the fixed title. OpenCode makes
    /// one when a session is created without a title. Recognised by its system prompt,
    /// which starts with `You are a title generator`, or its first user message,
    /// `Generate a title for this conversation:`.
    Title,
    /// Anything else (answered with 404).
    Other,
}

/// One HTTP request the fake provider received.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    method: String,
    path: String,
    body: Value,
    kind: RequestKind,
}

impl RecordedRequest {
    /// The HTTP method.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The request path (without query).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The parsed JSON body (`Value::Null` when there was none or it was not JSON).
    pub fn body(&self) -> &Value {
        &self.body
    }

    /// What kind of request this was.
    pub fn kind(&self) -> RequestKind {
        self.kind
    }

    /// The `messages` array of a chat request (empty otherwise).
    pub fn messages(&self) -> &[Value] {
        self.body["messages"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The `model` field of a chat request.
    pub fn model(&self) -> Option<&str> {
        self.body["model"].as_str()
    }

    /// The names of the tools offered in a chat request.
    pub fn tool_names(&self) -> Vec<&str> {
        self.body["tools"]
            .as_array()
            .map(|tools| {
                tools
                    .iter()
                    .filter_map(|t| t["function"]["name"].as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The text of the system messages, joined by newlines.
    pub fn system_text(&self) -> String {
        self.messages()
            .iter()
            .filter(|m| m["role"] == "system")
            .map(message_text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The text of the last `user` message.
    pub fn last_user_text(&self) -> Option<String> {
        self.messages()
            .iter()
            .rev()
            .find(|m| m["role"] == "user")
            .map(message_text)
    }

    /// The content of the `{"role":"tool","tool_call_id":call_id}` message in this request.
    pub fn tool_result(&self, call_id: &str) -> Option<String> {
        self.messages()
            .iter()
            .find(|m| m["role"] == "tool" && m["tool_call_id"] == call_id)
            .map(message_text)
    }
}

/// The text of a chat message whose `content` is a string or an array of text parts.
fn message_text(message: &Value) -> String {
    match &message["content"] {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p["text"].as_str())
            .collect::<Vec<_>>()
            .join(""),
        _ => String::new(),
    }
}

/// Whether a chat request comes from OpenCode's `title` agent. Observed on 1.18.33: the
/// system message starts with `You are a title generator`, the first user message is
/// `Generate a title for this conversation:`, and no tools are offered. Either text marker
/// is enough.
fn is_title_request(body: &Value) -> bool {
    body["messages"].as_array().is_some_and(|messages| {
        messages.iter().any(|m| {
            let text = message_text(m);
            let text = text.trim_start();
            (m["role"] == "system" && text.starts_with(TITLE_SYSTEM_MARKER))
                || (m["role"] == "user" && text.starts_with(TITLE_USER_MARKER))
        })
    })
}

const TITLE_SYSTEM_MARKER: &str = "You are a title generator";
const TITLE_USER_MARKER: &str = "Generate a title for this conversation:";

struct Shared {
    script: Mutex<VecDeque<Turn>>,
    default_turn: Mutex<Turn>,
    title: Mutex<String>,
    models: Vec<String>,
    requests: Mutex<Vec<RecordedRequest>>,
    /// The number of chat requests (not titles) received, for waiters.
    chat_count: watch::Sender<usize>,
}

/// Locks a mutex, recovering the data if a panicking test poisoned it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Builds a [`FakeProvider`] with a script, a default turn and a title.
#[derive(Debug)]
pub struct FakeProviderBuilder {
    script: Vec<Turn>,
    default_turn: Turn,
    title: String,
    models: Vec<String>,
}

impl FakeProviderBuilder {
    /// Appends a scripted turn.
    pub fn turn(mut self, turn: Turn) -> Self {
        self.script.push(turn);
        self
    }

    /// Appends several scripted turns.
    pub fn turns(mut self, turns: impl IntoIterator<Item = Turn>) -> Self {
        self.script.extend(turns);
        self
    }

    /// The turn answered when the script is empty (default: [`DEFAULT_TEXT`]).
    pub fn default_turn(mut self, turn: Turn) -> Self {
        self.default_turn = turn;
        self
    }

    /// The title answered to title-generation requests (default: [`DEFAULT_TITLE`]).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Adds a model id listed by `GET /v1/models` (default: only [`DEFAULT_MODEL`]).
    pub fn model(mut self, id: impl Into<String>) -> Self {
        self.models.push(id.into());
        self
    }

    /// Binds `127.0.0.1:0` and starts serving on a background thread with its own runtime,
    /// so the provider works from sync code and from any async runtime.
    pub fn start(self) -> std::io::Result<FakeProvider> {
        let listener = StdTcpListener::bind(("127.0.0.1", 0))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let mut models = self.models;
        if models.is_empty() {
            models.push(DEFAULT_MODEL.to_owned());
        }
        let shared = Arc::new(Shared {
            script: Mutex::new(self.script.into()),
            default_turn: Mutex::new(self.default_turn),
            title: Mutex::new(self.title),
            models,
            requests: Mutex::new(Vec::new()),
            chat_count: watch::Sender::new(0),
        });
        let thread_shared = Arc::clone(&shared);
        let background =
            Background::spawn(format!("fake-provider-{}", addr.port()), move |stop| {
                serve(listener, thread_shared, stop)
            })?;
        Ok(FakeProvider {
            addr,
            shared,
            _background: background,
        })
    }
}

/// A scripted OpenAI-compatible model provider on `127.0.0.1`, for driving a real OpenCode
/// server deterministically and offline. Stops when dropped.
///
/// ```no_run
/// use opencode_testing::{FakeProvider, Turn};
/// use serde_json::json;
///
/// let provider = FakeProvider::builder()
///     .turn(Turn::tool_call_with_id("call_1", "bash", json!({"command": "echo hi", "description": "d"})))
///     .turn(Turn::text("Done."))
///     .start()?;
/// // Give the server `provider.opencode_config("fake-model")` as OPENCODE_CONFIG_CONTENT, prompt it, then:
/// assert_eq!(provider.last_tool_result("call_1").as_deref(), Some("hi\n"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct FakeProvider {
    addr: SocketAddr,
    shared: Arc<Shared>,
    _background: Background,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("pending_turns", &lock(&self.script).len())
            .field("requests", &lock(&self.requests).len())
            .finish_non_exhaustive()
    }
}

impl FakeProvider {
    /// A builder; see [`FakeProviderBuilder`].
    pub fn builder() -> FakeProviderBuilder {
        FakeProviderBuilder {
            script: Vec::new(),
            default_turn: Turn::text(DEFAULT_TEXT),
            title: DEFAULT_TITLE.to_owned(),
            models: Vec::new(),
        }
    }

    /// Starts a provider with an empty script (every chat request gets the default turn).
    pub fn start() -> std::io::Result<FakeProvider> {
        FakeProvider::builder().start()
    }

    /// The socket address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT/v1`, the provider's `options.baseURL`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The `provider` section of an OpenCode config registering this provider as
    /// [`PROVIDER_ID`] with the model `model_id`:
    /// `{"fake":{"npm":"@ai-sdk/openai-compatible","name":"Fake","options":{"baseURL":…,"apiKey":"x"},"models":{"<model_id>":{"name":"<model_id>"}}}}`.
    pub fn config_json(&self, model_id: &str) -> Value {
        json!({
            PROVIDER_ID: {
                "npm": "@ai-sdk/openai-compatible",
                "name": "Fake",
                "options": {"baseURL": self.base_url(), "apiKey": "x"},
                "models": {model_id: {"name": model_id}},
            }
        })
    }

    /// A whole OpenCode config that uses this provider as the default model:
    /// `{"model":"fake/<model_id>","provider":<config_json>}`.
    pub fn opencode_config(&self, model_id: &str) -> Value {
        json!({"model": format!("{PROVIDER_ID}/{model_id}"), "provider": self.config_json(model_id)})
    }

    /// Appends a turn to the script.
    pub fn push(&self, turn: Turn) {
        lock(&self.shared.script).push_back(turn);
    }

    /// Appends turns to the script.
    pub fn extend(&self, turns: impl IntoIterator<Item = Turn>) {
        lock(&self.shared.script).extend(turns);
    }

    /// Replaces the default turn.
    pub fn set_default_turn(&self, turn: Turn) {
        *lock(&self.shared.default_turn) = turn;
    }

    /// Replaces the title answered to title-generation requests.
    pub fn set_title(&self, title: impl Into<String>) {
        *lock(&self.shared.title) = title.into();
    }

    /// How many scripted turns have not been consumed yet.
    pub fn pending_turns(&self) -> usize {
        lock(&self.shared.script).len()
    }

    /// Every request received so far, in arrival order (a snapshot).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// The chat requests that consumed a turn (title requests excluded), in order.
    pub fn chat_requests(&self) -> Vec<RecordedRequest> {
        self.requests_of(RequestKind::Chat)
    }

    /// The title-generation requests, in order.
    pub fn title_requests(&self) -> Vec<RecordedRequest> {
        self.requests_of(RequestKind::Title)
    }

    fn requests_of(&self, kind: RequestKind) -> Vec<RecordedRequest> {
        lock(&self.shared.requests)
            .iter()
            .filter(|r| r.kind == kind)
            .cloned()
            .collect()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        lock(&self.shared.requests).clear();
    }

    /// The content of the latest `{"role":"tool","tool_call_id":call_id,"content":…}`
    /// message the server sent back, i.e. the tool's output as the model saw it.
    pub fn last_tool_result(&self, call_id: &str) -> Option<String> {
        lock(&self.shared.requests)
            .iter()
            .rev()
            .find_map(|r| r.tool_result(call_id))
    }

    /// Waits until at least `n` chat requests (title requests excluded) have arrived, or
    /// `timeout` passes; returns whether they did. Needs a Tokio runtime with timers.
    pub async fn wait_for_chat_requests(&self, n: usize, timeout: Duration) -> bool {
        let mut rx = self.shared.chat_count.subscribe();
        tokio::time::timeout(timeout, rx.wait_for(|count| *count >= n))
            .await
            .is_ok_and(|r| r.is_ok())
    }
}

async fn serve(listener: StdTcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let listener = match tokio::net::TcpListener::from_std(listener) {
        Ok(l) => l,
        Err(err) => {
            tracing::error!(%err, "fake provider: cannot register listener");
            return;
        }
    };
    loop {
        tokio::select! {
            _ = &mut stop => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Transient accept errors (e.g. EMFILE): back off a little.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let shared = Arc::clone(&shared);
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let shared = Arc::clone(&shared);
                        async move { Ok::<_, Infallible>(handle(req, &shared).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
}

type Body = UnsyncBoxBody<Bytes, Infallible>;

fn full(status: StatusCode, content_type: &str, body: impl Into<Bytes>) -> Response<Body> {
    let mut resp = Response::new(Full::new(body.into()).boxed_unsync());
    *resp.status_mut() = status;
    if let Ok(v) = header::HeaderValue::from_str(content_type) {
        resp.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    resp
}

async fn handle(req: Request<Incoming>, shared: &Shared) -> Response<Body> {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let body = match Limited::new(req.into_body(), MAX_REQUEST_BODY)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return full(
                StatusCode::PAYLOAD_TOO_LARGE,
                "text/plain",
                "request body too large or unreadable",
            );
        }
    };
    let json: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let kind = if method == Method::GET && path.ends_with("/models") {
        RequestKind::Models
    } else if method == Method::POST && path.ends_with("/chat/completions") {
        if is_title_request(&json) {
            RequestKind::Title
        } else {
            RequestKind::Chat
        }
    } else {
        RequestKind::Other
    };
    let model = json["model"].as_str().unwrap_or(DEFAULT_MODEL).to_owned();
    let seq = {
        let mut requests = lock(&shared.requests);
        requests.push(RecordedRequest {
            method: method.to_string(),
            path: path.clone(),
            body: json,
            kind,
        });
        requests.len() as u64
    };
    match kind {
        RequestKind::Models => {
            let data: Vec<Value> = shared
                .models
                .iter()
                .map(|id| json!({"id": id, "object": "model", "created": 0, "owned_by": PROVIDER_ID}))
                .collect();
            full(
                StatusCode::OK,
                "application/json",
                json!({"object": "list", "data": data}).to_string(),
            )
        }
        RequestKind::Other => full(StatusCode::NOT_FOUND, "text/plain", "not found"),
        RequestKind::Title => {
            let title = lock(&shared.title).clone();
            stream_turn(&Turn::text(title).split(ChunkSplit::Whole), seq, &model).await
        }
        RequestKind::Chat => {
            let turn = lock(&shared.script).pop_front();
            let turn = turn.unwrap_or_else(|| lock(&shared.default_turn).clone());
            shared.chat_count.send_modify(|c| *c += 1);
            stream_turn(&turn, seq, &model).await
        }
    }
}

async fn stream_turn(turn: &Turn, seq: u64, model: &str) -> Response<Body> {
    if let TurnKind::Error { status, message } = &turn.kind {
        if !turn.delay.is_zero() {
            tokio::time::sleep(turn.delay).await;
        }
        let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = json!({"error": {"message": message, "type": "fake_error", "param": null, "code": null}});
        return full(status, "application/json", body.to_string());
    }
    let steps = turn.frames(seq, model).into_iter();
    let body = stream::unfold(steps, |mut steps| async move {
        match steps.next()? {
            Step::Send(wait, bytes) => {
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
                Some((Ok::<_, Infallible>(Frame::data(bytes)), steps))
            }
            Step::Stall => {
                // Ends when the client disconnects (the body is dropped) or after MAX_STALL.
                tokio::time::sleep(MAX_STALL).await;
                None
            }
        }
    });
    let mut resp = Response::new(StreamBody::new(body).boxed_unsync());
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_leading_whitespace() {
        assert_eq!(
            ChunkSplit::Words(1).split("Hello from the fake model."),
            vec!["Hello", " from", " the", " fake", " model."]
        );
        assert_eq!(ChunkSplit::Words(2).split("a b c"), vec!["a b", " c"]);
        assert_eq!(ChunkSplit::Chars(2).split("abcde"), vec!["ab", "cd", "e"]);
        assert_eq!(ChunkSplit::Words(0).split(""), Vec::<String>::new());
    }

    #[test]
    fn tool_call_frames_reassemble() {
        let turn = Turn::tool_call("bash", json!({"command": "echo hi"})).then_tool_call_with_id(
            "x",
            "read",
            json!({}),
        );
        let frames: Vec<Value> = turn
            .frames(3, "m")
            .into_iter()
            .filter_map(|s| match s {
                Step::Send(_, b) => {
                    let s = std::str::from_utf8(&b).ok()?.to_owned();
                    serde_json::from_str(s.strip_prefix("data: ")?.trim()).ok()
                }
                Step::Stall => None,
            })
            .collect();
        let mut args = [String::new(), String::new()];
        let mut ids = Vec::new();
        for f in &frames {
            for call in f["choices"][0]["delta"]["tool_calls"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let i = call["index"].as_u64().unwrap_or(9) as usize;
                if let Some(id) = call["id"].as_str() {
                    ids.push(id.to_owned());
                }
                args[i] += call["function"]["arguments"].as_str().unwrap_or("");
            }
        }
        assert_eq!(ids, vec!["call_3_0", "x"]);
        assert_eq!(args[0], r#"{"command":"echo hi"}"#);
        assert_eq!(args[1], "{}");
        let last = frames.last().map(|f| &f["choices"][0]["finish_reason"]);
        assert_eq!(last, Some(&json!("tool_calls")));
    }
}
