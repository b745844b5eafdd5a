//! Types of the `message` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `AgentPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentPart {
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `name` property.
    pub name: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AgentPartSource>,
    /// Always `"agent"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AgentPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        message_id: impl Into<String>,
        name: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            message_id: message_id.into(),
            name: name.into(),
            session_id: session_id.into(),
            source: None,
            type_: "agent".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `AgentPartInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentPartInput {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    pub name: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AgentPartInputSource>,
    /// Always `"agent"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AgentPartInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            source: None,
            type_: "agent".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `AgentPartInput.source` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentPartInputSource {
    /// The `end` property.
    pub end: i64,
    /// The `start` property.
    pub start: i64,
    /// The `value` property.
    pub value: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AgentPartInputSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: i64, start: i64, value: impl Into<String>) -> Self {
        Self {
            end,
            start,
            value: value.into(),
            additional: Default::default(),
        }
    }
}
/// The `AgentPart.source` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentPartSource {
    /// The `end` property.
    pub end: i64,
    /// The `start` property.
    pub start: i64,
    /// The `value` property.
    pub value: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AgentPartSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: i64, start: i64, value: impl Into<String>) -> Self {
        Self {
            end,
            start,
            value: value.into(),
            additional: Default::default(),
        }
    }
}
/// The `AssistantMessage` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssistantMessage {
    /// The `agent` property.
    pub agent: String,
    /// The `cost` property.
    pub cost: f64,
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<AssistantMessageError>,
    /// The `finish` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish: Option<String>,
    /// The `id` property.
    pub id: String,
    /// The `mode` property.
    pub mode: String,
    /// The `modelID` property.
    #[serde(rename = "modelID")]
    pub model_id: String,
    /// The `parentID` property.
    #[serde(rename = "parentID")]
    pub parent_id: String,
    /// The `path` property.
    pub path: AssistantMessagePath,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// Always `"assistant"`.
    pub role: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `structured` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structured: Option<serde_json::Value>,
    /// The `summary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<bool>,
    /// The `time` property.
    pub time: AssistantMessageTime,
    /// The `tokens` property.
    pub tokens: AssistantMessageTokens,
    /// The `variant` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AssistantMessage {
    /// A value with the required properties set and the optional ones unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        agent: impl Into<String>,
        cost: f64,
        id: impl Into<String>,
        mode: impl Into<String>,
        model_id: impl Into<String>,
        parent_id: impl Into<String>,
        path: AssistantMessagePath,
        provider_id: impl Into<String>,
        session_id: impl Into<String>,
        time: AssistantMessageTime,
        tokens: AssistantMessageTokens,
    ) -> Self {
        Self {
            agent: agent.into(),
            cost,
            error: None,
            finish: None,
            id: id.into(),
            mode: mode.into(),
            model_id: model_id.into(),
            parent_id: parent_id.into(),
            path,
            provider_id: provider_id.into(),
            role: "assistant".to_owned(),
            session_id: session_id.into(),
            structured: None,
            summary: None,
            time,
            tokens,
            variant: None,
            additional: Default::default(),
        }
    }
}
/// The `AssistantMessage.error` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AssistantMessageError {
    /// `name` = `"ProviderAuthError"`.
    ProviderAuthError(ProviderAuthError),
    /// `name` = `"UnknownError"`.
    UnknownError(UnknownError),
    /// `name` = `"MessageOutputLengthError"`.
    MessageOutputLengthError(MessageOutputLengthError),
    /// `name` = `"MessageAbortedError"`.
    MessageAbortedError(MessageAbortedError),
    /// `name` = `"StructuredOutputError"`.
    StructuredOutputError(StructuredOutputError),
    /// `name` = `"ContextOverflowError"`.
    ContextOverflowError(ContextOverflowError),
    /// `name` = `"ContentFilterError"`.
    ContentFilterError(ContentFilterError),
    /// `name` = `"APIError"`.
    ApiError(APIError),
    /// A `name` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `name` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl AssistantMessageError {
    /// Every `name` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "ProviderAuthError",
        "UnknownError",
        "MessageOutputLengthError",
        "MessageAbortedError",
        "StructuredOutputError",
        "ContextOverflowError",
        "ContentFilterError",
        "APIError",
    ];
    /// The `name` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::ProviderAuthError(_) => "ProviderAuthError",
            Self::UnknownError(_) => "UnknownError",
            Self::MessageOutputLengthError(_) => "MessageOutputLengthError",
            Self::MessageAbortedError(_) => "MessageAbortedError",
            Self::StructuredOutputError(_) => "StructuredOutputError",
            Self::ContextOverflowError(_) => "ContextOverflowError",
            Self::ContentFilterError(_) => "ContentFilterError",
            Self::ApiError(_) => "APIError",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for AssistantMessageError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["name"], "AssistantMessageError")?;
        Ok(
            match &*kind {
                "ProviderAuthError" => {
                    Self::ProviderAuthError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "ProviderAuthError")?,
                    )
                }
                "UnknownError" => {
                    Self::UnknownError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "UnknownError")?,
                    )
                }
                "MessageOutputLengthError" => {
                    Self::MessageOutputLengthError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "MessageOutputLengthError")?,
                    )
                }
                "MessageAbortedError" => {
                    Self::MessageAbortedError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "MessageAbortedError")?,
                    )
                }
                "StructuredOutputError" => {
                    Self::StructuredOutputError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "StructuredOutputError")?,
                    )
                }
                "ContextOverflowError" => {
                    Self::ContextOverflowError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "ContextOverflowError")?,
                    )
                }
                "ContentFilterError" => {
                    Self::ContentFilterError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "ContentFilterError")?,
                    )
                }
                "APIError" => {
                    Self::ApiError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "AssistantMessageError", "APIError")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for AssistantMessageError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ProviderAuthError(v) => v.serialize(s),
            Self::UnknownError(v) => v.serialize(s),
            Self::MessageOutputLengthError(v) => v.serialize(s),
            Self::MessageAbortedError(v) => v.serialize(s),
            Self::StructuredOutputError(v) => v.serialize(s),
            Self::ContextOverflowError(v) => v.serialize(s),
            Self::ContentFilterError(v) => v.serialize(s),
            Self::ApiError(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ProviderAuthError> for AssistantMessageError {
    fn from(v: ProviderAuthError) -> Self {
        Self::ProviderAuthError(v)
    }
}
impl From<UnknownError> for AssistantMessageError {
    fn from(v: UnknownError) -> Self {
        Self::UnknownError(v)
    }
}
impl From<MessageOutputLengthError> for AssistantMessageError {
    fn from(v: MessageOutputLengthError) -> Self {
        Self::MessageOutputLengthError(v)
    }
}
impl From<MessageAbortedError> for AssistantMessageError {
    fn from(v: MessageAbortedError) -> Self {
        Self::MessageAbortedError(v)
    }
}
impl From<StructuredOutputError> for AssistantMessageError {
    fn from(v: StructuredOutputError) -> Self {
        Self::StructuredOutputError(v)
    }
}
impl From<ContextOverflowError> for AssistantMessageError {
    fn from(v: ContextOverflowError) -> Self {
        Self::ContextOverflowError(v)
    }
}
impl From<ContentFilterError> for AssistantMessageError {
    fn from(v: ContentFilterError) -> Self {
        Self::ContentFilterError(v)
    }
}
impl From<APIError> for AssistantMessageError {
    fn from(v: APIError) -> Self {
        Self::ApiError(v)
    }
}
/// The `AssistantMessage.path` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssistantMessagePath {
    /// The `cwd` property.
    pub cwd: String,
    /// The `root` property.
    pub root: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AssistantMessagePath {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(cwd: impl Into<String>, root: impl Into<String>) -> Self {
        Self {
            cwd: cwd.into(),
            root: root.into(),
            additional: Default::default(),
        }
    }
}
/// The `AssistantMessage.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssistantMessageTime {
    /// The `completed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<i64>,
    /// The `created` property.
    pub created: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AssistantMessageTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: i64) -> Self {
        Self {
            completed: None,
            created,
            additional: Default::default(),
        }
    }
}
/// The `AssistantMessage.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssistantMessageTokens {
    /// The `cache` property.
    pub cache: AssistantMessageTokensCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `reasoning` property.
    pub reasoning: f64,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AssistantMessageTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: AssistantMessageTokensCache,
        input: f64,
        output: f64,
        reasoning: f64,
    ) -> Self {
        Self {
            cache,
            input,
            output,
            reasoning,
            total: None,
            additional: Default::default(),
        }
    }
}
/// The `AssistantMessage.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssistantMessageTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AssistantMessageTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `CompactionPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CompactionPart {
    /// The `auto` property.
    pub auto: bool,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `overflow` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overflow: Option<bool>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `tail_start_id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tail_start_id: Option<String>,
    /// Always `"compaction"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CompactionPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        auto: bool,
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            auto,
            id: id.into(),
            message_id: message_id.into(),
            overflow: None,
            session_id: session_id.into(),
            tail_start_id: None,
            type_: "compaction".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `FilePart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FilePart {
    /// The `filename` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `mime` property.
    pub mime: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<FilePartSource>,
    /// Always `"file"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FilePart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        message_id: impl Into<String>,
        mime: impl Into<String>,
        session_id: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        Self {
            filename: None,
            id: id.into(),
            message_id: message_id.into(),
            mime: mime.into(),
            session_id: session_id.into(),
            source: None,
            type_: "file".to_owned(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `FilePartInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FilePartInput {
    /// The `filename` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `mime` property.
    pub mime: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<FilePartSource>,
    /// Always `"file"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FilePartInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(mime: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            filename: None,
            id: None,
            mime: mime.into(),
            source: None,
            type_: "file".to_owned(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `FilePartSource` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum FilePartSource {
    /// `type` = `"file"`.
    File(FileSource),
    /// `type` = `"symbol"`.
    Symbol(SymbolSource),
    /// `type` = `"resource"`.
    Resource(ResourceSource),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl FilePartSource {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["file", "symbol", "resource"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::File(_) => "file",
            Self::Symbol(_) => "symbol",
            Self::Resource(_) => "resource",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for FilePartSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "FilePartSource")?;
        Ok(
            match &*kind {
                "file" => {
                    Self::File(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "FilePartSource", "file")?,
                    )
                }
                "symbol" => {
                    Self::Symbol(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "FilePartSource", "symbol")?,
                    )
                }
                "resource" => {
                    Self::Resource(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "FilePartSource", "resource")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for FilePartSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::File(v) => v.serialize(s),
            Self::Symbol(v) => v.serialize(s),
            Self::Resource(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<FileSource> for FilePartSource {
    fn from(v: FileSource) -> Self {
        Self::File(v)
    }
}
impl From<SymbolSource> for FilePartSource {
    fn from(v: SymbolSource) -> Self {
        Self::Symbol(v)
    }
}
impl From<ResourceSource> for FilePartSource {
    fn from(v: ResourceSource) -> Self {
        Self::Resource(v)
    }
}
/// The `FilePartSourceText` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FilePartSourceText {
    /// The `end` property.
    pub end: f64,
    /// The `start` property.
    pub start: f64,
    /// The `value` property.
    pub value: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FilePartSourceText {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: f64, start: f64, value: impl Into<String>) -> Self {
        Self {
            end,
            start,
            value: value.into(),
            additional: Default::default(),
        }
    }
}
/// The `FileSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileSource {
    /// The `path` property.
    pub path: String,
    /// The `text` property.
    pub text: FilePartSourceText,
    /// Always `"file"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(path: impl Into<String>, text: FilePartSourceText) -> Self {
        Self {
            path: path.into(),
            text,
            type_: "file".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `JSONSchema` schema.
pub type JSONSchema = serde_json::Map<String, serde_json::Value>;
/// The `Message` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Message {
    /// `role` = `"user"`.
    User(UserMessage),
    /// `role` = `"assistant"`.
    Assistant(AssistantMessage),
    /// A `role` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `role` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl Message {
    /// Every `role` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["user", "assistant"];
    /// The `role` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::User(_) => "user",
            Self::Assistant(_) => "assistant",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["role"], "Message")?;
        Ok(
            match &*kind {
                "user" => {
                    Self::User(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Message", "user")?,
                    )
                }
                "assistant" => {
                    Self::Assistant(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Message", "assistant")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::User(v) => v.serialize(s),
            Self::Assistant(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<UserMessage> for Message {
    fn from(v: UserMessage) -> Self {
        Self::User(v)
    }
}
impl From<AssistantMessage> for Message {
    fn from(v: AssistantMessage) -> Self {
        Self::Assistant(v)
    }
}
/// The `MessageNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageNotFoundError {
    /// Always `"MessageNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            tag: "MessageNotFoundError".to_owned(),
            message: message.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `OutputFormat` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `type` = `"text"`.
    Text(OutputFormatText),
    /// `type` = `"json_schema"`.
    JsonSchema(OutputFormatJsonSchema),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl OutputFormat {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["text", "json_schema"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::JsonSchema(_) => "json_schema",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for OutputFormat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "OutputFormat")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "OutputFormat", "text")?,
                    )
                }
                "json_schema" => {
                    Self::JsonSchema(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "OutputFormat", "json_schema")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for OutputFormat {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::JsonSchema(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<OutputFormatText> for OutputFormat {
    fn from(v: OutputFormatText) -> Self {
        Self::Text(v)
    }
}
impl From<OutputFormatJsonSchema> for OutputFormat {
    fn from(v: OutputFormatJsonSchema) -> Self {
        Self::JsonSchema(v)
    }
}
/// The `OutputFormat1` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OutputFormat1 {
    /// `type` = `"text"`.
    Text(OutputFormat1Text),
    /// `type` = `"json_schema"`.
    JsonSchema(OutputFormat1JsonSchema),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl OutputFormat1 {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["text", "json_schema"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::JsonSchema(_) => "json_schema",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for OutputFormat1 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "OutputFormat1")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "OutputFormat1", "text")?,
                    )
                }
                "json_schema" => {
                    Self::JsonSchema(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "OutputFormat1", "json_schema")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for OutputFormat1 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::JsonSchema(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<OutputFormat1Text> for OutputFormat1 {
    fn from(v: OutputFormat1Text) -> Self {
        Self::Text(v)
    }
}
impl From<OutputFormat1JsonSchema> for OutputFormat1 {
    fn from(v: OutputFormat1JsonSchema) -> Self {
        Self::JsonSchema(v)
    }
}
/// The `OutputFormat1\[json_schema\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutputFormat1JsonSchema {
    /// The `retryCount` property.
    #[serde(rename = "retryCount", default, skip_serializing_if = "Option::is_none")]
    pub retry_count: Option<i64>,
    /// The `schema` property.
    pub schema: JSONSchema,
    /// Always `"json_schema"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl OutputFormat1JsonSchema {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(schema: JSONSchema) -> Self {
        Self {
            retry_count: None,
            schema,
            type_: "json_schema".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `OutputFormat1\[text\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutputFormat1Text {
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl OutputFormat1Text {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            type_: "text".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for OutputFormat1Text {
    fn default() -> Self {
        Self::new()
    }
}
/// The `OutputFormatJsonSchema` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutputFormatJsonSchema {
    /// The `retryCount` property.
    #[serde(rename = "retryCount", default, skip_serializing_if = "Option::is_none")]
    pub retry_count: Option<i64>,
    /// The `schema` property.
    pub schema: JSONSchema,
    /// Always `"json_schema"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl OutputFormatJsonSchema {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(schema: JSONSchema) -> Self {
        Self {
            retry_count: None,
            schema,
            type_: "json_schema".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `OutputFormatText` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutputFormatText {
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl OutputFormatText {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            type_: "text".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for OutputFormatText {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Part` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Part {
    /// `type` = `"text"`.
    Text(TextPart),
    /// `type` = `"subtask"`.
    Subtask(SubtaskPart),
    /// `type` = `"reasoning"`.
    Reasoning(ReasoningPart),
    /// `type` = `"file"`.
    File(FilePart),
    /// `type` = `"tool"`.
    Tool(ToolPart),
    /// `type` = `"step-start"`.
    StepStart(StepStartPart),
    /// `type` = `"step-finish"`.
    StepFinish(StepFinishPart),
    /// `type` = `"snapshot"`.
    Snapshot(SnapshotPart),
    /// `type` = `"patch"`.
    Patch(PatchPart),
    /// `type` = `"agent"`.
    Agent(AgentPart),
    /// `type` = `"retry"`.
    Retry(RetryPart),
    /// `type` = `"compaction"`.
    Compaction(CompactionPart),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl Part {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "text",
        "subtask",
        "reasoning",
        "file",
        "tool",
        "step-start",
        "step-finish",
        "snapshot",
        "patch",
        "agent",
        "retry",
        "compaction",
    ];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::Subtask(_) => "subtask",
            Self::Reasoning(_) => "reasoning",
            Self::File(_) => "file",
            Self::Tool(_) => "tool",
            Self::StepStart(_) => "step-start",
            Self::StepFinish(_) => "step-finish",
            Self::Snapshot(_) => "snapshot",
            Self::Patch(_) => "patch",
            Self::Agent(_) => "agent",
            Self::Retry(_) => "retry",
            Self::Compaction(_) => "compaction",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for Part {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "Part")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<_, D::Error>(&raw, "Part", "text")?,
                    )
                }
                "subtask" => {
                    Self::Subtask(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Part", "subtask")?,
                    )
                }
                "reasoning" => {
                    Self::Reasoning(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Part", "reasoning")?,
                    )
                }
                "file" => {
                    Self::File(
                        crate::__private::variant::<_, D::Error>(&raw, "Part", "file")?,
                    )
                }
                "tool" => {
                    Self::Tool(
                        crate::__private::variant::<_, D::Error>(&raw, "Part", "tool")?,
                    )
                }
                "step-start" => {
                    Self::StepStart(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Part", "step-start")?,
                    )
                }
                "step-finish" => {
                    Self::StepFinish(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Part", "step-finish")?,
                    )
                }
                "snapshot" => {
                    Self::Snapshot(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Part", "snapshot")?,
                    )
                }
                "patch" => {
                    Self::Patch(
                        crate::__private::variant::<_, D::Error>(&raw, "Part", "patch")?,
                    )
                }
                "agent" => {
                    Self::Agent(
                        crate::__private::variant::<_, D::Error>(&raw, "Part", "agent")?,
                    )
                }
                "retry" => {
                    Self::Retry(
                        crate::__private::variant::<_, D::Error>(&raw, "Part", "retry")?,
                    )
                }
                "compaction" => {
                    Self::Compaction(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Part", "compaction")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for Part {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::Subtask(v) => v.serialize(s),
            Self::Reasoning(v) => v.serialize(s),
            Self::File(v) => v.serialize(s),
            Self::Tool(v) => v.serialize(s),
            Self::StepStart(v) => v.serialize(s),
            Self::StepFinish(v) => v.serialize(s),
            Self::Snapshot(v) => v.serialize(s),
            Self::Patch(v) => v.serialize(s),
            Self::Agent(v) => v.serialize(s),
            Self::Retry(v) => v.serialize(s),
            Self::Compaction(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<TextPart> for Part {
    fn from(v: TextPart) -> Self {
        Self::Text(v)
    }
}
impl From<SubtaskPart> for Part {
    fn from(v: SubtaskPart) -> Self {
        Self::Subtask(v)
    }
}
impl From<ReasoningPart> for Part {
    fn from(v: ReasoningPart) -> Self {
        Self::Reasoning(v)
    }
}
impl From<FilePart> for Part {
    fn from(v: FilePart) -> Self {
        Self::File(v)
    }
}
impl From<ToolPart> for Part {
    fn from(v: ToolPart) -> Self {
        Self::Tool(v)
    }
}
impl From<StepStartPart> for Part {
    fn from(v: StepStartPart) -> Self {
        Self::StepStart(v)
    }
}
impl From<StepFinishPart> for Part {
    fn from(v: StepFinishPart) -> Self {
        Self::StepFinish(v)
    }
}
impl From<SnapshotPart> for Part {
    fn from(v: SnapshotPart) -> Self {
        Self::Snapshot(v)
    }
}
impl From<PatchPart> for Part {
    fn from(v: PatchPart) -> Self {
        Self::Patch(v)
    }
}
impl From<AgentPart> for Part {
    fn from(v: AgentPart) -> Self {
        Self::Agent(v)
    }
}
impl From<RetryPart> for Part {
    fn from(v: RetryPart) -> Self {
        Self::Retry(v)
    }
}
impl From<CompactionPart> for Part {
    fn from(v: CompactionPart) -> Self {
        Self::Compaction(v)
    }
}
/// The `PatchPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PatchPart {
    /// The `files` property.
    pub files: Vec<String>,
    /// The `hash` property.
    pub hash: String,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Always `"patch"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PatchPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        files: Vec<String>,
        hash: impl Into<String>,
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            files,
            hash: hash.into(),
            id: id.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            type_: "patch".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Prompt` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Prompt {
    /// The `agents` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agents: Option<Vec<PromptAgentAttachment>>,
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<PromptFileAttachment>>,
    /// The `text` property.
    pub text: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Prompt {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            agents: None,
            files: None,
            text: text.into(),
            additional: Default::default(),
        }
    }
}
/// The `PromptAgentAttachment` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PromptAgentAttachment {
    /// The `name` property.
    pub name: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<PromptSource>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PromptAgentAttachment {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            source: None,
            additional: Default::default(),
        }
    }
}
/// The `PromptFileAttachment` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PromptFileAttachment {
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `mime` property.
    pub mime: String,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<PromptSource>,
    /// The `uri` property.
    pub uri: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PromptFileAttachment {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(mime: impl Into<String>, uri: impl Into<String>) -> Self {
        Self {
            description: None,
            mime: mime.into(),
            name: None,
            source: None,
            uri: uri.into(),
            additional: Default::default(),
        }
    }
}
/// The `PromptInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PromptInput {
    /// The `agents` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agents: Option<Vec<PromptAgentAttachment>>,
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<PromptInputFileAttachment>>,
    /// The `text` property.
    pub text: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PromptInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            agents: None,
            files: None,
            text: text.into(),
            additional: Default::default(),
        }
    }
}
/// The `PromptInputFileAttachment` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PromptInputFileAttachment {
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<PromptSource>,
    /// The `uri` property.
    pub uri: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PromptInputFileAttachment {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(uri: impl Into<String>) -> Self {
        Self {
            description: None,
            name: None,
            source: None,
            uri: uri.into(),
            additional: Default::default(),
        }
    }
}
/// The `PromptSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PromptSource {
    /// The `end` property.
    pub end: f64,
    /// The `start` property.
    pub start: f64,
    /// The `text` property.
    pub text: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PromptSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: f64, start: f64, text: impl Into<String>) -> Self {
        Self {
            end,
            start,
            text: text.into(),
            additional: Default::default(),
        }
    }
}
/// The `Range` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Range {
    /// The `end` property.
    pub end: RangeEnd,
    /// The `start` property.
    pub start: RangeStart,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Range {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: RangeEnd, start: RangeStart) -> Self {
        Self {
            end,
            start,
            additional: Default::default(),
        }
    }
}
/// The `Range.end` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RangeEnd {
    /// The `character` property.
    pub character: i64,
    /// The `line` property.
    pub line: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl RangeEnd {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(character: i64, line: i64) -> Self {
        Self {
            character,
            line,
            additional: Default::default(),
        }
    }
}
/// The `Range.start` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RangeStart {
    /// The `character` property.
    pub character: i64,
    /// The `line` property.
    pub line: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl RangeStart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(character: i64, line: i64) -> Self {
        Self {
            character,
            line,
            additional: Default::default(),
        }
    }
}
/// The `ReasoningPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReasoningPart {
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    pub time: ReasoningPartTime,
    /// Always `"reasoning"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReasoningPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        time: ReasoningPartTime,
    ) -> Self {
        Self {
            id: id.into(),
            message_id: message_id.into(),
            metadata: None,
            session_id: session_id.into(),
            text: text.into(),
            time,
            type_: "reasoning".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ReasoningPart.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReasoningPartTime {
    /// The `end` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<i64>,
    /// The `start` property.
    pub start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReasoningPartTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(start: i64) -> Self {
        Self {
            end: None,
            start,
            additional: Default::default(),
        }
    }
}
/// The `ResourceSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceSource {
    /// The `clientName` property.
    #[serde(rename = "clientName")]
    pub client_name: String,
    /// The `text` property.
    pub text: FilePartSourceText,
    /// Always `"resource"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `uri` property.
    pub uri: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ResourceSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        client_name: impl Into<String>,
        text: FilePartSourceText,
        uri: impl Into<String>,
    ) -> Self {
        Self {
            client_name: client_name.into(),
            text,
            type_: "resource".to_owned(),
            uri: uri.into(),
            additional: Default::default(),
        }
    }
}
/// The `RetryPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RetryPart {
    /// The `attempt` property.
    pub attempt: i64,
    /// The `error` property.
    pub error: APIError,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `time` property.
    pub time: RetryPartTime,
    /// Always `"retry"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl RetryPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        attempt: i64,
        error: APIError,
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        time: RetryPartTime,
    ) -> Self {
        Self {
            attempt,
            error,
            id: id.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            time,
            type_: "retry".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `RetryPart.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RetryPartTime {
    /// The `created` property.
    pub created: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl RetryPartTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: i64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SnapshotPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SnapshotPart {
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `snapshot` property.
    pub snapshot: String,
    /// Always `"snapshot"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SnapshotPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        snapshot: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            snapshot: snapshot.into(),
            type_: "snapshot".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `StepFinishPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StepFinishPart {
    /// The `cost` property.
    pub cost: f64,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// The `tokens` property.
    pub tokens: StepFinishPartTokens,
    /// Always `"step-finish"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl StepFinishPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cost: f64,
        id: impl Into<String>,
        message_id: impl Into<String>,
        reason: impl Into<String>,
        session_id: impl Into<String>,
        tokens: StepFinishPartTokens,
    ) -> Self {
        Self {
            cost,
            id: id.into(),
            message_id: message_id.into(),
            reason: reason.into(),
            session_id: session_id.into(),
            snapshot: None,
            tokens,
            type_: "step-finish".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `StepFinishPart.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StepFinishPartTokens {
    /// The `cache` property.
    pub cache: StepFinishPartTokensCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `reasoning` property.
    pub reasoning: f64,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl StepFinishPartTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: StepFinishPartTokensCache,
        input: f64,
        output: f64,
        reasoning: f64,
    ) -> Self {
        Self {
            cache,
            input,
            output,
            reasoning,
            total: None,
            additional: Default::default(),
        }
    }
}
/// The `StepFinishPart.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StepFinishPartTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl StepFinishPartTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `StepStartPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StepStartPart {
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// Always `"step-start"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl StepStartPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            snapshot: None,
            type_: "step-start".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SubtaskPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubtaskPart {
    /// The `agent` property.
    pub agent: String,
    /// The `command` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// The `description` property.
    pub description: String,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<SubtaskPartModel>,
    /// The `prompt` property.
    pub prompt: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Always `"subtask"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SubtaskPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        description: impl Into<String>,
        id: impl Into<String>,
        message_id: impl Into<String>,
        prompt: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            agent: agent.into(),
            command: None,
            description: description.into(),
            id: id.into(),
            message_id: message_id.into(),
            model: None,
            prompt: prompt.into(),
            session_id: session_id.into(),
            type_: "subtask".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SubtaskPartInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubtaskPartInput {
    /// The `agent` property.
    pub agent: String,
    /// The `command` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// The `description` property.
    pub description: String,
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<SubtaskPartInputModel>,
    /// The `prompt` property.
    pub prompt: String,
    /// Always `"subtask"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SubtaskPartInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        description: impl Into<String>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            agent: agent.into(),
            command: None,
            description: description.into(),
            id: None,
            model: None,
            prompt: prompt.into(),
            type_: "subtask".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SubtaskPartInput.model` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubtaskPartInputModel {
    /// The `modelID` property.
    #[serde(rename = "modelID")]
    pub model_id: String,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SubtaskPartInputModel {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(model_id: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            model_id: model_id.into(),
            provider_id: provider_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SubtaskPart.model` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubtaskPartModel {
    /// The `modelID` property.
    #[serde(rename = "modelID")]
    pub model_id: String,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SubtaskPartModel {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(model_id: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            model_id: model_id.into(),
            provider_id: provider_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SymbolSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SymbolSource {
    /// The `kind` property.
    pub kind: i64,
    /// The `name` property.
    pub name: String,
    /// The `path` property.
    pub path: String,
    /// The `range` property.
    pub range: Range,
    /// The `text` property.
    pub text: FilePartSourceText,
    /// Always `"symbol"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SymbolSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        kind: i64,
        name: impl Into<String>,
        path: impl Into<String>,
        range: Range,
        text: FilePartSourceText,
    ) -> Self {
        Self {
            kind,
            name: name.into(),
            path: path.into(),
            range,
            text,
            type_: "symbol".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TextPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TextPart {
    /// The `id` property.
    pub id: String,
    /// The `ignored` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `synthetic` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synthetic: Option<bool>,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TextPartTime>,
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TextPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            ignored: None,
            message_id: message_id.into(),
            metadata: None,
            session_id: session_id.into(),
            synthetic: None,
            text: text.into(),
            time: None,
            type_: "text".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TextPartInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TextPartInput {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `ignored` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `synthetic` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synthetic: Option<bool>,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TextPartInputTime>,
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TextPartInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            id: None,
            ignored: None,
            metadata: None,
            synthetic: None,
            text: text.into(),
            time: None,
            type_: "text".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TextPartInput.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TextPartInputTime {
    /// The `end` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<i64>,
    /// The `start` property.
    pub start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TextPartInputTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(start: i64) -> Self {
        Self {
            end: None,
            start,
            additional: Default::default(),
        }
    }
}
/// The `TextPart.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TextPartTime {
    /// The `end` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<i64>,
    /// The `start` property.
    pub start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TextPartTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(start: i64) -> Self {
        Self {
            end: None,
            start,
            additional: Default::default(),
        }
    }
}
/// The `ToolPart` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolPart {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `id` property.
    pub id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `state` property.
    pub state: ToolState,
    /// The `tool` property.
    pub tool: String,
    /// Always `"tool"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolPart {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        call_id: impl Into<String>,
        id: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        state: ToolState,
        tool: impl Into<String>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            id: id.into(),
            message_id: message_id.into(),
            metadata: None,
            session_id: session_id.into(),
            state,
            tool: tool.into(),
            type_: "tool".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ToolState` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ToolState {
    /// `status` = `"pending"`.
    Pending(ToolStatePending),
    /// `status` = `"running"`.
    Running(ToolStateRunning),
    /// `status` = `"completed"`.
    Completed(ToolStateCompleted),
    /// `status` = `"error"`.
    Error(ToolStateError),
    /// A `status` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `status` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl ToolState {
    /// Every `status` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "pending",
        "running",
        "completed",
        "error",
    ];
    /// The `status` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Pending(_) => "pending",
            Self::Running(_) => "running",
            Self::Completed(_) => "completed",
            Self::Error(_) => "error",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for ToolState {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["status"], "ToolState")?;
        Ok(
            match &*kind {
                "pending" => {
                    Self::Pending(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ToolState", "pending")?,
                    )
                }
                "running" => {
                    Self::Running(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ToolState", "running")?,
                    )
                }
                "completed" => {
                    Self::Completed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ToolState", "completed")?,
                    )
                }
                "error" => {
                    Self::Error(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ToolState", "error")?,
                    )
                }
                _ => {
                    Self::Unknown {
                        kind: kind.into_owned(),
                        raw: crate::__private::value::<D::Error>(&raw)?,
                    }
                }
            },
        )
    }
}
impl serde::Serialize for ToolState {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Pending(v) => v.serialize(s),
            Self::Running(v) => v.serialize(s),
            Self::Completed(v) => v.serialize(s),
            Self::Error(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ToolStatePending> for ToolState {
    fn from(v: ToolStatePending) -> Self {
        Self::Pending(v)
    }
}
impl From<ToolStateRunning> for ToolState {
    fn from(v: ToolStateRunning) -> Self {
        Self::Running(v)
    }
}
impl From<ToolStateCompleted> for ToolState {
    fn from(v: ToolStateCompleted) -> Self {
        Self::Completed(v)
    }
}
impl From<ToolStateError> for ToolState {
    fn from(v: ToolStateError) -> Self {
        Self::Error(v)
    }
}
/// The `ToolStateCompleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStateCompleted {
    /// The `attachments` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<FilePart>>,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `metadata` property.
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `output` property.
    pub output: String,
    /// Always `"completed"`.
    pub status: String,
    /// The `time` property.
    pub time: ToolStateCompletedTime,
    /// The `title` property.
    pub title: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStateCompleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        input: serde_json::Map<String, serde_json::Value>,
        metadata: serde_json::Map<String, serde_json::Value>,
        output: impl Into<String>,
        time: ToolStateCompletedTime,
        title: impl Into<String>,
    ) -> Self {
        Self {
            attachments: None,
            input,
            metadata,
            output: output.into(),
            status: "completed".to_owned(),
            time,
            title: title.into(),
            additional: Default::default(),
        }
    }
}
/// The `ToolStateCompleted.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStateCompletedTime {
    /// The `compacted` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compacted: Option<i64>,
    /// The `end` property.
    pub end: i64,
    /// The `start` property.
    pub start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStateCompletedTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: i64, start: i64) -> Self {
        Self {
            compacted: None,
            end,
            start,
            additional: Default::default(),
        }
    }
}
/// The `ToolStateError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStateError {
    /// The `error` property.
    pub error: String,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"error"`.
    pub status: String,
    /// The `time` property.
    pub time: ToolStateErrorTime,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStateError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        error: impl Into<String>,
        input: serde_json::Map<String, serde_json::Value>,
        time: ToolStateErrorTime,
    ) -> Self {
        Self {
            error: error.into(),
            input,
            metadata: None,
            status: "error".to_owned(),
            time,
            additional: Default::default(),
        }
    }
}
/// The `ToolStateError.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStateErrorTime {
    /// The `end` property.
    pub end: i64,
    /// The `start` property.
    pub start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStateErrorTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(end: i64, start: i64) -> Self {
        Self {
            end,
            start,
            additional: Default::default(),
        }
    }
}
/// The `ToolStatePending` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStatePending {
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `raw` property.
    pub raw: String,
    /// Always `"pending"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStatePending {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        input: serde_json::Map<String, serde_json::Value>,
        raw: impl Into<String>,
    ) -> Self {
        Self {
            input,
            raw: raw.into(),
            status: "pending".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ToolStateRunning` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStateRunning {
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"running"`.
    pub status: String,
    /// The `time` property.
    pub time: ToolStateRunningTime,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStateRunning {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        input: serde_json::Map<String, serde_json::Value>,
        time: ToolStateRunningTime,
    ) -> Self {
        Self {
            input,
            metadata: None,
            status: "running".to_owned(),
            time,
            title: None,
            additional: Default::default(),
        }
    }
}
/// The `ToolStateRunning.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolStateRunningTime {
    /// The `start` property.
    pub start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolStateRunningTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(start: i64) -> Self {
        Self {
            start,
            additional: Default::default(),
        }
    }
}
/// The `UserMessage` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserMessage {
    /// The `agent` property.
    pub agent: String,
    /// The `format` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<OutputFormat>,
    /// The `id` property.
    pub id: String,
    /// The `model` property.
    pub model: UserMessageModel,
    /// Always `"user"`.
    pub role: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `summary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<UserMessageSummary>,
    /// The `system` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The `time` property.
    pub time: UserMessageTime,
    /// The `tools` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<std::collections::BTreeMap<String, bool>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UserMessage {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        id: impl Into<String>,
        model: UserMessageModel,
        session_id: impl Into<String>,
        time: UserMessageTime,
    ) -> Self {
        Self {
            agent: agent.into(),
            format: None,
            id: id.into(),
            model,
            role: "user".to_owned(),
            session_id: session_id.into(),
            summary: None,
            system: None,
            time,
            tools: None,
            additional: Default::default(),
        }
    }
}
/// The `UserMessage.model` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserMessageModel {
    /// The `modelID` property.
    #[serde(rename = "modelID")]
    pub model_id: String,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// The `variant` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UserMessageModel {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(model_id: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            model_id: model_id.into(),
            provider_id: provider_id.into(),
            variant: None,
            additional: Default::default(),
        }
    }
}
/// The `UserMessage.summary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserMessageSummary {
    /// The `body` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The `diffs` property.
    pub diffs: Vec<SnapshotFileDiff>,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UserMessageSummary {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(diffs: Vec<SnapshotFileDiff>) -> Self {
        Self {
            body: None,
            diffs,
            title: None,
            additional: Default::default(),
        }
    }
}
/// The `UserMessage.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserMessageTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UserMessageTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
impl Message {
    /// The `agent` every variant carries (`None` for an unknown variant).
    pub fn agent(&self) -> Option<&str> {
        match self {
            Self::User(v) => Some(&v.agent),
            Self::Assistant(v) => Some(&v.agent),
            Self::Unknown { .. } => None,
        }
    }
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::User(v) => Some(&v.id),
            Self::Assistant(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
    /// The `sessionID` every variant carries (`None` for an unknown variant).
    pub fn session_id(&self) -> Option<&str> {
        match self {
            Self::User(v) => Some(&v.session_id),
            Self::Assistant(v) => Some(&v.session_id),
            Self::Unknown { .. } => None,
        }
    }
}
impl Part {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.id),
            Self::Subtask(v) => Some(&v.id),
            Self::Reasoning(v) => Some(&v.id),
            Self::File(v) => Some(&v.id),
            Self::Tool(v) => Some(&v.id),
            Self::StepStart(v) => Some(&v.id),
            Self::StepFinish(v) => Some(&v.id),
            Self::Snapshot(v) => Some(&v.id),
            Self::Patch(v) => Some(&v.id),
            Self::Agent(v) => Some(&v.id),
            Self::Retry(v) => Some(&v.id),
            Self::Compaction(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
    /// The `messageID` every variant carries (`None` for an unknown variant).
    pub fn message_id(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.message_id),
            Self::Subtask(v) => Some(&v.message_id),
            Self::Reasoning(v) => Some(&v.message_id),
            Self::File(v) => Some(&v.message_id),
            Self::Tool(v) => Some(&v.message_id),
            Self::StepStart(v) => Some(&v.message_id),
            Self::StepFinish(v) => Some(&v.message_id),
            Self::Snapshot(v) => Some(&v.message_id),
            Self::Patch(v) => Some(&v.message_id),
            Self::Agent(v) => Some(&v.message_id),
            Self::Retry(v) => Some(&v.message_id),
            Self::Compaction(v) => Some(&v.message_id),
            Self::Unknown { .. } => None,
        }
    }
    /// The `sessionID` every variant carries (`None` for an unknown variant).
    pub fn session_id(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.session_id),
            Self::Subtask(v) => Some(&v.session_id),
            Self::Reasoning(v) => Some(&v.session_id),
            Self::File(v) => Some(&v.session_id),
            Self::Tool(v) => Some(&v.session_id),
            Self::StepStart(v) => Some(&v.session_id),
            Self::StepFinish(v) => Some(&v.session_id),
            Self::Snapshot(v) => Some(&v.session_id),
            Self::Patch(v) => Some(&v.session_id),
            Self::Agent(v) => Some(&v.session_id),
            Self::Retry(v) => Some(&v.session_id),
            Self::Compaction(v) => Some(&v.session_id),
            Self::Unknown { .. } => None,
        }
    }
}
