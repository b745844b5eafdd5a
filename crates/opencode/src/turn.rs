//! One turn of a session and the one procedure that decides when it is over.
//!
//! A turn is the user message that starts it and every assistant message whose `parentID`
//! is that message. The SDK picks the user message id before it sends the prompt, in the
//! server's own ascending format, so it knows exactly which assistant messages are the
//! turn's; nothing from an earlier turn can be mistaken for it.
//!
//! Events only say *when to look*; what the turn produced is always read from the
//! server's record over REST, and the record decides when the turn is over:
//!
//! - the session is idle, and the turn had started before that status was read (one of
//!   its assistant messages existed, or the session was seen busy, or `session.error` was
//!   published, after the user message was stored). The session stays busy from the start
//!   of the server's loop to its end, so the record read after that is final;
//! - then: an assistant message of the turn carries an error → [`TurnFailure::Server`]
//!   (once that message is completed: an abort is final only after its last update);
//!   the last assistant message is completed → `Ok`; otherwise the turn ended without an
//!   answer → the `session.error` the server published, or [`TurnFailure::NoAnswer`].
//!
//! A session that is idle with the prompt stored and nothing started is ambiguous for a
//! moment (the server stores the message, then starts its loop); it becomes
//! [`TurnFailure::NoAnswer`] only after [`NO_ANSWER_AFTER`]. Nothing in here can turn a
//! timer into `Ok`.

use std::collections::HashSet;
use std::time::Duration;

use opencode_transport::rt::Instant;
use opencode_types as types;
use types::{Event, Message, Part};

use crate::interact::{PendingPermission, PendingQuestion};
use crate::prompt::{PermissionPolicy, Progress};
use crate::session::SessionHandle;
use crate::{Client, Error};

/// How long a session may stay idle with the prompt stored (or not yet stored) and no
/// sign of an answer before the turn is reported as [`TurnFailure::NoAnswer`].
pub const NO_ANSWER_AFTER: Duration = Duration::from_secs(15);

/// How long a failed or cut-off assistant message may take to receive its final update
/// after the session went idle.
const SETTLE_AFTER: Duration = Duration::from_secs(10);

/// How long an unfinished assistant message without any error is given to finish after the
/// session went idle.
const INCOMPLETE_AFTER: Duration = Duration::from_secs(2);

/// Between REST checks while something is unsure (a gap in the events, the stream down,
/// an ambiguous or settling record).
const UNSURE_CHECK: Duration = Duration::from_millis(500);

/// Between REST checks while events flow in order (a safety net only).
const SAFETY_CHECK: Duration = Duration::from_secs(30);

/// Messages fetched first when reading the turn's record (doubled until the turn's user
/// message is in the window).
const FIRST_WINDOW: i64 = 16;

// ------------------------------------------------------------------------------------
// Message ids

/// The 48-bit time-and-counter value at the start of a server message id
/// (`msg_` + 12 hex digits + 14 random base-62 characters).
fn id_value(id: &str) -> Option<u64> {
    let hex = id.strip_prefix("msg_")?.get(..12)?;
    u64::from_str_radix(hex, 16).ok()
}

const ID_MASK: u64 = (1 << 48) - 1;

/// A message id in the server's ascending format for a message created at `now_ms`
/// (epoch milliseconds), never later than `server_now_ms` when that is known (a client
/// clock ahead of the server's would make the server's own later ids sort before it), and
/// always after `after` (the session's latest message), so the server's loop sees it as
/// the newest user message and every assistant message it creates next sorts after it.
pub(crate) fn ascending_message_id(
    now_ms: u64,
    server_now_ms: Option<u64>,
    after: Option<&str>,
) -> String {
    let ms = server_now_ms.map_or(now_ms, |s| now_ms.min(s));
    let mut value = ms.wrapping_mul(0x1000).wrapping_add(1) & ID_MASK;
    if let Some(last) = after.and_then(id_value)
        && value <= last
    {
        value = (last + 1) & ID_MASK;
    }
    const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut id = format!("msg_{value:012x}");
    for _ in 0..14 {
        id.push(char::from(BASE62[fastrand::usize(..BASE62.len())]));
    }
    id
}

// ------------------------------------------------------------------------------------
// The result

/// One assistant message of a turn (a model step) and its parts.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TurnMessage {
    /// The message: tokens, cost, finish reason, error, structured output.
    pub info: types::AssistantMessage,
    /// Its parts (text, reasoning, tools, steps, patches).
    pub parts: Vec<Part>,
}

