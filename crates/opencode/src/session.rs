//! A session handle and the workflows written once here instead of in every app.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use opencode_types as types;

use crate::prompt::{PromptBuilder, PromptRun};
use crate::turn::TurnOutput;
use crate::{Client, Error};

/// A session of the server: prompt it, abort it, fork it, revert it, read its state.
///
/// ```no_run
/// # async fn run(client: opencode::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let session = client.create_session().title("docs").await?;
/// let answer = session.prompt("Summarise README.md").await?;
/// println!("{}", answer.text());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct SessionHandle {
    client: Client,
    id: String,
    directory: Option<String>,
}

impl SessionHandle {
    pub(crate) fn new(client: Client, id: String, directory: Option<String>) -> Self {
        SessionHandle {
            client,
            id,
            directory,
        }
    }

    /// The session id (`ses_…`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The client this handle uses.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The session's directory, when this handle knows it (it does after
    /// [`Client::create_session`] or [`SessionHandle::info`]).
    pub fn directory(&self) -> Option<&str> {
        self.directory.as_deref()
    }

    /// The client for the session's own directory: its events go only to that instance.
    pub(crate) async fn scoped_client(&self) -> Result<Client, Error> {
        match &self.directory {
            Some(d) => Ok(self.client.with_directory(d)),
            None => {
                let info = self.info().await?;
                Ok(self.client.with_directory(&info.directory))
            }
        }
    }

    /// Reads the session (`GET /session/{id}`).
    pub async fn info(&self) -> Result<types::Session, Error> {
        Ok(self.client.api().session().get(&self.id).send().await?)
    }

    /// A prompt with `text`: set options, then `.await` it for the whole turn or
    /// [`stream`](PromptBuilder::stream) its progress. See `docs/turns.md` for when a turn is
    /// over.
    pub fn prompt(&self, text: impl Into<String>) -> PromptBuilder {
        PromptBuilder::new(self.clone(), text.into())
    }

    /// Aborts what the session is doing (`POST /session/{id}/abort`).
    pub async fn abort(&self) -> Result<bool, Error> {
        Ok(self.client.api().session().abort(&self.id).send().await?)
    }

    /// Whether the session is working now (`GET /session/status`).
    pub async fn is_busy(&self) -> Result<bool, Error> {
        let status = self.client.api().session().status().send().await?;
        Ok(status.get(&self.id).is_some_and(|s| s.kind() != "idle"))
    }

    /// Follows the session's latest turn (the one its newest user message started, perhaps
    /// by another client) to its end, with the same rules as a prompt of this SDK.
    /// `Ok(None)` when the session has no user message.
    pub async fn current_turn(&self) -> Result<Option<PromptRun>, Error> {
        let Some(user_id) = self.latest_user_message_id().await? else {
            return Ok(None);
        };
        Ok(Some(PromptRun::attach(self.clone(), user_id)))
    }

    /// Waits for the session's latest turn to end and returns it (an error for a turn that
    /// failed). `Ok(None)` when the session has no user message.
    pub async fn wait_turn(&self) -> Result<Option<TurnOutput>, Error> {
        match self.current_turn().await? {
            Some(run) => run.finish().await.map(Some),
            None => Ok(None),
        }
    }

    /// [`wait_turn`](Self::wait_turn) with a bound: [`Error::TurnTimeout`] when the turn has
    /// not ended by then. Only the waiting stops; the turn goes on (abort it with
    /// [`abort`](Self::abort)).
    pub async fn wait_turn_timeout(
        &self,
        timeout: std::time::Duration,
    ) -> Result<Option<TurnOutput>, Error> {
        match opencode_transport::rt::timeout(timeout, self.wait_turn()).await {
            Ok(result) => result,
            Err(_) => Err(Error::TurnTimeout {
                after: timeout,
                session_id: Some(self.id.clone()),
            }),
        }
    }

