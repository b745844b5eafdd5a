//! `session.prompt(..)`: send a prompt and follow its answer as a stream of progress.
//!
//! The run subscribes to the session's events **before** it sends the prompt
//! (`prompt_async`), so nothing the server publishes for the turn is missed. It ends when the
//! session goes idle, then reads the final assistant message from REST. After a reconnect
//! (events published meanwhile are lost) and whenever the stream is quiet it asks the server
//! whether the session is still busy, so a turn that failed without events never hangs.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use opencode_sse::{EventStream, StreamItem};
use opencode_types as types;
use types::{Event, Part};

use crate::interact::{PermissionRequest, QuestionRequest, Reply};
use crate::session::Session;
use crate::{Client, Error, TurnError};

/// How long the event stream may stay quiet before the run asks whether the session is idle.
const QUIET_CHECK: Duration = Duration::from_secs(5);

/// Consecutive status checks that find the session idle with no answer before the run
/// gives up waiting (a turn that failed before it began).
const IDLE_CHECKS_WITHOUT_ANSWER: u32 = 6;

/// Something that happened while the model answered.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Progress {
    /// A piece of answer text.
    TextDelta {
        /// The assistant message.
        message_id: String,
        /// The text part.
        part_id: String,
        /// The new text.
        delta: String,
    },
    /// A piece of reasoning.
    ReasoningDelta {
        /// The assistant message.
        message_id: String,
        /// The reasoning part.
        part_id: String,
        /// The new text.
        delta: String,
    },
    /// A tool call changed state (pending, running, completed, error).
    Tool(types::ToolPart),
    /// A model step began.
    StepStart(types::StepStartPart),
    /// A model step ended (reason, tokens, cost).
    StepFinish(types::StepFinishPart),
    /// A tool asks for permission; answer with [`PermissionRequest::reply`] (unless a
    /// policy already did).
    Permission(PermissionRequest),
    /// The model asks questions; answer with [`QuestionRequest::answer`].
    Question(QuestionRequest),
    /// The model provider failed and the server will retry.
    Retry {
        /// Attempt number.
        attempt: i64,
        /// Why.
        message: String,
        /// When the next attempt starts (epoch milliseconds).
        next: i64,
    },
    /// The event stream was lost and is open again; the final message is read from REST,
    /// so nothing of the result is lost, but progress published meanwhile was not seen.
    Reconnected {
        /// Attempts it took.
        attempt: u32,
        /// How long the stream was down.
        downtime: std::time::Duration,
    },
}

/// The finished turn: the final assistant message and its parts.
#[derive(Debug, Clone)]
pub struct PromptOutput {
    /// The assistant message (tokens, cost, finish reason, error).
    pub info: types::AssistantMessage,
    /// Its parts (text, reasoning, tools, steps, patches).
    pub parts: Vec<Part>,
}