impl TurnMessage {
    /// The message's text parts joined.
    pub fn text(&self) -> String {
        self.parts
            .iter()
            .filter_map(|p| match p {
                Part::Text(t) => Some(t.text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Token counts of a turn, summed over its assistant messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TurnTokens {
    /// Input tokens.
    pub input: u64,
    /// Output tokens.
    pub output: u64,
    /// Reasoning tokens.
    pub reasoning: u64,
    /// Tokens read from the provider's cache.
    pub cache_read: u64,
    /// Tokens written to the provider's cache.
    pub cache_write: u64,
}

/// A whole turn as the server stored it: the user message that started it and every
/// assistant message (model step) that answered it, in order.
///
/// A successful turn has at least one assistant message; the partial turn of a
/// [`TurnError`] may have none.
#[derive(Debug, Clone)]
pub struct TurnOutput {
    user_message_id: String,
    messages: Vec<TurnMessage>,
}

impl TurnOutput {
    pub(crate) fn new(user_message_id: String, messages: Vec<TurnMessage>) -> Self {
        TurnOutput {
            user_message_id,
            messages,
        }
    }

    /// The id of the user message that started the turn.
    pub fn user_message_id(&self) -> &str {
        &self.user_message_id
    }

    /// Every assistant message of the turn, in order (one per model step: a turn with tool
    /// calls has several).
    pub fn messages(&self) -> &[TurnMessage] {
        &self.messages
    }

    /// The last assistant message (the final step).
    pub fn last(&self) -> Option<&TurnMessage> {
        self.messages.last()
    }

    /// The answer as the user reads it: the text of every step, in order, with a blank line
    /// between steps that have text.
    pub fn text(&self) -> String {
        let texts: Vec<String> = self
            .messages
            .iter()
            .map(TurnMessage::text)
            .filter(|t| !t.is_empty())
            .collect();
        texts.join("\n\n")
    }

    /// The text of the final step alone.
    pub fn final_text(&self) -> String {
        self.last().map(TurnMessage::text).unwrap_or_default()
    }

    /// Every tool call of the turn, in order.
    pub fn tools(&self) -> impl Iterator<Item = &types::ToolPart> {
        self.messages.iter().flat_map(|m| {
            m.parts.iter().filter_map(|p| match p {
                Part::Tool(t) => Some(t),
                _ => None,
            })
        })
    }

    /// The final step's finish reason (`stop`, `length`, `tool-calls`, …).
    pub fn finish(&self) -> Option<&str> {
        self.last().and_then(|m| m.info.finish.as_deref())
    }

    /// The final step's structured output (the answer to a `json_schema` format).
    pub fn structured(&self) -> Option<&serde_json::Value> {
        self.last().and_then(|m| m.info.structured.as_ref())
    }

    /// The final step's structured output decoded as `T` (the answer to
    /// [`PromptBuilder::output`](crate::PromptBuilder::output)): a missing value or one that
    /// does not fit `T` is an [`OutputError`](crate::OutputError) with the raw JSON and the
    /// path.
    pub fn output<T>(&self) -> Result<T, crate::OutputError>
    where
        T: serde::de::DeserializeOwned + schemars::JsonSchema,
    {
        crate::output::decode(self)
    }

    /// Tokens of all steps together.
    pub fn tokens(&self) -> TurnTokens {
        fn n(x: f64) -> u64 {
            // Token counts are whole non-negative numbers; anything else counts as 0.
            if x.is_finite() && x > 0.0 {
                x as u64
            } else {
                0
            }
        }
        let mut t = TurnTokens::default();
        for m in &self.messages {
            let k = &m.info.tokens;
            t.input += n(k.input);
            t.output += n(k.output);
            t.reasoning += n(k.reasoning);
            t.cache_read += n(k.cache.read);
            t.cache_write += n(k.cache.write);
        }
        t
    }

    /// The cost of all steps together, in the provider's currency (USD for most).
    pub fn cost(&self) -> f64 {
        self.messages.iter().map(|m| m.info.cost).sum()
    }
}

/// Why a turn failed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TurnFailure {
    /// The server recorded this error for the turn, on an assistant message or as
    /// `session.error` (an LLM failure, an abort, an unknown model, …).
    Server(types::AssistantMessageError),
    /// The turn ended without a finished answer and without an error from the server.
    NoAnswer {
        /// What the SDK saw.
        reason: String,
    },
}

/// A turn that ended in an error, with what it produced until then.
#[derive(Debug, Clone)]
pub struct TurnError {
    failure: TurnFailure,
    partial: TurnOutput,
}

impl TurnError {
    pub(crate) fn new(failure: TurnFailure, partial: TurnOutput) -> Self {
        TurnError { failure, partial }
    }

    /// Why the turn failed.
    pub fn failure(&self) -> &TurnFailure {
        &self.failure
    }

    /// The server's error, when it recorded one.
    pub fn server_error(&self) -> Option<&types::AssistantMessageError> {
        match &self.failure {
            TurnFailure::Server(e) => Some(e),
            TurnFailure::NoAnswer { .. } => None,
        }
    }

    /// The error name: `APIError`, `MessageAbortedError`, `ProviderAuthError`, …, or
    /// `NoAnswer`.
    pub fn name(&self) -> &str {
        match &self.failure {
            TurnFailure::Server(e) => e.kind(),
            TurnFailure::NoAnswer { .. } => "NoAnswer",
        }
    }

    /// The server's message (or the SDK's reason for [`TurnFailure::NoAnswer`]).
    pub fn message(&self) -> Option<String> {
        match &self.failure {
            TurnFailure::Server(e) => serde_json::to_value(e)
                .ok()
                .and_then(|v| v["data"]["message"].as_str().map(str::to_owned)),
            TurnFailure::NoAnswer { reason } => Some(reason.clone()),
        }
    }

    /// The server's `StructuredOutputError` (the model did not produce the structured
    /// answer; `data.retries` says how often the server asked again).
    pub fn structured_output_error(&self) -> Option<&types::StructuredOutputError> {
        match &self.failure {
            TurnFailure::Server(types::AssistantMessageError::StructuredOutputError(e)) => Some(e),
            _ => None,
        }
    }

    /// Whether the turn was aborted (`MessageAbortedError`).
    pub fn is_aborted(&self) -> bool {
        matches!(
            &self.failure,
            TurnFailure::Server(types::AssistantMessageError::MessageAbortedError(_))
        )
    }

    /// What the turn produced until it failed, as the server stored it.
    pub fn partial(&self) -> &TurnOutput {
        &self.partial
    }

    /// The partial answer's text.
    pub fn partial_text(&self) -> String {
        self.partial.text()
    }
}

impl std::fmt::Display for TurnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.message() {
            Some(m) => write!(f, "the turn failed: {}: {m}", self.name()),
            None => write!(f, "the turn failed: {}", self.name()),
        }
    }
}

// ------------------------------------------------------------------------------------
// The decision procedure

/// What a look at the server's record concluded.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Not over (or not sure yet): look again later.
    Pending,
    /// Over.
    Done(Box<Result<TurnOutput, Error>>),
}

/// The turn's state as seen so far: fed with events (which only say when to look) and
/// with REST reads (which decide).
pub(crate) struct Tracker {
    session: SessionHandle,
    user_id: String,
    /// The user message is stored (an event or the record showed it).
    seen_user: bool,
    /// The server's loop for this turn has started (see the module docs).
    started: bool,
    /// An idle arrived in order on the event stream after `started` (no gap since).
    ended: bool,
    /// `session.error` published for the session after the prompt was sent.
    session_error: Option<types::AssistantMessageError>,
    /// The turn's assistant messages seen so far.
    assistants: HashSet<String>,
    /// Part id -> whether it is reasoning.
    reasoning_parts: HashSet<String>,
    /// Events may have been missed since the last REST read.
    gap: bool,
    /// No event stream any more: the record alone decides.
    blind: bool,
    /// When the record first looked ambiguous or unsettled (for the bounds).
    unsure_since: Option<Instant>,
    /// The next REST read is due at once.
    check_now: bool,
    /// The last REST read.
    last_check: Instant,
    policy: Option<PermissionPolicy>,
    client: Client,
}

impl Tracker {
    /// A tracker for the turn started by `user_id`, which the caller is about to send
    /// (`sent == false`) or which is already stored (`sent == true`, attaching).
    pub(crate) fn new(
        session: SessionHandle,
        client: Client,
        user_id: String,
        attach: bool,
        policy: Option<PermissionPolicy>,
    ) -> Self {
        Tracker {
            session,
            user_id,
            seen_user: attach,
            started: false,
            ended: false,
            session_error: None,
            assistants: HashSet::new(),
            reasoning_parts: HashSet::new(),
            gap: attach,
            blind: false,
            unsure_since: None,
            check_now: attach,
            last_check: Instant::now(),
            policy,
            client,
        }
    }

