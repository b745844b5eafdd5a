//! Types of the `session` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `FileDiff` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileDiff {
    /// The `additions` property.
    pub additions: i64,
    /// The `deletions` property.
    pub deletions: i64,
    /// The `patch` property.
    pub patch: String,
    /// The `path` property.
    pub path: String,
    /// The `status` property.
    pub status: FileDiffStatus,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileDiff {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        additions: i64,
        deletions: i64,
        patch: impl Into<String>,
        path: impl Into<String>,
        status: FileDiffStatus,
    ) -> Self {
        Self {
            additions,
            deletions,
            patch: patch.into(),
            path: path.into(),
            status,
            additional: Default::default(),
        }
    }
}
/// The `FileDiff.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FileDiffStatus {
    /// The wire value `"added"`.
    Added,
    /// The wire value `"modified"`.
    Modified,
    /// The wire value `"deleted"`.
    Deleted,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl FileDiffStatus {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["added", "modified", "deleted"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Added => "added",
            Self::Modified => "modified",
            Self::Deleted => "deleted",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "added" => Self::Added,
            "modified" => Self::Modified,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for FileDiffStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for FileDiffStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FileDiffStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileDiffStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `GlobalSession` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSession {
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The `cost` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    /// The `directory` property.
    pub directory: String,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelRef>,
    /// The `parentID` property.
    #[serde(rename = "parentID", default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// The `path` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The `permission` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<PermissionRuleset>,
    /// The `project` property.
    pub project: Option<ProjectSummary>,
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// The `revert` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revert: Option<GlobalSessionRevert>,
    /// The `share` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<GlobalSessionShare>,
    /// The `slug` property.
    pub slug: String,
    /// The `summary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<GlobalSessionSummary>,
    /// The `time` property.
    pub time: GlobalSessionTime,
    /// The `title` property.
    pub title: String,
    /// The `tokens` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<GlobalSessionTokens>,
    /// The `version` property.
    pub version: String,
    /// The `workspaceID` property.
    #[serde(rename = "workspaceID", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSession {
    /// A value with the required properties set and the optional ones unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        directory: impl Into<String>,
        id: impl Into<String>,
        project: Option<ProjectSummary>,
        project_id: impl Into<String>,
        slug: impl Into<String>,
        time: GlobalSessionTime,
        title: impl Into<String>,
        version: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            cost: None,
            directory: directory.into(),
            id: id.into(),
            metadata: None,
            model: None,
            parent_id: None,
            path: None,
            permission: None,
            project,
            project_id: project_id.into(),
            revert: None,
            share: None,
            slug: slug.into(),
            summary: None,
            time,
            title: title.into(),
            tokens: None,
            version: version.into(),
            workspace_id: None,
            additional: Default::default(),
        }
    }
}
/// The `GlobalSession.revert` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSessionRevert {
    /// The `diff` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `partID` property.
    #[serde(rename = "partID", default, skip_serializing_if = "Option::is_none")]
    pub part_id: Option<String>,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSessionRevert {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message_id: impl Into<String>) -> Self {
        Self {
            diff: None,
            message_id: message_id.into(),
            part_id: None,
            snapshot: None,
            additional: Default::default(),
        }
    }
}
/// The `GlobalSession.share` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSessionShare {
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSessionShare {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `GlobalSession.summary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSessionSummary {
    /// The `additions` property.
    pub additions: f64,
    /// The `deletions` property.
    pub deletions: f64,
    /// The `diffs` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diffs: Option<Vec<SnapshotFileDiff>>,
    /// The `files` property.
    pub files: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSessionSummary {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(additions: f64, deletions: f64, files: f64) -> Self {
        Self {
            additions,
            deletions,
            diffs: None,
            files,
            additional: Default::default(),
        }
    }
}
/// The `GlobalSession.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSessionTime {
    /// The `archived` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<f64>,
    /// The `compacting` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compacting: Option<i64>,
    /// The `created` property.
    pub created: i64,
    /// The `updated` property.
    pub updated: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSessionTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: i64, updated: i64) -> Self {
        Self {
            archived: None,
            compacting: None,
            created,
            updated,
            additional: Default::default(),
        }
    }
}
/// The `GlobalSession.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSessionTokens {
    /// The `cache` property.
    pub cache: GlobalSessionTokensCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `reasoning` property.
    pub reasoning: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSessionTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: GlobalSessionTokensCache,
        input: f64,
        output: f64,
        reasoning: f64,
    ) -> Self {
        Self {
            cache,
            input,
            output,
            reasoning,
            additional: Default::default(),
        }
    }
}
/// The `GlobalSession.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalSessionTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalSessionTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `MoveSessionDestination` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MoveSessionDestination {
    /// The `directory` property.
    pub directory: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MoveSessionDestination {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            additional: Default::default(),
        }
    }
}
/// The `MoveSessionError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MoveSessionError {
    /// The `data` property.
    pub data: MoveSessionErrorData,
    /// Always `"MoveSessionError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MoveSessionError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MoveSessionErrorData) -> Self {
        Self {
            data,
            name: "MoveSessionError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MoveSessionError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MoveSessionErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MoveSessionErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `RevertState` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RevertState {
    /// The `diff` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<FileDiff>>,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `partID` property.
    #[serde(rename = "partID", default, skip_serializing_if = "Option::is_none")]
    pub part_id: Option<String>,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl RevertState {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message_id: impl Into<String>) -> Self {
        Self {
            diff: None,
            files: None,
            message_id: message_id.into(),
            part_id: None,
            snapshot: None,
            additional: Default::default(),
        }
    }
}
/// The `Session` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Session {
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The `cost` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    /// The `directory` property.
    pub directory: String,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelRef>,
    /// The `parentID` property.
    #[serde(rename = "parentID", default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// The `path` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The `permission` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<PermissionRuleset>,
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// The `revert` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revert: Option<SessionRevert>,
    /// The `share` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<SessionShare>,
    /// The `slug` property.
    pub slug: String,
    /// The `summary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<SessionSummary>,
    /// The `time` property.
    pub time: SessionTime,
    /// The `title` property.
    pub title: String,
    /// The `tokens` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<SessionTokens>,
    /// The `version` property.
    pub version: String,
    /// The `workspaceID` property.
    #[serde(rename = "workspaceID", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Session {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        directory: impl Into<String>,
        id: impl Into<String>,
        project_id: impl Into<String>,
        slug: impl Into<String>,
        time: SessionTime,
        title: impl Into<String>,
        version: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            cost: None,
            directory: directory.into(),
            id: id.into(),
            metadata: None,
            model: None,
            parent_id: None,
            path: None,
            permission: None,
            project_id: project_id.into(),
            revert: None,
            share: None,
            slug: slug.into(),
            summary: None,
            time,
            title: title.into(),
            tokens: None,
            version: version.into(),
            workspace_id: None,
            additional: Default::default(),
        }
    }
}
/// The `SessionBusyError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionBusyError {
    /// Always `"SessionBusyError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionBusyError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            tag: "SessionBusyError".to_owned(),
            message: message.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNotFoundError {
    /// Always `"SessionNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            tag: "SessionNotFoundError".to_owned(),
            message: message.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `Session.revert` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionRevert {
    /// The `diff` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `partID` property.
    #[serde(rename = "partID", default, skip_serializing_if = "Option::is_none")]
    pub part_id: Option<String>,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionRevert {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message_id: impl Into<String>) -> Self {
        Self {
            diff: None,
            message_id: message_id.into(),
            part_id: None,
            snapshot: None,
            additional: Default::default(),
        }
    }
}
/// The `Session.share` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionShare {
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionShare {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionStatus` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionStatus {
    /// `type` = `"idle"`.
    Idle(SessionStatusIdle),
    /// `type` = `"retry"`.
    Retry(SessionStatusRetry),
    /// `type` = `"busy"`.
    Busy(SessionStatusBusy),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SessionStatus {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["idle", "retry", "busy"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Idle(_) => "idle",
            Self::Retry(_) => "retry",
            Self::Busy(_) => "busy",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for SessionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "SessionStatus")?;
        Ok(
            match &*kind {
                "idle" => {
                    Self::Idle(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionStatus", "idle")?,
                    )
                }
                "retry" => {
                    Self::Retry(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionStatus", "retry")?,
                    )
                }
                "busy" => {
                    Self::Busy(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionStatus", "busy")?,
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
impl serde::Serialize for SessionStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Idle(v) => v.serialize(s),
            Self::Retry(v) => v.serialize(s),
            Self::Busy(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<SessionStatusIdle> for SessionStatus {
    fn from(v: SessionStatusIdle) -> Self {
        Self::Idle(v)
    }
}
impl From<SessionStatusRetry> for SessionStatus {
    fn from(v: SessionStatusRetry) -> Self {
        Self::Retry(v)
    }
}
impl From<SessionStatusBusy> for SessionStatus {
    fn from(v: SessionStatusBusy) -> Self {
        Self::Busy(v)
    }
}
/// The `SessionStatus\[busy\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusBusy {
    /// Always `"busy"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusBusy {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            type_: "busy".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for SessionStatusBusy {
    fn default() -> Self {
        Self::new()
    }
}
/// The `SessionStatus\[idle\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusIdle {
    /// Always `"idle"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusIdle {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            type_: "idle".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for SessionStatusIdle {
    fn default() -> Self {
        Self::new()
    }
}
/// The `SessionStatus\[retry\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusRetry {
    /// The `action` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<SessionStatusRetryAction>,
    /// The `attempt` property.
    pub attempt: i64,
    /// The `message` property.
    pub message: String,
    /// The `next` property.
    pub next: i64,
    /// Always `"retry"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusRetry {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(attempt: i64, message: impl Into<String>, next: i64) -> Self {
        Self {
            action: None,
            attempt,
            message: message.into(),
            next,
            type_: "retry".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionStatus\[retry\].action` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusRetryAction {
    /// The `label` property.
    pub label: String,
    /// The `link` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The `message` property.
    pub message: String,
    /// The `provider` property.
    pub provider: String,
    /// The `reason` property.
    pub reason: String,
    /// The `title` property.
    pub title: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusRetryAction {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        label: impl Into<String>,
        message: impl Into<String>,
        provider: impl Into<String>,
        reason: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            label: label.into(),
            link: None,
            message: message.into(),
            provider: provider.into(),
            reason: reason.into(),
            title: title.into(),
            additional: Default::default(),
        }
    }
}
/// The `Session.summary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionSummary {
    /// The `additions` property.
    pub additions: f64,
    /// The `deletions` property.
    pub deletions: f64,
    /// The `diffs` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diffs: Option<Vec<SnapshotFileDiff>>,
    /// The `files` property.
    pub files: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionSummary {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(additions: f64, deletions: f64, files: f64) -> Self {
        Self {
            additions,
            deletions,
            diffs: None,
            files,
            additional: Default::default(),
        }
    }
}
/// The `Session.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionTime {
    /// The `archived` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<f64>,
    /// The `compacting` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compacting: Option<i64>,
    /// The `created` property.
    pub created: i64,
    /// The `updated` property.
    pub updated: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: i64, updated: i64) -> Self {
        Self {
            archived: None,
            compacting: None,
            created,
            updated,
            additional: Default::default(),
        }
    }
}
/// The `Session.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionTokens {
    /// The `cache` property.
    pub cache: SessionTokensCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `reasoning` property.
    pub reasoning: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: SessionTokensCache,
        input: f64,
        output: f64,
        reasoning: f64,
    ) -> Self {
        Self {
            cache,
            input,
            output,
            reasoning,
            additional: Default::default(),
        }
    }
}
/// The `Session.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `SnapshotFileDiff` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SnapshotFileDiff {
    /// The `additions` property.
    pub additions: f64,
    /// The `deletions` property.
    pub deletions: f64,
    /// The `file` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The `patch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch: Option<String>,
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SnapshotFileDiffStatus>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SnapshotFileDiff {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(additions: f64, deletions: f64) -> Self {
        Self {
            additions,
            deletions,
            file: None,
            patch: None,
            status: None,
            additional: Default::default(),
        }
    }
}
/// The `SnapshotFileDiff.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SnapshotFileDiffStatus {
    /// The wire value `"added"`.
    Added,
    /// The wire value `"deleted"`.
    Deleted,
    /// The wire value `"modified"`.
    Modified,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SnapshotFileDiffStatus {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["added", "deleted", "modified"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Added => "added",
            Self::Deleted => "deleted",
            Self::Modified => "modified",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "added" => Self::Added,
            "deleted" => Self::Deleted,
            "modified" => Self::Modified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for SnapshotFileDiffStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SnapshotFileDiffStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SnapshotFileDiffStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SnapshotFileDiffStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Todo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Todo {
    /// Brief description of the task
    pub content: String,
    /// Priority level of the task: high, medium, low
    pub priority: String,
    /// Current status of the task: pending, in_progress, completed, cancelled
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Todo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        content: impl Into<String>,
        priority: impl Into<String>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            priority: priority.into(),
            status: status.into(),
            additional: Default::default(),
        }
    }
}
