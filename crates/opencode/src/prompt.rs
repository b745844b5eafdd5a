//! `session.prompt(..)`: a [`PromptBuilder`] to configure, then a running turn ([`PromptRun`])
//! that streams its [`Progress`] and resolves to the whole turn ([`TurnOutput`]).
//!
//! The run subscribes to the session's events through the client's shared event
//! connection **before** it sends the prompt, waits (bounded) until that connection is
//! open, picks the user message id itself, and decides that the turn is over from the
//! server's record only: see [`crate::turn`] and `docs/turns.md`.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use opencode_sse::{StreamItem, Subscription};
use opencode_transport::rt::Instant;
use opencode_types as types;
use types::Event;

use crate::interact::{PendingPermission, PendingQuestion, Reply};
use crate::output::OutputPrompt;
use crate::session::SessionHandle;
use crate::turn::{Tracker, TurnOutput, Verdict};
use crate::{Client, Error};

/// How long a prompt waits for the event connection to open before it fails (unless the
/// client's [`Timeouts::total`](crate::Timeouts) says otherwise). The prompt is not sent
/// in that case.
pub const STREAM_OPEN_BOUND: Duration = Duration::from_secs(30);

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
    /// A tool asks for permission; answer with [`PendingPermission::reply`] (unless a
    /// policy already did).
    Permission(PendingPermission),
    /// The model asks questions; answer with [`PendingQuestion::answer`].
    Question(PendingQuestion),
    /// The model provider failed and the server will retry.
    Retry {
        /// Attempt number.
        attempt: i64,
        /// Why.
        message: String,
        /// When the next attempt starts (epoch milliseconds).
        next: i64,
    },
    /// The event connection is down; the next attempt starts after `delay`. The turn goes
    /// on (its result is read from the server's record), but progress published meanwhile
    /// is not seen.
    Reconnecting {
        /// Failed attempts since the connection was lost (0 when it was just lost).
        attempt: u32,
        /// Why.
        error: opencode_sse::Error,
        /// Time until the next attempt.
        delay: Duration,
    },
    /// The event stream was lost and is open again; the result is read from REST, so
    /// nothing of it is lost, but progress published meanwhile was not seen.
    Reconnected {
        /// Attempts it took.
        attempt: u32,
        /// How long the stream was down.
        downtime: Duration,
    },
    /// This run read events too slowly and `missed` of them were dropped for it; the
    /// result is still read from REST.
    Lagged {
        /// How many.
        missed: u64,
    },
    /// An event that may concern this session could not be decoded (or was too large):
    /// the error carries the raw frame ([`opencode_sse::Error::raw_frame`]). A permission
    /// or question request among them has to be answered by its id through
    /// [`Client::api`].
    Undecodable(opencode_sse::Error),
}

/// Answers permission requests automatically: `Some(reply)` answers, `None` leaves the
/// request to whoever reads the stream.
pub type PermissionPolicy = Arc<dyn Fn(&types::PermissionRequest) -> Option<Reply> + Send + Sync>;

/// A prompt being configured: set options, then `.await` it for the whole turn, or call
/// [`stream`](PromptBuilder::stream) to follow its progress.
///
/// ```no_run
/// # async fn run(session: opencode::SessionHandle) -> Result<(), opencode::Error> {
/// use opencode::Reply;
///
/// let answer = session
///     .prompt("Fix the failing test")
///     .agent("build")
///     .on_permission(|_| Some(Reply::Once))
///     .await?;
/// println!("{}", answer.text());
/// # Ok(()) }
/// ```
#[must_use = "nothing is sent until the prompt is awaited or streamed"]
pub struct PromptBuilder {
    session: SessionHandle,
    body: types::SessionPromptBody,
    permission_policy: Option<PermissionPolicy>,
    abort_on_drop: bool,
    stream_open_bound: Option<Duration>,
    timeout: Option<Duration>,
    /// When the timeout ends, if it started before the builder (`client.ask`).
    deadline: Option<opencode_transport::rt::Instant>,
}