    /// When the next REST read is due.
    pub(crate) fn next_check(&self) -> Instant {
        if self.check_now {
            return self.last_check;
        }
        let unsure = self.gap
            || self.blind
            || self.unsure_since.is_some()
            || (self.seen_user && !self.started);
        self.last_check + if unsure { UNSURE_CHECK } else { SAFETY_CHECK }
    }

    /// Events may have been missed (a reconnect, a lag, an undecodable frame): decide from
    /// the record only until it has been read again.
    pub(crate) fn gap(&mut self) {
        self.gap = true;
        self.ended = false;
        self.check_now = true;
    }

    /// The event stream is gone for good: look at the record regularly.
    pub(crate) fn blind(&mut self) {
        self.blind = true;
        self.gap();
    }

    /// Whether the user message is in the record.
    pub(crate) async fn is_stored(&self) -> Result<bool, Error> {
        Ok(self.read_turn().await?.is_some())
    }

    /// Whether this message id belongs to the turn's answer.
    fn is_ours(&self, message_id: &str) -> bool {
        // Ids ascend: after a gap an assistant message of this turn may be unknown yet, but
        // it sorts after the user message (other sessions' events never reach here).
        self.assistants.contains(message_id)
            || (self.seen_user && message_id > self.user_id.as_str())
    }