impl PromptOutput {
    /// The text parts joined, as the user would read the answer.
    pub fn text(&self) -> String {
        self.parts
            .iter()
            .filter_map(|p| match p {
                Part::Text(t) => Some(t.text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The tool calls of the turn's last message.
    pub fn tools(&self) -> impl Iterator<Item = &types::ToolPart> {
        self.parts.iter().filter_map(|p| match p {
            Part::Tool(t) => Some(t),
            _ => None,
        })
    }
}

/// Answers permission requests automatically: `Some(reply)` answers, `None` leaves the
/// request to whoever reads the stream.
pub type PermissionPolicy = Arc<dyn Fn(&types::PermissionRequest) -> Option<Reply> + Send + Sync>;

struct Config {
    session: Session,
    body: types::SessionPromptBody,
    permission_policy: Option<PermissionPolicy>,
    quiet_check: Duration,
}

#[allow(clippy::large_enum_variant)] // Progress is moved straight out to the caller.
enum Step {
    Progress(Progress),
    Done(Box<Result<PromptOutput, Error>>),
}

/// A prompt being answered: a [`Stream`] of [`Progress`] that ends when the session is
/// idle, and a future (`.await` or [`PromptRun::finish`]) for the final message.
///
/// Options are set before the first poll:
///
/// ```no_run
/// # async fn run(session: opencode::Session) -> Result<(), opencode::Error> {
/// use futures_util::StreamExt;
/// use opencode::{Progress, Reply};
///
/// let mut run = session.prompt("Fix the failing test").agent("build");
/// while let Some(progress) = run.next().await {
///     match progress? {
///         Progress::TextDelta { delta, .. } => print!("{delta}"),
///         Progress::Permission(request) => {
///             request.reply(Reply::Once).await?;
///         }
///         _ => {}
///     }
/// }
/// let answer = run.finish().await?;
/// println!("\n{} tokens out", answer.info.tokens.output);
/// # Ok(()) }
/// ```
#[must_use = "nothing is sent until the run is polled or awaited"]
pub struct PromptRun {
    config: Option<Config>,
    inner: Option<BoxStream<'static, Step>>,
    outcome: Option<Result<PromptOutput, Error>>,
    abort_on_drop: Option<Session>,
}

impl fmt::Debug for PromptRun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PromptRun")
            .field("started", &self.inner.is_some())
            .field("finished", &self.outcome.is_some())
            .finish()
    }
}

impl PromptRun {
    pub(crate) fn new(session: Session, text: String) -> Self {
        let part = types::SessionPromptBodyPartsItem::Text(types::TextPartInput::new(text));
        PromptRun {
            config: Some(Config {
                session,
                body: types::SessionPromptBody::new(vec![part]),
                permission_policy: None,
                quiet_check: QUIET_CHECK,
            }),
            inner: None,
            outcome: None,
            abort_on_drop: None,
        }
    }

    fn body(&mut self) -> Option<&mut types::SessionPromptBody> {
        self.config.as_mut().map(|c| &mut c.body)
    }

    /// The model, as provider and model id (`"anthropic"`, `"claude-sonnet-4"`).
    pub fn model(mut self, provider_id: impl Into<String>, model_id: impl Into<String>) -> Self {
        if let Some(b) = self.body() {
            b.model = Some(types::SessionPromptBodyModel::new(model_id, provider_id));
        }
        self
    }

    /// The agent (`build`, `plan`, …).
    pub fn agent(mut self, agent: impl Into<String>) -> Self {
        if let Some(b) = self.body() {
            b.agent = Some(agent.into());
        }
        self
    }

    /// A system prompt for this turn.
    pub fn system(mut self, system: impl Into<String>) -> Self {
        if let Some(b) = self.body() {
            b.system = Some(system.into());
        }
        self
    }

    /// The model variant (for example a reasoning effort).
    pub fn variant(mut self, variant: impl Into<String>) -> Self {
        if let Some(b) = self.body() {
            b.variant = Some(variant.into());
        }
        self
    }

    /// Attaches a file by URL (`file:///abs/path`) with its MIME type.
    pub fn file(mut self, mime: impl Into<String>, url: impl Into<String>) -> Self {
        if let Some(b) = self.body() {
            let part = types::FilePartInput::new(mime, url);
            b.parts.push(types::SessionPromptBodyPartsItem::File(part));
        }
        self
    }

    /// Any other part (agent or subtask parts, or a file part with a source).
    pub fn part(mut self, part: types::SessionPromptBodyPartsItem) -> Self {
        if let Some(b) = self.body() {
            b.parts.push(part);
        }
        self
    }

    /// Answers permission requests with `policy` as they arrive (they still appear in the
    /// stream).
    pub fn on_permission(
        mut self,
        policy: impl Fn(&types::PermissionRequest) -> Option<Reply> + Send + Sync + 'static,
    ) -> Self {
        if let Some(c) = self.config.as_mut() {
            c.permission_policy = Some(Arc::new(policy));
        }
        self
    }

    /// Aborts the turn on the server when this run is dropped before it finished (needs a
    /// Tokio runtime at drop time).
    pub fn abort_on_drop(mut self, yes: bool) -> Self {
        self.abort_on_drop = if yes {
            self.config.as_ref().map(|c| c.session.clone())
        } else {
            None
        };
        self
    }

    /// How long the event stream may be quiet before the run checks the session's status.
    pub fn quiet_check(mut self, every: Duration) -> Self {
        if let Some(c) = self.config.as_mut() {
            c.quiet_check = every;
        }
        self
    }

    /// Drives the run to its end and returns the final assistant message. An LLM failure or
    /// an abort is [`Error::Turn`], carrying what was produced until then.
    pub async fn finish(mut self) -> Result<PromptOutput, Error> {
        while let Some(item) = self.next().await {
            item?;
        }
        self.abort_on_drop = None;
        self.outcome
            .take()
            .unwrap_or(Err(Error::Stream(opencode_sse::Error::EndOfStream)))
    }
}

impl Stream for PromptRun {
    type Item = Result<Progress, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.outcome.is_some() {
            return Poll::Ready(None);
        }
        if this.inner.is_none() {
            let Some(config) = this.config.take() else {
                return Poll::Ready(None);
            };
            this.inner = Some(run(config).boxed());
        }
        let Some(inner) = this.inner.as_mut() else {
            return Poll::Ready(None);
        };
        match inner.poll_next_unpin(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(Step::Progress(p))) => Poll::Ready(Some(Ok(p))),
            Poll::Ready(Some(Step::Done(result))) => {
                this.abort_on_drop = None;
                this.outcome = Some(*result);
                this.inner = None;
                Poll::Ready(None)
            }
            Poll::Ready(None) => {
                this.outcome = Some(Err(Error::Stream(opencode_sse::Error::EndOfStream)));
                Poll::Ready(None)
            }
        }
    }
}