    /// Waits until the session's latest turn is over, however it ended (answered, failed or
    /// aborted). It never returns while a turn that was already sent has not started: the
    /// turn is identified by its user message, not by the first idle status.
    pub async fn wait_idle(&self) -> Result<(), Error> {
        match self.wait_turn().await {
            Ok(_) | Err(Error::Turn(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// The id of the newest user message, reading the newest messages first.
    async fn latest_user_message_id(&self) -> Result<Option<String>, Error> {
        let mut limit = 16;
        loop {
            let list = crate::record::messages(&self.client, &self.id, Some(limit)).await?;
            let full = list.len() as i64 >= limit;
            let found = list.iter().rev().find_map(|m| match &m.info {
                types::Message::User(u) => Some(u.id.clone()),
                _ => None,
            });
            if found.is_some() || !full {
                return Ok(found);
            }
            limit = limit.saturating_mul(4);
        }
    }

    /// Forks the session (all of it, or up to `message_id`) into a new one.
    pub async fn fork(&self, message_id: Option<&str>) -> Result<SessionHandle, Error> {
        let mut req = self.client.api().session().fork(&self.id);
        if let Some(m) = message_id {
            let mut body = types::SessionForkBody::new();
            body.message_id = Some(m.to_owned());
            req = req.body(body);
        }
        let info = req.send().await?;
        Ok(SessionHandle::new(
            self.client.clone(),
            info.id,
            Some(info.directory),
        ))
    }

    /// Reverts the session to before `message_id` (files and history).
    pub async fn revert(&self, message_id: &str) -> Result<types::Session, Error> {
        let body = types::SessionRevertBody::new(message_id);
        Ok(self
            .client
            .api()
            .session()
            .revert(&self.id)
            .body(body)
            .send()
            .await?)
    }

    /// Undoes [`SessionHandle::revert`].
    pub async fn unrevert(&self) -> Result<types::Session, Error> {
        Ok(self
            .client
            .api()
            .session()
            .unrevert(&self.id)
            .send()
            .await?)
    }

    /// Shares the session (needs the share service to be reachable).
    pub async fn share(&self) -> Result<types::Session, Error> {
        Ok(self.client.api().session().share(&self.id).send().await?)
    }

    /// Stops sharing the session.
    pub async fn unshare(&self) -> Result<types::Session, Error> {
        Ok(self.client.api().session().unshare(&self.id).send().await?)
    }

    /// Summarises (compacts) the session with a model.
    pub async fn summarize(&self, provider_id: &str, model_id: &str) -> Result<bool, Error> {
        let body = types::SessionSummarizeBody::new(types::SessionSummarizeBodyRequired {
            provider_id: provider_id.to_owned(),
            model_id: model_id.to_owned(),
        });
        Ok(self
            .client
            .api()
            .session()
            .summarize(&self.id)
            .body(body)
            .send()
            .await?)
    }

    /// Runs a shell command in the session as `agent`.
    pub async fn shell(
        &self,
        agent: &str,
        command: &str,
    ) -> Result<types::SessionShellResponse, Error> {
        let body = types::SessionShellBody::new(types::SessionShellBodyRequired {
            agent: agent.to_owned(),
            command: command.to_owned(),
        });
        Ok(self
            .client
            .api()
            .session()
            .shell(&self.id)
            .body(body)
            .send()
            .await?)
    }

    /// Runs a slash command (`command` without the slash) with `arguments`.
    pub async fn command(
        &self,
        command: &str,
        arguments: &str,
    ) -> Result<types::SessionCommandResponse, Error> {
        let body = types::SessionCommandBody::new(types::SessionCommandBodyRequired {
            command: command.to_owned(),
            arguments: arguments.to_owned(),
        });
        Ok(self
            .client
            .api()
            .session()
            .command(&self.id)
            .body(body)
            .send()
            .await?)
    }

    /// The file changes the session made.
    pub async fn diff(&self) -> Result<Vec<types::SnapshotFileDiff>, Error> {
        Ok(self.client.api().session().diff(&self.id).send().await?)
    }

    /// The session's todo list.
    pub async fn todo(&self) -> Result<Vec<types::Todo>, Error> {
        Ok(self.client.api().session().todo(&self.id).send().await?)
    }

    /// Every message with its parts, oldest first. On servers whose message routes refuse
    /// a session that holds a structured-output prompt (1.18.x), the same list is rebuilt
    /// from the session's durable event log.
    pub async fn messages(&self) -> Result<Vec<types::SessionMessagesResponseItem>, Error> {
        crate::record::messages(&self.client, &self.id, None).await
    }

    /// Deletes the session.
    pub async fn delete(&self) -> Result<bool, Error> {
        Ok(self.client.api().session().delete(&self.id).send().await?)
    }
}

/// Creates a session: set options, then `.await` (or [`CreateSession::send`]).
#[derive(Debug)]
#[must_use = "nothing is sent until `.await`"]
pub struct CreateSession {
    client: Client,
    body: types::SessionCreateBody,
}

impl CreateSession {
    pub(crate) fn new(client: Client) -> Self {
        CreateSession {
            client,
            body: types::SessionCreateBody::new(),
        }
    }

    /// The title (without one, the server asks the model for a title after the first
    /// prompt).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.body.title = Some(title.into());
        self
    }

    /// Makes it a child of another session.
    pub fn parent(mut self, parent_id: impl Into<String>) -> Self {
        self.body.parent_id = Some(parent_id.into());
        self
    }

    /// Creates it.
    pub async fn send(self) -> Result<SessionHandle, Error> {
        let info = self
            .client
            .api()
            .session()
            .create()
            .body(self.body)
            .send()
            .await?;
        Ok(SessionHandle::new(
            self.client,
            info.id,
            Some(info.directory),
        ))
    }
}

impl IntoFuture for CreateSession {
    type Output = Result<SessionHandle, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