    /// Takes in one event of this session; returns what to show the caller.
    pub(crate) async fn on_event(&mut self, event: Event) -> Result<Option<Progress>, Error> {
        Ok(match event {
            Event::MessageUpdated(m) => {
                match m.properties.info {
                    Message::User(u) if u.id == self.user_id => self.seen_user = true,
                    Message::Assistant(a) if a.parent_id == self.user_id => {
                        self.assistants.insert(a.id.clone());
                        self.started = true;
                        if a.error.is_some() || a.time.completed.is_some() {
                            self.check_now = true;
                        }
                    }
                    _ => {}
                }
                None
            }
            Event::MessagePartDelta(d) => {
                let p = d.properties;
                if !self.is_ours(&p.message_id) {
                    return Ok(None);
                }
                Some(if self.reasoning_parts.contains(&p.part_id) {
                    Progress::ReasoningDelta {
                        message_id: p.message_id,
                        part_id: p.part_id,
                        delta: p.delta,
                    }
                } else {
                    Progress::TextDelta {
                        message_id: p.message_id,
                        part_id: p.part_id,
                        delta: p.delta,
                    }
                })
            }
            Event::MessagePartUpdated(u) => {
                let part = u.properties.part;
                if !part.message_id().is_some_and(|id| self.is_ours(id)) {
                    return Ok(None);
                }
                match part {
                    Part::Reasoning(r) => {
                        self.reasoning_parts.insert(r.id);
                        None
                    }
                    Part::Tool(t) => Some(Progress::Tool(t)),
                    Part::StepStart(s) => Some(Progress::StepStart(s)),
                    Part::StepFinish(s) => Some(Progress::StepFinish(s)),
                    _ => None,
                }
            }
            Event::SessionStatus(s) => match s.properties.status {
                types::SessionStatus::Retry(r) => Some(Progress::Retry {
                    attempt: r.attempt,
                    message: r.message,
                    next: r.next,
                }),
                types::SessionStatus::Busy(_) => {
                    if self.seen_user {
                        self.started = true;
                    }
                    None
                }
                types::SessionStatus::Idle(_) => {
                    self.on_idle();
                    None
                }
                _ => None,
            },
            Event::SessionIdle(_) => {
                self.on_idle();
                None
            }
            Event::SessionError(e) => {
                if let Some(err) = e.properties.error {
                    // The same schema twice in the spec: convert through JSON.
                    self.session_error = serde_json::to_value(&err)
                        .ok()
                        .and_then(|v| serde_json::from_value(v).ok());
                }
                if self.seen_user {
                    self.started = true;
                }
                self.check_now = true;
                None
            }
            Event::PermissionAsked(p) => {
                let request = PendingPermission::new(self.client.clone(), p.properties);
                if let Some(reply) = self.policy.as_ref().and_then(|f| f(request.request())) {
                    request.reply(reply).await?;
                }
                Some(Progress::Permission(request))
            }
            Event::QuestionAsked(q) => Some(Progress::Question(PendingQuestion::new(
                self.client.clone(),
                q.properties,
            ))),
            _ => None,
        })
    }