impl IntoFuture for PromptRun {
    type Output = Result<PromptOutput, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.finish())
    }
}

impl Drop for PromptRun {
    fn drop(&mut self) {
        if let Some(session) = self.abort_on_drop.take() {
            if self.inner.is_some() {
                if let Ok(handle) = tokio::runtime::Handle::try_current() {
                    handle.spawn(async move {
                        let _ = session.abort().await;
                    });
                }
            }
        }
    }
}

/// The state a run carries between steps.
struct Run {
    config: Config,
    client: Client,
    events: Option<EventStream<Event>>,
    phase: Phase,
    queue: VecDeque<Step>,
    part_kinds: HashMap<String, &'static str>,
    error: Option<serde_json::Value>,
    assistant_ids: Vec<String>,
    idle_checks: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Start,
    Running,
    Finishing,
    Done,
}

fn run(config: Config) -> impl Stream<Item = Step> + Send {
    let client = config.session.client().clone();
    let state = Run {
        config,
        client,
        events: None,
        phase: Phase::Start,
        queue: VecDeque::new(),
        part_kinds: HashMap::new(),
        error: None,
        assistant_ids: Vec::new(),
        idle_checks: 0,
    };
    futures_util::stream::unfold(state, |mut st| async move {
        loop {
            if let Some(step) = st.queue.pop_front() {
                if matches!(step, Step::Done(_)) {
                    st.phase = Phase::Done;
                }
                return Some((step, st));
            }
            match st.phase {
                Phase::Done => return None,
                Phase::Start => {
                    if let Err(e) = st.start().await {
                        st.queue.push_back(Step::Done(Box::new(Err(e))));
                    }
                }
                Phase::Running => st.running().await,
                Phase::Finishing => {
                    let result = st.finish().await;
                    st.events = None;
                    st.queue.push_back(Step::Done(Box::new(result)));
                }
            }
        }
    })
}

impl Run {
    fn session_id(&self) -> &str {
        self.config.session.id()
    }

    /// Subscribes, waits until the stream is connected, then sends the prompt.
    async fn start(&mut self) -> Result<(), Error> {
        self.client = self.config.session.scoped_client().await?;
        let mut events = self.client.events();
        loop {
            match events.next().await {
                Some(Ok(StreamItem::Connected)) => break,
                Some(Err(e)) if e.is_fatal() => return Err(Error::Stream(e)),
                None => return Err(Error::Stream(opencode_sse::Error::EndOfStream)),
                _ => {}
            }
        }
        self.events = Some(events);
        let session_id = self.session_id().to_owned();
        self.client
            .api()
            .session()
            .prompt_async(&session_id)
            .body(self.config.body.clone())
            .send()
            .await?;
        self.phase = Phase::Running;
        Ok(())
    }

    async fn running(&mut self) {
        let Some(events) = self.events.as_mut() else {
            self.phase = Phase::Finishing;
            return;
        };
        let next = tokio::time::timeout(self.config.quiet_check, events.next()).await;
        match next {
            Err(_) => self.check_idle().await,
            Ok(None) => {
                self.queue.push_back(Step::Done(Box::new(Err(Error::Stream(
                    opencode_sse::Error::EndOfStream,
                )))));
            }
            Ok(Some(Err(e))) => {
                if e.is_fatal() {
                    self.queue
                        .push_back(Step::Done(Box::new(Err(Error::Stream(e)))));
                }
            }
            Ok(Some(Ok(StreamItem::Reconnected { attempt, downtime }))) => {
                self.queue
                    .push_back(Step::Progress(Progress::Reconnected { attempt, downtime }));
                self.check_idle().await;
            }
            Ok(Some(Ok(StreamItem::Event(event)))) => {
                if event.session_id() == Some(self.session_id()) {
                    self.on_event(event).await;
                }
            }
            Ok(Some(Ok(_))) => {}
        }
    }