impl fmt::Debug for PromptBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PromptBuilder")
            .field("session", &self.session.id())
            .field("body", &self.body)
            .field("permission_policy", &self.permission_policy.is_some())
            .field("abort_on_drop", &self.abort_on_drop)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl PromptBuilder {
    pub(crate) fn new(session: SessionHandle, text: String) -> Self {
        let part = types::SessionPromptBodyPartsItem::Text(types::TextPartInput::new(text));
        PromptBuilder {
            session,
            body: types::SessionPromptBody::new(vec![part]),
            permission_policy: None,
            abort_on_drop: false,
            stream_open_bound: None,
            timeout: None,
            deadline: None,
        }
    }

    /// The model, as provider and model id (`"anthropic"`, `"claude-sonnet-4"`).
    pub fn model(mut self, provider_id: impl Into<String>, model_id: impl Into<String>) -> Self {
        self.body.model = Some(types::SessionPromptBodyModel::new(
            types::SessionPromptBodyModelRequired {
                provider_id: provider_id.into(),
                model_id: model_id.into(),
            },
        ));
        self
    }

    /// The agent (`build`, `plan`, …).
    pub fn agent(mut self, agent: impl Into<String>) -> Self {
        self.body.agent = Some(agent.into());
        self
    }

    /// A system prompt for this turn.
    pub fn system(mut self, system: impl Into<String>) -> Self {
        self.body.system = Some(system.into());
        self
    }

    /// The model variant (for example a reasoning effort).
    pub fn variant(mut self, variant: impl Into<String>) -> Self {
        self.body.variant = Some(variant.into());
        self
    }

    /// Attaches a file by URL (`file:///abs/path`) with its MIME type.
    pub fn file(mut self, mime: impl Into<String>, url: impl Into<String>) -> Self {
        let part = types::FilePartInput::new(types::FilePartInputRequired {
            mime: mime.into(),
            url: url.into(),
        });
        self.body
            .parts
            .push(types::SessionPromptBodyPartsItem::File(part));
        self
    }

    /// Any other part (agent or subtask parts, or a file part with a source).
    pub fn part(mut self, part: types::SessionPromptBodyPartsItem) -> Self {
        self.body.parts.push(part);
        self
    }

    /// Answers permission requests with `policy` as they arrive (they still appear in the
    /// stream).
    pub fn on_permission(
        mut self,
        policy: impl Fn(&types::PermissionRequest) -> Option<Reply> + Send + Sync + 'static,
    ) -> Self {
        self.permission_policy = Some(Arc::new(policy));
        self
    }

    /// Aborts the turn on the server when the run (or the future) is dropped after the
    /// prompt was sent and before the turn ended. Needs a Tokio runtime at drop time.
    /// Default: off (dropping only stops following the turn).
    pub fn abort_on_drop(mut self, yes: bool) -> Self {
        self.abort_on_drop = yes;
        self
    }

    /// How long to wait for the event connection to open before failing without sending
    /// the prompt. Default: the client's total timeout, else [`STREAM_OPEN_BOUND`].
    pub fn stream_open_bound(mut self, bound: Duration) -> Self {
        self.stream_open_bound = Some(bound);
        self
    }

    /// The answer's format as the server takes it (`text`, or `json_schema` with a schema
    /// and a retry count). [`output`](Self::output) derives it from a Rust type.
    pub fn format(mut self, format: types::OutputFormat) -> Self {
        self.body.format = Some(format);
        self
    }

    /// Asks for the answer as a `T`: the server is given `T`'s JSON schema (derived with
    /// `schemars`) and makes the model answer through it; `.await` gives the decoded `T`.
    /// A model that does not produce the value fails with the server's
    /// `StructuredOutputError` ([`Error::structured_output_error`]); a value that does not
    /// fit `T` fails with [`Error::Output`] (the raw JSON and the path). Set other options
    /// first: this is the last step.
    ///
    /// ```no_run
    /// # async fn run(session: opencode::SessionHandle) -> Result<(), opencode::Error> {
    /// #[derive(serde::Deserialize, schemars::JsonSchema)]
    /// struct Verdict {
    ///     approve: bool,
    ///     reasons: Vec<String>,
    /// }
    ///
    /// let verdict: Verdict = session
    ///     .prompt("Review the last commit")
    ///     .output::<Verdict>()
    ///     .await?;
    /// println!("approve: {}", verdict.approve);
    /// # Ok(()) }
    /// ```
    pub fn output<T>(self) -> OutputPrompt<T>
    where
        T: serde::de::DeserializeOwned + schemars::JsonSchema + Send + 'static,
    {
        OutputPrompt::new(self)
    }

    /// An overall bound for the turn, from sending to its end. When it passes, the turn is
    /// aborted on the server and `.await` fails with [`Error::TurnTimeout`]. Applies to
    /// `.await` / [`send`](Self::send); a [`stream`](Self::stream) is bounded by its
    /// reader. Default: none (a turn may run as long as the model works).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self.deadline = None;
        self
    }

    /// A timeout of `after` that started earlier and ends `at`.
    pub(crate) fn deadline(mut self, after: Duration, at: opencode_transport::rt::Instant) -> Self {
        self.timeout = Some(after);
        self.deadline = Some(at);
        self
    }

    /// Starts following the turn: a [`Stream`] of [`Progress`]. Nothing is sent until it is
    /// first polled.
    pub fn stream(self) -> PromptRun {
        let abort = self.abort_on_drop.then(|| self.session.clone());
        let session = self.session.clone();
        PromptRun {
            inner: Some(drive(session.clone(), Start::Send(Box::new(self))).boxed()),
            outcome: None,
            abort_on_drop: abort,
            session,
            user_message_id: None,
        }
    }

    /// Sends the prompt and waits for the whole turn (the same as `.await`).
    pub async fn send(mut self) -> Result<TurnOutput, Error> {
        let Some(after) = self.timeout else {
            return self.stream().finish().await;
        };
        // Dropping the run at the deadline aborts the turn if it was sent.
        self.abort_on_drop = true;
        let session_id = self.session.id().to_owned();
        let at = self
            .deadline
            .unwrap_or_else(|| opencode_transport::rt::Instant::now() + after);
        match opencode_transport::rt::timeout_at(at, self.stream().finish()).await {
            Ok(result) => result,
            Err(_) => Err(Error::TurnTimeout {
                after,
                session_id: Some(session_id),
            }),
        }
    }
}

