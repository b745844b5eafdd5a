//! Types of the `pty` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `Pty` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pty {
    /// The `args` property.
    pub args: Vec<String>,
    /// The `command` property.
    pub command: String,
    /// The `cwd` property.
    pub cwd: String,
    /// The `exitCode` property.
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// The `id` property.
    pub id: String,
    /// The `pid` property.
    pub pid: i64,
    /// The `status` property.
    pub status: PtyStatus,
    /// The `title` property.
    pub title: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Pty {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        args: Vec<String>,
        command: impl Into<String>,
        cwd: impl Into<String>,
        id: impl Into<String>,
        pid: i64,
        status: PtyStatus,
        title: impl Into<String>,
    ) -> Self {
        Self {
            args,
            command: command.into(),
            cwd: cwd.into(),
            exit_code: None,
            id: id.into(),
            pid,
            status,
            title: title.into(),
            additional: Default::default(),
        }
    }
}
/// The `PtyForbiddenError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyForbiddenError {
    /// Always `"PtyForbiddenError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyForbiddenError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "PtyForbiddenError".to_owned(),
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `PtyNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyNotFoundError {
    /// Always `"PtyNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `ptyID` property.
    #[serde(rename = "ptyID")]
    pub pty_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, pty_id: impl Into<String>) -> Self {
        Self {
            tag: "PtyNotFoundError".to_owned(),
            message: message.into(),
            pty_id: pty_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `Pty.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PtyStatus {
    /// The wire value `"running"`.
    Running,
    /// The wire value `"exited"`.
    Exited,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PtyStatus {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["running", "exited"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "running",
            Self::Exited => "exited",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "running" => Self::Running,
            "exited" => Self::Exited,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for PtyStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PtyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PtyStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PtyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `PtyTicketConnectToken` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyTicketConnectToken {
    /// The `expires_in` property.
    pub expires_in: i64,
    /// The `ticket` property.
    pub ticket: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyTicketConnectToken {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(expires_in: i64, ticket: impl Into<String>) -> Self {
        Self {
            expires_in,
            ticket: ticket.into(),
            additional: Default::default(),
        }
    }
}