    fn on_idle(&mut self) {
        if self.started && !self.gap {
            self.ended = true;
        }
        if self.seen_user {
            self.check_now = true;
        }
    }

    /// Reads the record and decides.
    pub(crate) async fn check(&mut self) -> Result<Verdict, Error> {
        let started_before = self.started || self.ended;
        let seen_user_before = self.seen_user;
        let busy = self.session.is_busy().await?;
        let record = self.read_turn().await?;
        self.last_check = Instant::now();
        self.check_now = false;
        self.gap = false;
        if busy {
            if seen_user_before {
                self.started = true;
            }
            self.unsure_since = None;
            if let Some(record) = &record {
                self.seen_user = true;
                self.assistants
                    .extend(record.iter().map(|m| m.info.id.clone()));
            }
            return Ok(Verdict::Pending);
        }
        let Some(record) = record else {
            // The user message is not stored (yet).
            return Ok(self.unsure(NO_ANSWER_AFTER, || {
                "the server did not store the prompt".to_owned()
            }));
        };
        self.seen_user = true;
        self.assistants
            .extend(record.iter().map(|m| m.info.id.clone()));
        if !started_before {
            if !record.is_empty() || self.session_error.is_some() {
                // Started, perhaps after the status was read: read again at once.
                self.started = true;
                self.check_now = true;
                return Ok(Verdict::Pending);
            }
            return Ok(self.unsure(NO_ANSWER_AFTER, || {
                "the session is idle and the server never started answering the prompt".to_owned()
            }));
        }
        // The loop had started before the status read found the session idle: it is over
        // and the record is final, except for a message's last update (an abort).
        Ok(self.decide(record))
    }

    fn decide(&mut self, record: Vec<TurnMessage>) -> Verdict {
        let user_id = self.user_id.clone();
        let output = move |record| TurnOutput::new(user_id, record);
        if let Some(failed) = record.iter().find(|m| m.info.error.is_some()) {
            if failed.info.time.completed.is_none() && !self.unsure_passed(SETTLE_AFTER) {
                return Verdict::Pending;
            }
            let error = failed.info.error.clone().expect("checked above");
            let err = TurnError::new(TurnFailure::Server(error), output(record));
            return Verdict::Done(Box::new(Err(Error::Turn(Box::new(err)))));
        }
        let complete = record
            .last()
            .is_some_and(|m| m.info.time.completed.is_some());
        if complete {
            return Verdict::Done(Box::new(Ok(output(record))));
        }
        // Idle with the answer unfinished: an error event may still be followed by the
        // message's final update (an abort); without one, give it a moment.
        let bound = if self.session_error.is_some() {
            SETTLE_AFTER
        } else {
            INCOMPLETE_AFTER
        };
        if !record.is_empty() && !self.unsure_passed(bound) {
            return Verdict::Pending;
        }
        let failure = match self.session_error.clone() {
            Some(e) => TurnFailure::Server(e),
            None if record.is_empty() => TurnFailure::NoAnswer {
                reason: "the turn ended without an assistant message".to_owned(),
            },
            None => TurnFailure::NoAnswer {
                reason: "the session went idle with the answer unfinished and no error".to_owned(),
            },
        };
        let err = TurnError::new(failure, output(record));
        Verdict::Done(Box::new(Err(Error::Turn(Box::new(err)))))
    }

    /// Marks the record unsure; whether `bound` has passed since it first was.
    fn unsure_passed(&mut self, bound: Duration) -> bool {
        let since = *self.unsure_since.get_or_insert_with(Instant::now);
        since.elapsed() >= bound
    }

    fn unsure(&mut self, bound: Duration, reason: impl FnOnce() -> String) -> Verdict {
        if !self.unsure_passed(bound) {
            return Verdict::Pending;
        }
        if let Some(e) = self.session_error.clone() {
            let err = TurnError::new(
                TurnFailure::Server(e),
                TurnOutput::new(self.user_id.clone(), Vec::new()),
            );
            return Verdict::Done(Box::new(Err(Error::Turn(Box::new(err)))));
        }
        let err = TurnError::new(
            TurnFailure::NoAnswer { reason: reason() },
            TurnOutput::new(self.user_id.clone(), Vec::new()),
        );
        Verdict::Done(Box::new(Err(Error::Turn(Box::new(err)))))
    }

