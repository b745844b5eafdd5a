//! `client.ask(..)`: a question in a new session, answered in one call.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use opencode_transport::rt::Instant;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::prompt::PromptBuilder;
use crate::session::CreateSession;
use crate::{Client, Error, TurnOutput};

type Configure = Box<dyn FnOnce(PromptBuilder) -> PromptBuilder + Send>;

/// A question for a new session: from [`Client::ask`]. `.await` gives the whole turn
/// ([`TurnOutput::text`] is the answer); [`output`](Self::output) asks for a typed answer.
///
/// ```no_run
/// # async fn run(client: opencode::Client) -> Result<(), opencode::Error> {
/// use std::time::Duration;
///
/// let answer = client
///     .ask("What does this project do?")
///     .title("onboarding")
///     .timeout(Duration::from_secs(300))
///     .await?;
/// println!("{}", answer.text());
/// # Ok(()) }
/// ```
#[must_use = "nothing is sent until `.await`"]
pub struct Ask {
    create: CreateSession,
    text: String,
    configure: Option<Configure>,
    timeout: Option<Duration>,
}

impl fmt::Debug for Ask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ask")
            .field("create", &self.create)
            .field("text", &self.text)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Ask {
    pub(crate) fn new(client: &Client, text: String) -> Self {
        Ask {
            create: client.create_session(),
            text,
            configure: None,
            timeout: None,
        }
    }

    /// The new session's title (otherwise the server names it from the question).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.create = self.create.title(title);
        self
    }

    /// Any prompt option (model, agent, system prompt, permission policy, …):
    /// `.with(|p| p.model("anthropic", "claude-sonnet-4"))`.
    pub fn with(
        mut self,
        configure: impl FnOnce(PromptBuilder) -> PromptBuilder + Send + 'static,
    ) -> Self {
        self.configure = Some(Box::new(configure));
        self
    }

    /// An overall bound, from creating the session to the end of the turn: when it passes,
    /// the turn is aborted and the call fails with [`Error::TurnTimeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Asks for the answer as a `T` (see [`PromptBuilder::output`]).
    pub fn output<T>(self) -> AskOutput<T>
    where
        T: DeserializeOwned + JsonSchema + Send + 'static,
    {
        AskOutput {
            ask: self,
            retries: None,
            _type: std::marker::PhantomData,
        }
    }

    /// Creates the session and returns the configured prompt, bounded by the timeout.
    async fn prompt(self) -> Result<PromptBuilder, Error> {
        let deadline = self.timeout.map(|t| (t, Instant::now() + t));
        let session = match deadline {
            None => self.create.await?,
            Some((after, at)) => match opencode_transport::rt::timeout_at(at, self.create).await {
                Ok(session) => session?,
                Err(_) => {
                    return Err(Error::TurnTimeout {
                        after,
                        session_id: None,
                    });
                }
            },
        };
        let mut prompt = session.prompt(self.text);
        if let Some(configure) = self.configure {
            prompt = configure(prompt);
        }
        if let Some((after, at)) = deadline {
            prompt = prompt.deadline(after, at);
        }
        Ok(prompt)
    }

    /// Sends the question and waits for the whole turn (the same as `.await`).
    pub async fn send(self) -> Result<TurnOutput, Error> {
        self.prompt().await?.send().await
    }
}

impl IntoFuture for Ask {
    type Output = Result<TurnOutput, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// A question for a new session whose answer is a `T`: from [`Ask::output`].
#[must_use = "nothing is sent until `.await`"]
pub struct AskOutput<T> {
    ask: Ask,
    retries: Option<u32>,
    _type: std::marker::PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for AskOutput<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AskOutput")
            .field("type", &std::any::type_name::<T>())
            .field("ask", &self.ask)
            .field("retries", &self.retries)
            .finish()
    }
}

impl<T: DeserializeOwned + JsonSchema + Send + 'static> AskOutput<T> {
    /// How many times the server asks the model again (see
    /// [`OutputPrompt::retries`](crate::OutputPrompt::retries)).
    pub fn retries(mut self, retries: u32) -> Self {
        self.retries = Some(retries);
        self
    }

    /// Sends the question and returns the decoded value with the whole turn.
    pub async fn send_with_turn(self) -> Result<(T, TurnOutput), Error> {
        let mut output = self.ask.prompt().await?.output::<T>();
        if let Some(n) = self.retries {
            output = output.retries(n);
        }
        output.send_with_turn().await
    }

    /// Sends the question and returns the decoded value (the same as `.await`).
    pub async fn send(self) -> Result<T, Error> {
        self.send_with_turn().await.map(|(value, _)| value)
    }
}

impl<T: DeserializeOwned + JsonSchema + Send + 'static> IntoFuture for AskOutput<T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