    /// Events may have been missed: ask the server whether the turn is over. Idle alone is
    /// not enough (the session is idle for a moment before the turn starts): the last
    /// message must be a finished assistant message. A session that stays idle with no
    /// answer for several checks ends the run instead of hanging.
    async fn check_idle(&mut self) {
        match self.config.session.is_busy().await {
            Ok(true) => self.idle_checks = 0,
            Ok(false) => match self.config.session.messages().await {
                Ok(list) => {
                    let answered = list.last().is_some_and(|m| match &m.info {
                        types::Message::Assistant(a) => {
                            a.time.completed.is_some() || a.error.is_some()
                        }
                        _ => false,
                    });
                    self.idle_checks += 1;
                    if answered || self.idle_checks >= IDLE_CHECKS_WITHOUT_ANSWER {
                        self.phase = Phase::Finishing;
                    }
                }
                Err(e) => self.queue.push_back(Step::Done(Box::new(Err(e)))),
            },
            Err(e) => self.queue.push_back(Step::Done(Box::new(Err(e)))),
        }
    }

    async fn on_event(&mut self, event: Event) {
        match event {
            Event::MessagePartDelta(d) => {
                let p = d.properties;
                let progress = match self.part_kinds.get(&p.part_id).copied() {
                    Some("reasoning") => Progress::ReasoningDelta {
                        message_id: p.message_id,
                        part_id: p.part_id,
                        delta: p.delta,
                    },
                    _ if !self.assistant_ids.contains(&p.message_id) => return,
                    _ => Progress::TextDelta {
                        message_id: p.message_id,
                        part_id: p.part_id,
                        delta: p.delta,
                    },
                };
                self.queue.push_back(Step::Progress(progress));
            }
            Event::MessagePartUpdated(u) => {
                let part = u.properties.part;
                if let Some(id) = part.id() {
                    self.part_kinds.insert(id.to_owned(), kind_name(&part));
                }
                let progress = match part {
                    Part::Tool(t) => Progress::Tool(t),
                    Part::StepStart(s) => Progress::StepStart(s),
                    Part::StepFinish(s) => Progress::StepFinish(s),
                    _ => return,
                };
                self.queue.push_back(Step::Progress(progress));
            }
            Event::MessageUpdated(m) => {
                if let types::Message::Assistant(a) = m.properties.info {
                    if !self.assistant_ids.contains(&a.id) {
                        self.assistant_ids.push(a.id.clone());
                    }
                    if let Some(err) = a.error {
                        self.error = serde_json::to_value(err).ok();
                    }
                }
            }
            Event::SessionStatus(s) => {
                if let types::SessionStatus::Retry(r) = s.properties.status {
                    self.queue.push_back(Step::Progress(Progress::Retry {
                        attempt: r.attempt,
                        message: r.message,
                        next: r.next,
                    }));
                }
            }
            Event::SessionError(e) => {
                if let Some(err) = e.properties.error {
                    self.error = serde_json::to_value(err).ok();
                }
            }
            Event::PermissionAsked(p) => {
                let request = PermissionRequest::new(self.client.clone(), p.properties);
                if let Some(reply) = self
                    .config
                    .permission_policy
                    .as_ref()
                    .and_then(|f| f(request.request()))
                {
                    if let Err(e) = request.reply(reply).await {
                        self.queue.push_back(Step::Done(Box::new(Err(e))));
                        return;
                    }
                }
                self.queue
                    .push_back(Step::Progress(Progress::Permission(request)));
            }
            Event::QuestionAsked(q) => {
                let request = QuestionRequest::new(self.client.clone(), q.properties);
                self.queue
                    .push_back(Step::Progress(Progress::Question(request)));
            }
            Event::SessionIdle(_) => self.phase = Phase::Finishing,
            _ => {}
        }
    }

    /// Reads the turn's last assistant message from REST: complete even when events were
    /// missed.
    async fn finish(&mut self) -> Result<PromptOutput, Error> {
        let messages = self.config.session.messages().await?;
        let last = messages.into_iter().rev().find_map(|m| match m.info {
            types::Message::Assistant(info) => Some(PromptOutput {
                info,
                parts: m.parts,
            }),
            _ => None,
        });
        let error = last
            .as_ref()
            .and_then(|o| o.info.error.as_ref())
            .and_then(|e| serde_json::to_value(e).ok())
            .or_else(|| self.error.clone());
        match (last, error) {
            (output, Some(error)) => Err(Error::Turn(Box::new(TurnError::new(error, output)))),
            (Some(output), None) => Ok(output),
            (None, None) => Err(Error::Turn(Box::new(TurnError::new(
                serde_json::json!({"name": "NoAnswer", "data": {"message": "the session went idle without an assistant message"}}),
                None,
            )))),
        }
    }
}

fn kind_name(part: &Part) -> &'static str {
    match part {
        Part::Text(_) => "text",
        Part::Reasoning(_) => "reasoning",
        Part::Tool(_) => "tool",
        _ => "other",
    }
}