    /// The turn's assistant messages from the record, or `None` when the user message is
    /// not stored. Reads the newest messages first and widens the window until the user
    /// message is in it.
    async fn read_turn(&self) -> Result<Option<Vec<TurnMessage>>, Error> {
        let mut limit = FIRST_WINDOW.max(self.assistants.len() as i64 * 2 + 4);
        loop {
            let list =
                crate::record::messages(self.session.client(), self.session.id(), Some(limit))
                    .await?;
            let full = list.len() as i64 >= limit;
            let position = list
                .iter()
                .position(|m| m.info.id() == Some(self.user_id.as_str()));
            match position {
                Some(i) => return Ok(Some(turn_messages(&self.user_id, list, i))),
                None => {
                    let older = list
                        .first()
                        .and_then(|m| m.info.id())
                        .is_some_and(|first| first > self.user_id.as_str());
                    if !(full && older) {
                        return Ok(None);
                    }
                    limit = limit.saturating_mul(4);
                }
            }
        }
    }
}

/// The assistant messages answering `user_id` from a message list where it is at `at`.
fn turn_messages(
    user_id: &str,
    list: Vec<types::SessionMessagesResponseItem>,
    at: usize,
) -> Vec<TurnMessage> {
    list.into_iter()
        .skip(at + 1)
        .filter_map(|m| match m.info {
            Message::Assistant(info) if info.parent_id == user_id => Some(TurnMessage {
                info,
                parts: m.parts,
            }),
            _ => None,
        })
        .collect()
}

/// The id for a new user message of `session`: after its latest message, and not after
/// the server's clock.
pub(crate) async fn new_user_message_id(session: &SessionHandle) -> Result<String, Error> {
    let request = session
        .client()
        .api()
        .session()
        .messages(session.id())
        .limit(1)
        .request()?;
    let response = session.client().transport().send(request).await?;
    let server_now = response
        .headers()
        .get(http::header::DATE)
        .and_then(|v| v.to_str().ok())
        .and_then(http_date_ms);
    let list: Vec<types::SessionMessagesResponseItem> =
        match opencode_transport::decode_json(&response) {
            Err(e) if crate::record::is_stored_format_defect(&e) => {
                crate::record::messages(session.client(), session.id(), Some(1)).await?
            }
            other => other?,
        };
    let last = list.last().and_then(|m| m.info.id().map(str::to_owned));
    use opencode_transport::rt::SystemTime;
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    Ok(ascending_message_id(now, server_now, last.as_deref()))
}

/// An HTTP `Date` header (`Sun, 06 Dec 2026 19:14:05 GMT`) as epoch milliseconds.
fn http_date_ms(value: &str) -> Option<u64> {
    let format = time::format_description::parse(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT",
    )
    .ok()?;
    let t = time::PrimitiveDateTime::parse(value, &format)
        .ok()?
        .assume_utc();
    u64::try_from(t.unix_timestamp()).ok()?.checked_mul(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_server_format_and_ascend() {
        let a = ascending_message_id(1_796_584_425_885, None, None);
        assert_eq!(a.len(), 30);
        assert!(a.starts_with("msg_"));
        assert!(a[4..16].chars().all(|c| c.is_ascii_hexdigit()));
        assert!(a[16..].chars().all(|c| c.is_ascii_alphanumeric()));
        let b = ascending_message_id(1_796_584_425_886, None, None);
        assert!(b > a, "{b} sorts after {a}");
        // The same millisecond as a server id: after it.
        let server = "msg_24cc6bb9d001LO8nZRlViXlMsp";
        let ms = id_value(server).unwrap() >> 12;
        let c = ascending_message_id(ms, None, Some(server));
        assert!(c.as_str() > server, "{c} > {server}");
    }

    #[test]
    fn http_dates_parse() {
        assert_eq!(
            http_date_ms("Sun, 06 Dec 2026 19:14:05 GMT"),
            Some(1_796_584_445_000)
        );
        assert_eq!(http_date_ms("yesterday"), None);
    }

    #[test]
    fn a_clock_behind_still_sorts_after_the_last_message() {
        let last = ascending_message_id(2_000_000, None, None);
        let next = ascending_message_id(1_000_000, None, Some(&last));
        assert!(next > last);
    }

    #[test]
    fn a_clock_ahead_of_the_server_is_held_back() {
        let server_now = 1_000_000;
        let id = ascending_message_id(1_000_000 + 60_000, Some(server_now), None);
        let server_next = ascending_message_id(server_now + 5, None, None);
        assert!(id < server_next, "the server's next id sorts after ours");
    }
}