impl IntoFuture for PromptBuilder {
    type Output = Result<TurnOutput, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

#[allow(clippy::large_enum_variant)] // Progress is moved straight out to the caller.
enum Step {
    /// The prompt is about to be sent with this user message id.
    Sending(String),
    Progress(Progress),
    Done(Box<Result<TurnOutput, Error>>),
}

/// A running turn: a [`Stream`] of [`Progress`] that ends when the turn is over, and
/// [`finish`](PromptRun::finish) for its result.
///
/// ```no_run
/// # async fn run(session: opencode::SessionHandle) -> Result<(), opencode::Error> {
/// use futures_util::StreamExt;
/// use opencode::{Progress, Reply};
///
/// let mut run = session.prompt("Fix the failing test").stream();
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
/// println!("\n{} tokens out", answer.tokens().output);
/// # Ok(()) }
/// ```
///
/// Items that are `Err` end the run (the turn may still go on on the server); the stream
/// ends after the last item and [`finish`](PromptRun::finish) then returns the result.
#[must_use = "nothing is sent until the run is polled"]
pub struct PromptRun {
    inner: Option<BoxStream<'static, Step>>,
    outcome: Option<Result<TurnOutput, Error>>,
    abort_on_drop: Option<SessionHandle>,
    session: SessionHandle,
    user_message_id: Option<String>,
}

impl fmt::Debug for PromptRun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PromptRun")
            .field("session", &self.session.id())
            .field("user_message_id", &self.user_message_id)
            .field("finished", &self.outcome.is_some())
            .finish()
    }
}

impl PromptRun {
    /// Follows the turn that `user_message_id` started (already sent).
    pub(crate) fn attach(session: SessionHandle, user_message_id: String) -> Self {
        PromptRun {
            inner: Some(drive(session.clone(), Start::Attach(user_message_id.clone())).boxed()),
            outcome: None,
            abort_on_drop: None,
            user_message_id: Some(user_message_id),
            session,
        }
    }

    /// The session.
    pub fn session(&self) -> &SessionHandle {
        &self.session
    }

    /// The id of the turn's user message, once it has been chosen (at the first poll).
    pub fn user_message_id(&self) -> Option<&str> {
        self.user_message_id.as_deref()
    }

    /// Drives the run to its end and returns the whole turn. An LLM failure or an abort is
    /// [`Error::Turn`], carrying what the turn produced until then.
    pub async fn finish(mut self) -> Result<TurnOutput, Error> {
        while let Some(item) = self.next().await {
            if let Err(e) = item {
                self.abort_on_drop = None;
                return Err(e);
            }
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
        loop {
            let Some(inner) = this.inner.as_mut() else {
                return Poll::Ready(None);
            };
            match inner.poll_next_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Step::Sending(id))) => this.user_message_id = Some(id),
                Poll::Ready(Some(Step::Progress(p))) => return Poll::Ready(Some(Ok(p))),
                Poll::Ready(Some(Step::Done(result))) => {
                    this.abort_on_drop = None;
                    this.inner = None;
                    // A failure before the turn could be followed is the stream's error;
                    // a turn's own failure is the result.
                    return match *result {
                        Err(e) if !matches!(e, Error::Turn(_)) => Poll::Ready(Some(Err(e))),
                        other => {
                            this.outcome = Some(other);
                            Poll::Ready(None)
                        }
                    };
                }
                Poll::Ready(None) => {
                    this.inner = None;
                    return Poll::Ready(None);
                }
            }
        }
    }
}

