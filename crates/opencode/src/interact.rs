//! Permission and question requests that can answer themselves.

use std::ops::Deref;

use opencode_types as types;

use crate::{Client, Error};

/// How to answer a permission request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reply {
    /// Allow this one call.
    Once,
    /// Allow this call and the request's `always` patterns from now on (for the whole
    /// server, later sessions included).
    Always,
    /// Refuse. With a message the model is told why and the turn goes on; without one the
    /// turn stops.
    Reject {
        /// Feedback for the model.
        message: Option<String>,
    },
}

impl Reply {
    /// `Reject` with feedback for the model.
    pub fn reject_with(message: impl Into<String>) -> Self {
        Reply::Reject {
            message: Some(message.into()),
        }
    }
}

/// A tool asks for permission (`permission.asked`). Dereferences to the request's fields.
#[derive(Debug, Clone)]
pub struct PendingPermission {
    client: Client,
    request: types::PermissionRequest,
}

impl PendingPermission {
    pub(crate) fn new(client: Client, request: types::PermissionRequest) -> Self {
        PendingPermission { client, request }
    }

    /// The request as the server sent it.
    pub fn request(&self) -> &types::PermissionRequest {
        &self.request
    }

    /// Answers it (`POST /permission/{id}/reply`).
    pub async fn reply(&self, reply: Reply) -> Result<bool, Error> {
        let (kind, message) = match reply {
            Reply::Once => (types::PermissionReplyBodyReply::Once, None),
            Reply::Always => (types::PermissionReplyBodyReply::Always, None),
            Reply::Reject { message } => (types::PermissionReplyBodyReply::Reject, message),
        };
        let mut body = types::PermissionReplyBody::new(kind);
        body.message = message;
        Ok(self
            .client
            .api()
            .permission()
            .reply(&self.request.id)
            .body(body)
            .send()
            .await?)
    }
}

impl Deref for PendingPermission {
    type Target = types::PermissionRequest;
    fn deref(&self) -> &Self::Target {
        &self.request
    }
}

/// The model asks the user questions (`question.asked`). Dereferences to the request.
#[derive(Debug, Clone)]
pub struct PendingQuestion {
    client: Client,
    request: types::QuestionRequest,
}

impl PendingQuestion {
    pub(crate) fn new(client: Client, request: types::QuestionRequest) -> Self {
        PendingQuestion { client, request }
    }

    /// The request as the server sent it.
    pub fn request(&self) -> &types::QuestionRequest {
        &self.request
    }

    /// Answers: one list of chosen option labels per question, in order.
    pub async fn answer<I, A, S>(&self, answers: I) -> Result<bool, Error>
    where
        I: IntoIterator<Item = A>,
        A: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let answers = answers
            .into_iter()
            .map(|a| a.into_iter().map(Into::into).collect())
            .collect();
        let body = types::QuestionReplyBody::new(answers);
        Ok(self
            .client
            .api()
            .question()
            .reply(&self.request.id)
            .body(body)
            .send()
            .await?)
    }

    /// Dismisses the questions; the turn stops.
    pub async fn reject(&self) -> Result<bool, Error> {
        Ok(self
            .client
            .api()
            .question()
            .reject(&self.request.id)
            .send()
            .await?)
    }
}

impl Deref for PendingQuestion {
    type Target = types::QuestionRequest;
    fn deref(&self) -> &Self::Target {
        &self.request
    }
}
