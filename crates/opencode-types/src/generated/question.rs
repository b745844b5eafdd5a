//! Types of the `question` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `QuestionAnswer` schema.
pub type QuestionAnswer = Vec<String>;
/// The `QuestionInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionInfo {
    /// The `custom` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<bool>,
    /// Very short label (max 30 chars)
    pub header: String,
    /// The `multiple` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple: Option<bool>,
    /// Available choices
    pub options: Vec<QuestionOption>,
    /// Complete question
    pub question: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        header: impl Into<String>,
        options: Vec<QuestionOption>,
        question: impl Into<String>,
    ) -> Self {
        Self {
            custom: None,
            header: header.into(),
            multiple: None,
            options,
            question: question.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionNotFoundError {
    /// Always `"QuestionNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `requestID` property.
    #[serde(rename = "requestID")]
    pub request_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            tag: "QuestionNotFoundError".to_owned(),
            message: message.into(),
            request_id: request_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionOption` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionOption {
    /// Explanation of choice
    pub description: String,
    /// Display text (1-5 words, concise)
    pub label: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionOption {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(description: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            description: description.into(),
            label: label.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionRejected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionRejected {
    /// The `requestID` property.
    #[serde(rename = "requestID")]
    pub request_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionRejected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(request_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionReplied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionReplied {
    /// The `answers` property.
    pub answers: Vec<QuestionAnswer>,
    /// The `requestID` property.
    #[serde(rename = "requestID")]
    pub request_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionReplied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        answers: Vec<QuestionAnswer>,
        request_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            answers,
            request_id: request_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionRequest {
    /// The `id` property.
    pub id: String,
    /// Questions to ask
    pub questions: Vec<QuestionInfo>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `tool` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<QuestionTool>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionRequest {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        questions: Vec<QuestionInfo>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            questions,
            session_id: session_id.into(),
            tool: None,
            additional: Default::default(),
        }
    }
}
/// The `QuestionTool` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionTool {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionTool {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(call_id: impl Into<String>, message_id: impl Into<String>) -> Self {
        Self {
            call_id: call_id.into(),
            message_id: message_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Answer` schema.
pub type QuestionV2Answer = Vec<String>;
/// The `QuestionV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Info {
    /// The `custom` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<bool>,
    /// Very short label (max 30 chars)
    pub header: String,
    /// The `multiple` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple: Option<bool>,
    /// Available choices
    pub options: Vec<QuestionV2Option>,
    /// Complete question
    pub question: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Info {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        header: impl Into<String>,
        options: Vec<QuestionV2Option>,
        question: impl Into<String>,
    ) -> Self {
        Self {
            custom: None,
            header: header.into(),
            multiple: None,
            options,
            question: question.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Option` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Option {
    /// Explanation of choice
    pub description: String,
    /// Display text (1-5 words, concise)
    pub label: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Option {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(description: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            description: description.into(),
            label: label.into(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Reply` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Reply {
    /// User answers in order of questions (each answer is an array of selected labels)
    pub answers: Vec<QuestionV2Answer>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Reply {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(answers: Vec<QuestionV2Answer>) -> Self {
        Self {
            answers,
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Request {
    /// The `id` property.
    pub id: String,
    /// Questions to ask
    pub questions: Vec<QuestionV2Info>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `tool` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<QuestionV2Tool>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Request {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        questions: Vec<QuestionV2Info>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            questions,
            session_id: session_id.into(),
            tool: None,
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Tool` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Tool {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Tool {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(call_id: impl Into<String>, message_id: impl Into<String>) -> Self {
        Self {
            call_id: call_id.into(),
            message_id: message_id.into(),
            additional: Default::default(),
        }
    }
}