impl Drop for PromptRun {
    fn drop(&mut self) {
        if let (Some(session), Some(_)) = (self.abort_on_drop.take(), &self.user_message_id) {
            opencode_transport::rt::try_spawn(async move {
                let _ = session.abort().await;
            });
        }
    }
}

enum Start {
    Send(Box<PromptBuilder>),
    Attach(String),
}

enum Phase {
    Init(Start),
    Connecting {
        start: Start,
        deadline: Instant,
        waited_from: Instant,
        last_error: Option<opencode_sse::Error>,
    },
    Running,
    Done,
}

/// The one loop behind every wait for a turn: subscribe, wait for the connection, send
/// (or attach), then feed events to the [`Tracker`] and read the record when it says so.
struct Driver {
    session: SessionHandle,
    client: Option<Client>,
    phase: Phase,
    events: Option<Subscription<Event>>,
    tracker: Option<Tracker>,
    queue: std::collections::VecDeque<Step>,
    bound: Option<Duration>,
}

fn drive(session: SessionHandle, start: Start) -> impl Stream<Item = Step> + Send {
    let bound = match &start {
        Start::Send(p) => p.stream_open_bound,
        Start::Attach(_) => None,
    };
    let driver = Driver {
        session,
        client: None,
        phase: Phase::Init(start),
        events: None,
        tracker: None,
        queue: Default::default(),
        bound,
    };
    futures_util::stream::unfold(driver, |mut d| async move {
        let step = d.next_step().await?;
        if matches!(step, Step::Done(_)) {
            d.phase = Phase::Done;
            d.events = None;
        }
        Some((step, d))
    })
}

impl Driver {
    fn done(&mut self, result: Result<TurnOutput, Error>) -> Option<Step> {
        self.phase = Phase::Done;
        Some(Step::Done(Box::new(result)))
    }

    async fn next_step(&mut self) -> Option<Step> {
        loop {
            if let Some(step) = self.queue.pop_front() {
                return Some(step);
            }
            match std::mem::replace(&mut self.phase, Phase::Done) {
                Phase::Done => return None,
                Phase::Init(start) => {
                    let client = match self.session.scoped_client().await {
                        Ok(c) => c,
                        Err(e) => return self.done(Err(e)),
                    };
                    self.events = Some(client.event_router().subscribe(self.session.id()));
                    let bound = self
                        .bound
                        .or(client.transport().config().timeouts().total)
                        .unwrap_or(STREAM_OPEN_BOUND);
                    self.client = Some(client);
                    let now = Instant::now();
                    self.phase = Phase::Connecting {
                        start,
                        deadline: now + bound,
                        waited_from: now,
                        last_error: None,
                    };
                }
                Phase::Connecting {
                    start,
                    deadline,
                    waited_from,
                    mut last_error,
                } => {
                    let events = self.events.as_mut().expect("subscribed");
                    match opencode_transport::rt::timeout_at(deadline, events.next()).await {
                        Err(_) => {
                            return self.done(Err(Error::EventsUnavailable {
                                waited: waited_from.elapsed(),
                                last_error,
                            }));
                        }
                        Ok(None) => {
                            return self.done(Err(Error::Stream(
                                last_error.unwrap_or(opencode_sse::Error::EndOfStream),
                            )));
                        }
                        Ok(Some(Err(e))) if e.is_fatal() => {
                            return self.done(Err(Error::Stream(e)));
                        }
                        Ok(Some(Ok(StreamItem::Connected | StreamItem::Reconnected { .. }))) => {
                            if let Err(e) = self.open(start).await {
                                return self.done(Err(e));
                            }
                            self.phase = Phase::Running;
                        }
                        Ok(Some(Ok(StreamItem::Retrying {
                            error,
                            attempt,
                            delay,
                        }))) => {
                            last_error = Some(error.clone());
                            self.queue.push_back(Step::Progress(Progress::Reconnecting {
                                attempt,
                                error,
                                delay,
                            }));
                            self.phase = Phase::Connecting {
                                start,
                                deadline,
                                waited_from,
                                last_error,
                            };
                        }
                        // Nothing of this turn can have happened yet.
                        Ok(Some(_)) => {
                            self.phase = Phase::Connecting {
                                start,
                                deadline,
                                waited_from,
                                last_error,
                            };
                        }
                    }
                }
                Phase::Running => {
                    self.phase = Phase::Running;
                    if let Some(step) = self.run_once().await {
                        return Some(step);
                    }
                }
            }
        }
    }

    /// The connection is open: send the prompt (or attach) and start tracking.
    async fn open(&mut self, start: Start) -> Result<(), Error> {
        let client = self.client.clone().expect("set in Init");
        match start {
            Start::Attach(user_id) => {
                self.tracker = Some(Tracker::new(
                    self.session.clone(),
                    client,
                    user_id,
                    true,
                    None,
                ));
            }
            Start::Send(prompt) => {
                let user_id = crate::turn::new_user_message_id(&self.session).await?;
                self.queue.push_back(Step::Sending(user_id.clone()));
                let tracker = Tracker::new(
                    self.session.clone(),
                    client.clone(),
                    user_id.clone(),
                    false,
                    prompt.permission_policy.clone(),
                );
                let mut body = prompt.body.clone();
                body.message_id = Some(user_id);
                let sent = client
                    .api()
                    .session()
                    .prompt_async(self.session.id())
                    .body(body)
                    .send()
                    .await;
                if let Err(e) = sent {
                    // An answer that never came does not say whether the server took the
                    // prompt: the record does, since the message id is known.
                    if e.status().is_some() || !taken(&tracker).await {
                        return Err(e.into());
                    }
                }
                self.tracker = Some(tracker);
            }
        }
        Ok(())
    }

    /// One event or one look at the record.
    async fn run_once(&mut self) -> Option<Step> {
        let tracker = self.tracker.as_mut().expect("set when running");
        let due = tracker.next_check();
        if due <= Instant::now() {
            return match tracker.check().await {
                Ok(Verdict::Pending) => None,
                Ok(Verdict::Done(result)) => self.done(*result),
                Err(e) => self.done(Err(e)),
            };
        }
        let Some(events) = self.events.as_mut() else {
            opencode_transport::rt::sleep_until(due).await;
            return None;
        };
        let item = match opencode_transport::rt::timeout_at(due, events.next()).await {
            Err(_) => return None,
            Ok(item) => item,
        };
        match item {
            None => {
                // The shared stream ended for good: follow the record alone.
                self.events = None;
                tracker.blind();
                None
            }
            Some(Ok(StreamItem::Event(event))) => match tracker.on_event(event).await {
                Ok(progress) => progress.map(Step::Progress),
                Err(e) => self.done(Err(e)),
            },
            Some(Ok(StreamItem::Retrying {
                error,
                attempt,
                delay,
            })) => {
                tracker.gap();
                Some(Step::Progress(Progress::Reconnecting {
                    attempt,
                    error,
                    delay,
                }))
            }
            Some(Ok(StreamItem::Reconnected { attempt, downtime })) => {
                tracker.gap();
                Some(Step::Progress(Progress::Reconnected { attempt, downtime }))
            }
            Some(Ok(StreamItem::Lagged { missed })) => {
                tracker.gap();
                Some(Step::Progress(Progress::Lagged { missed }))
            }
            Some(Ok(_)) => None,
            Some(Err(e)) if e.is_fatal() => {
                self.events = None;
                tracker.blind();
                None
            }
            Some(Err(e)) => {
                tracker.gap();
                Some(Step::Progress(Progress::Undecodable(e)))
            }
        }
    }
}

/// After a prompt whose answer never came (the connection failed after sending): whether
/// the server took it. The record says so once the user message is stored, which can lag
/// the request, so it is looked at up to six times over about 3 s; a look that fails
/// counts as "not yet". `false` means the prompt's error is returned, as the server
/// shows no sign of it.
async fn taken(tracker: &Tracker) -> bool {
    let mut delay = Duration::from_millis(100);
    for attempt in 0..6 {
        if attempt > 0 {
            opencode_transport::rt::sleep(delay).await;
            delay *= 2;
        }
        if let Ok(true) = tracker.is_stored().await {
            return true;
        }
    }
    false
}
