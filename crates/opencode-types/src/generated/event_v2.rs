//! Types of the `event_v2` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `CatalogUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CatalogUpdated {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<CatalogUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"catalog.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CatalogUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "catalog.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `CatalogUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CatalogUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CatalogUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `CommandExecuted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommandExecuted {
    /// The `data` property.
    pub data: CommandExecutedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<CommandExecutedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"command.executed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CommandExecuted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: CommandExecutedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "command.executed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `CommandExecuted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommandExecutedData {
    /// The `arguments` property.
    pub arguments: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `name` property.
    pub name: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CommandExecutedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        arguments: impl Into<String>,
        message_id: impl Into<String>,
        name: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            arguments: arguments.into(),
            message_id: message_id.into(),
            name: name.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `CommandExecuted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommandExecutedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CommandExecutedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `FileEdited` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileEdited {
    /// The `data` property.
    pub data: FileEditedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<FileEditedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"file.edited"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileEdited {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: FileEditedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "file.edited".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `FileEdited.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileEditedData {
    /// The `file` property.
    pub file: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileEditedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(file: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            additional: Default::default(),
        }
    }
}
/// The `FileEdited.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileEditedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileEditedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `FileWatcherUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileWatcherUpdated {
    /// The `data` property.
    pub data: FileWatcherUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<FileWatcherUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"file.watcher.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileWatcherUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: FileWatcherUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "file.watcher.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `FileWatcherUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileWatcherUpdatedData {
    /// The `event` property.
    pub event: FileWatcherUpdatedDataEvent,
    /// The `file` property.
    pub file: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileWatcherUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(event: FileWatcherUpdatedDataEvent, file: impl Into<String>) -> Self {
        Self {
            event,
            file: file.into(),
            additional: Default::default(),
        }
    }
}
/// The `FileWatcherUpdated.data.event` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FileWatcherUpdatedDataEvent {
    /// The wire value `"add"`.
    Add,
    /// The wire value `"change"`.
    Change,
    /// The wire value `"unlink"`.
    Unlink,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl FileWatcherUpdatedDataEvent {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["add", "change", "unlink"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Change => "change",
            Self::Unlink => "unlink",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "add" => Self::Add,
            "change" => Self::Change,
            "unlink" => Self::Unlink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for FileWatcherUpdatedDataEvent {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for FileWatcherUpdatedDataEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FileWatcherUpdatedDataEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileWatcherUpdatedDataEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `FileWatcherUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileWatcherUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileWatcherUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `GlobalDisposed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalDisposed {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<GlobalDisposedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"global.disposed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalDisposed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "global.disposed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `GlobalDisposed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GlobalDisposedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl GlobalDisposedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `InstallationUpdate-available` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallationUpdateAvailable {
    /// The `data` property.
    pub data: InstallationUpdateAvailableData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<InstallationUpdateAvailableDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"installation.update-available"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InstallationUpdateAvailable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: InstallationUpdateAvailableData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "installation.update-available".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `InstallationUpdate-available.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallationUpdateAvailableData {
    /// The `version` property.
    pub version: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InstallationUpdateAvailableData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(version: impl Into<String>) -> Self {
        Self {
            version: version.into(),
            additional: Default::default(),
        }
    }
}
/// The `InstallationUpdate-available.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallationUpdateAvailableDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InstallationUpdateAvailableDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `InstallationUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallationUpdated {
    /// The `data` property.
    pub data: InstallationUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<InstallationUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"installation.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InstallationUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: InstallationUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "installation.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `InstallationUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallationUpdatedData {
    /// The `version` property.
    pub version: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InstallationUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(version: impl Into<String>) -> Self {
        Self {
            version: version.into(),
            additional: Default::default(),
        }
    }
}
/// The `InstallationUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InstallationUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InstallationUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationConnectionUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationConnectionUpdated {
    /// The `data` property.
    pub data: IntegrationConnectionUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<IntegrationConnectionUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"integration.connection.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationConnectionUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: IntegrationConnectionUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "integration.connection.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationConnectionUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationConnectionUpdatedData {
    /// The `integrationID` property.
    #[serde(rename = "integrationID")]
    pub integration_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationConnectionUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(integration_id: impl Into<String>) -> Self {
        Self {
            integration_id: integration_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationConnectionUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationConnectionUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationConnectionUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationUpdated {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<IntegrationUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"integration.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "integration.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `LspUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LspUpdated {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<LspUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"lsp.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl LspUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "lsp.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `LspUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LspUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl LspUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `McpBrowserOpenFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpBrowserOpenFailed {
    /// The `data` property.
    pub data: McpBrowserOpenFailedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<McpBrowserOpenFailedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"mcp.browser.open.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpBrowserOpenFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: McpBrowserOpenFailedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "mcp.browser.open.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `McpBrowserOpenFailed.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpBrowserOpenFailedData {
    /// The `mcpName` property.
    #[serde(rename = "mcpName")]
    pub mcp_name: String,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpBrowserOpenFailedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(mcp_name: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            mcp_name: mcp_name.into(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `McpBrowserOpenFailed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpBrowserOpenFailedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpBrowserOpenFailedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `McpToolsChanged` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpToolsChanged {
    /// The `data` property.
    pub data: McpToolsChangedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<McpToolsChangedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"mcp.tools.changed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpToolsChanged {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: McpToolsChangedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "mcp.tools.changed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `McpToolsChanged.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpToolsChangedData {
    /// The `server` property.
    pub server: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpToolsChangedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(server: impl Into<String>) -> Self {
        Self {
            server: server.into(),
            additional: Default::default(),
        }
    }
}
/// The `McpToolsChanged.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpToolsChangedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpToolsChangedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `MessagePartDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartDelta {
    /// The `data` property.
    pub data: MessagePartDeltaData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<MessagePartDeltaDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"message.part.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MessagePartDeltaData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "message.part.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MessagePartDelta.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartDeltaData {
    /// The `delta` property.
    pub delta: String,
    /// The `field` property.
    pub field: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `partID` property.
    #[serde(rename = "partID")]
    pub part_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartDeltaData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delta: impl Into<String>,
        field: impl Into<String>,
        message_id: impl Into<String>,
        part_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            delta: delta.into(),
            field: field.into(),
            message_id: message_id.into(),
            part_id: part_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `MessagePartDelta.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartDeltaDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartDeltaDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `MessagePartRemoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartRemoved {
    /// The `data` property.
    pub data: MessagePartRemovedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<MessagePartRemovedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"message.part.removed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartRemoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MessagePartRemovedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "message.part.removed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MessagePartRemoved.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartRemovedData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `partID` property.
    #[serde(rename = "partID")]
    pub part_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartRemovedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        part_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            part_id: part_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `MessagePartRemoved.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartRemovedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartRemovedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `MessagePartUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartUpdated {
    /// The `data` property.
    pub data: MessagePartUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<MessagePartUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"message.part.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MessagePartUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "message.part.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MessagePartUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartUpdatedData {
    /// The `part` property.
    pub part: Part,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `time` property.
    pub time: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(part: Part, session_id: impl Into<String>, time: f64) -> Self {
        Self {
            part,
            session_id: session_id.into(),
            time,
            additional: Default::default(),
        }
    }
}
/// The `MessagePartUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessagePartUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessagePartUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `MessageRemoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageRemoved {
    /// The `data` property.
    pub data: MessageRemovedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<MessageRemovedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"message.removed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageRemoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MessageRemovedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "message.removed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MessageRemoved.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageRemovedData {
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
impl MessageRemovedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `MessageRemoved.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageRemovedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageRemovedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `MessageUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageUpdated {
    /// The `data` property.
    pub data: MessageUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<MessageUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"message.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MessageUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "message.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MessageUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageUpdatedData {
    /// The `info` property.
    pub info: Message,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Message, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `MessageUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `Models-devRefreshed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelsDevRefreshed {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<ModelsDevRefreshedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"models-dev.refreshed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelsDevRefreshed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "models-dev.refreshed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Models-devRefreshed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelsDevRefreshedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelsDevRefreshedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PermissionAsked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionAsked {
    /// The `data` property.
    pub data: PermissionRequest,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PermissionAskedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"permission.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionAsked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PermissionRequest, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "permission.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionAsked.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionAskedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionAskedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PermissionReplied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionReplied {
    /// The `data` property.
    pub data: PermissionRepliedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PermissionRepliedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"permission.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionReplied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PermissionRepliedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "permission.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionReplied.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionRepliedData {
    /// The `reply` property.
    pub reply: PermissionRepliedDataReply,
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
impl PermissionRepliedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        reply: PermissionRepliedDataReply,
        request_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            reply,
            request_id: request_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionReplied.data.reply` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PermissionRepliedDataReply {
    /// The wire value `"once"`.
    Once,
    /// The wire value `"always"`.
    Always,
    /// The wire value `"reject"`.
    Reject,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PermissionRepliedDataReply {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["once", "always", "reject"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Once => "once",
            Self::Always => "always",
            Self::Reject => "reject",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "once" => Self::Once,
            "always" => Self::Always,
            "reject" => Self::Reject,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for PermissionRepliedDataReply {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PermissionRepliedDataReply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PermissionRepliedDataReply {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PermissionRepliedDataReply {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `PermissionReplied.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionRepliedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionRepliedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Asked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2Asked {
    /// The `data` property.
    pub data: PermissionV2Request,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PermissionV2AskedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"permission.v2.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2Asked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PermissionV2Request, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "permission.v2.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Asked.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2AskedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2AskedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Replied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2Replied {
    /// The `data` property.
    pub data: PermissionV2RepliedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PermissionV2RepliedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"permission.v2.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2Replied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PermissionV2RepliedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "permission.v2.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Replied.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2RepliedData {
    /// The `reply` property.
    pub reply: PermissionV2Reply,
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
impl PermissionV2RepliedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        reply: PermissionV2Reply,
        request_id: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            reply,
            request_id: request_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Replied.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2RepliedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2RepliedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PluginAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PluginAdded {
    /// The `data` property.
    pub data: PluginAddedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PluginAddedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"plugin.added"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PluginAdded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PluginAddedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "plugin.added".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PluginAdded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PluginAddedData {
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PluginAddedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `PluginAdded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PluginAddedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PluginAddedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `ProjectDirectoriesUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectDirectoriesUpdated {
    /// The `data` property.
    pub data: ProjectDirectoriesUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<ProjectDirectoriesUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"project.directories.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectDirectoriesUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: ProjectDirectoriesUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "project.directories.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectDirectoriesUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectDirectoriesUpdatedData {
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectDirectoriesUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(project_id: impl Into<String>) -> Self {
        Self {
            project_id: project_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectDirectoriesUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectDirectoriesUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectDirectoriesUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `ProjectUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectUpdated {
    /// The `data` property.
    pub data: Project,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<ProjectUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"project.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: Project, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "project.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PtyCreated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyCreated {
    /// The `data` property.
    pub data: PtyCreatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PtyCreatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"pty.created"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyCreated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PtyCreatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "pty.created".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PtyCreated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyCreatedData {
    /// The `info` property.
    pub info: Pty,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyCreatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Pty) -> Self {
        Self {
            info,
            additional: Default::default(),
        }
    }
}
/// The `PtyCreated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyCreatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyCreatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PtyDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyDeleted {
    /// The `data` property.
    pub data: PtyDeletedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PtyDeletedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"pty.deleted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyDeleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PtyDeletedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "pty.deleted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PtyDeleted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyDeletedData {
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyDeletedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `PtyDeleted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyDeletedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyDeletedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PtyExited` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyExited {
    /// The `data` property.
    pub data: PtyExitedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PtyExitedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"pty.exited"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyExited {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PtyExitedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "pty.exited".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PtyExited.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyExitedData {
    /// The `exitCode` property.
    #[serde(rename = "exitCode")]
    pub exit_code: i64,
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyExitedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(exit_code: i64, id: impl Into<String>) -> Self {
        Self {
            exit_code,
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `PtyExited.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyExitedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyExitedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `PtyUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyUpdated {
    /// The `data` property.
    pub data: PtyUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<PtyUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"pty.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: PtyUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "pty.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PtyUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyUpdatedData {
    /// The `info` property.
    pub info: Pty,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Pty) -> Self {
        Self {
            info,
            additional: Default::default(),
        }
    }
}
/// The `PtyUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PtyUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PtyUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `QuestionAsked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionAsked {
    /// The `data` property.
    pub data: QuestionRequest,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<QuestionAskedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"question.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionAsked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: QuestionRequest, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "question.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionAsked.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionAskedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionAskedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `question.rejected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionRejectedV2 {
    /// The `data` property.
    pub data: QuestionRejected,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<QuestionRejectedV2Durable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"question.rejected"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionRejectedV2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: QuestionRejected, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "question.rejected".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `question.rejected.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionRejectedV2Durable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionRejectedV2Durable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `question.replied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionRepliedV2 {
    /// The `data` property.
    pub data: QuestionReplied,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<QuestionRepliedV2Durable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"question.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionRepliedV2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: QuestionReplied, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "question.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `question.replied.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionRepliedV2Durable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionRepliedV2Durable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Asked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Asked {
    /// The `data` property.
    pub data: QuestionV2Request,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<QuestionV2AskedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"question.v2.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Asked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: QuestionV2Request, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "question.v2.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Asked.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2AskedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2AskedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Rejected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Rejected {
    /// The `data` property.
    pub data: QuestionRejected,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<QuestionV2RejectedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"question.v2.rejected"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Rejected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: QuestionRejected, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "question.v2.rejected".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Rejected.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2RejectedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2RejectedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Replied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2Replied {
    /// The `data` property.
    pub data: QuestionV2RepliedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<QuestionV2RepliedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"question.v2.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2Replied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: QuestionV2RepliedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "question.v2.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `QuestionV2Replied.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2RepliedData {
    /// The `answers` property.
    pub answers: Vec<QuestionV2Answer>,
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
impl QuestionV2RepliedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        answers: Vec<QuestionV2Answer>,
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
/// The `QuestionV2Replied.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QuestionV2RepliedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl QuestionV2RepliedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `ReferenceUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceUpdated {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<ReferenceUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"reference.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReferenceUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "reference.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ReferenceUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReferenceUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `ServerConnected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServerConnected {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<ServerConnectedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"server.connected"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ServerConnected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        data: serde_json::Map<String, serde_json::Value>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "server.connected".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ServerConnected.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServerConnectedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ServerConnectedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionCompacted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionCompacted {
    /// The `data` property.
    pub data: SessionCompactedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionCompactedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.compacted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionCompacted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionCompactedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.compacted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionCompacted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionCompactedData {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionCompactedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionCompacted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionCompactedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionCompactedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionCreated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionCreated {
    /// The `data` property.
    pub data: SessionCreatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionCreatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.created"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionCreated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionCreatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.created".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionCreated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionCreatedData {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionCreatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionCreated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionCreatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionCreatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionDeleted {
    /// The `data` property.
    pub data: SessionDeletedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionDeletedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.deleted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionDeleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionDeletedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.deleted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionDeleted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionDeletedData {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionDeletedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionDeleted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionDeletedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionDeletedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionDiff` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionDiff {
    /// The `data` property.
    pub data: SessionDiffData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionDiffDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.diff"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionDiff {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionDiffData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.diff".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionDiff.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionDiffData {
    /// The `diff` property.
    pub diff: Vec<SnapshotFileDiff>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionDiffData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(diff: Vec<SnapshotFileDiff>, session_id: impl Into<String>) -> Self {
        Self {
            diff,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionDiff.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionDiffDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionDiffDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionError {
    /// The `data` property.
    pub data: SessionErrorData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionErrorDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.error"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionErrorData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.error".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionErrorData {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<SessionErrorDataError>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            error: None,
            session_id: None,
            additional: Default::default(),
        }
    }
}
impl Default for SessionErrorData {
    fn default() -> Self {
        Self::new()
    }
}
/// The `SessionError.data.error` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionErrorDataError {
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
impl SessionErrorDataError {
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
impl<'de> serde::Deserialize<'de> for SessionErrorDataError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["name"], "SessionErrorDataError")?;
        Ok(
            match &*kind {
                "ProviderAuthError" => {
                    Self::ProviderAuthError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "ProviderAuthError")?,
                    )
                }
                "UnknownError" => {
                    Self::UnknownError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "UnknownError")?,
                    )
                }
                "MessageOutputLengthError" => {
                    Self::MessageOutputLengthError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "MessageOutputLengthError")?,
                    )
                }
                "MessageAbortedError" => {
                    Self::MessageAbortedError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "MessageAbortedError")?,
                    )
                }
                "StructuredOutputError" => {
                    Self::StructuredOutputError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "StructuredOutputError")?,
                    )
                }
                "ContextOverflowError" => {
                    Self::ContextOverflowError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "ContextOverflowError")?,
                    )
                }
                "ContentFilterError" => {
                    Self::ContentFilterError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "ContentFilterError")?,
                    )
                }
                "APIError" => {
                    Self::ApiError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionErrorDataError", "APIError")?,
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
impl serde::Serialize for SessionErrorDataError {
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
impl From<ProviderAuthError> for SessionErrorDataError {
    fn from(v: ProviderAuthError) -> Self {
        Self::ProviderAuthError(v)
    }
}
impl From<UnknownError> for SessionErrorDataError {
    fn from(v: UnknownError) -> Self {
        Self::UnknownError(v)
    }
}
impl From<MessageOutputLengthError> for SessionErrorDataError {
    fn from(v: MessageOutputLengthError) -> Self {
        Self::MessageOutputLengthError(v)
    }
}
impl From<MessageAbortedError> for SessionErrorDataError {
    fn from(v: MessageAbortedError) -> Self {
        Self::MessageAbortedError(v)
    }
}
impl From<StructuredOutputError> for SessionErrorDataError {
    fn from(v: StructuredOutputError) -> Self {
        Self::StructuredOutputError(v)
    }
}
impl From<ContextOverflowError> for SessionErrorDataError {
    fn from(v: ContextOverflowError) -> Self {
        Self::ContextOverflowError(v)
    }
}
impl From<ContentFilterError> for SessionErrorDataError {
    fn from(v: ContentFilterError) -> Self {
        Self::ContentFilterError(v)
    }
}
impl From<APIError> for SessionErrorDataError {
    fn from(v: APIError) -> Self {
        Self::ApiError(v)
    }
}
/// The `SessionError.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionErrorDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionErrorDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionIdle` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionIdle {
    /// The `data` property.
    pub data: SessionIdleData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionIdleDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.idle"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionIdle {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionIdleData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.idle".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionIdle.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionIdleData {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionIdleData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionIdle.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionIdleDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionIdleDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextAgentSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextAgentSwitched {
    /// The `data` property.
    pub data: SessionNextAgentSwitchedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextAgentSwitchedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.agent.switched"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextAgentSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextAgentSwitchedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.agent.switched".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextAgentSwitched.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextAgentSwitchedData {
    /// The `agent` property.
    pub agent: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextAgentSwitchedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            agent: agent.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextAgentSwitched.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextAgentSwitchedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextAgentSwitchedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionDelta {
    /// The `data` property.
    pub data: SessionNextCompactionDeltaData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextCompactionDeltaDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.compaction.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextCompactionDeltaData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.compaction.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionDelta.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionDeltaData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionDeltaData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            text: text.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionDelta.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionDeltaDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionDeltaDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionEnded {
    /// The `data` property.
    pub data: SessionNextCompactionEndedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextCompactionEndedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.compaction.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextCompactionEndedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.compaction.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionEnded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionEndedData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: SessionNextCompactionEndedDataReason,
    /// The `recent` property.
    pub recent: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionEndedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        reason: SessionNextCompactionEndedDataReason,
        recent: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            reason,
            recent: recent.into(),
            session_id: session_id.into(),
            text: text.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionEnded.data.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionNextCompactionEndedDataReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SessionNextCompactionEndedDataReason {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["auto", "manual"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Manual => "manual",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "auto" => Self::Auto,
            "manual" => Self::Manual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for SessionNextCompactionEndedDataReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SessionNextCompactionEndedDataReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SessionNextCompactionEndedDataReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionNextCompactionEndedDataReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SessionNextCompactionEnded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionEndedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionEndedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionStarted {
    /// The `data` property.
    pub data: SessionNextCompactionStartedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextCompactionStartedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.compaction.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextCompactionStartedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.compaction.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionStarted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionStartedData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: SessionNextCompactionStartedDataReason,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionStartedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        reason: SessionNextCompactionStartedDataReason,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            reason,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextCompactionStarted.data.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionNextCompactionStartedDataReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SessionNextCompactionStartedDataReason {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["auto", "manual"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Manual => "manual",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "auto" => Self::Auto,
            "manual" => Self::Manual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for SessionNextCompactionStartedDataReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SessionNextCompactionStartedDataReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SessionNextCompactionStartedDataReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionNextCompactionStartedDataReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SessionNextCompactionStarted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextCompactionStartedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextCompactionStartedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextContextUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextContextUpdated {
    /// The `data` property.
    pub data: SessionNextContextUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextContextUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.context.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextContextUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextContextUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.context.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextContextUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextContextUpdatedData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextContextUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            text: text.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextContextUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextContextUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextContextUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextModelSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextModelSwitched {
    /// The `data` property.
    pub data: SessionNextModelSwitchedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextModelSwitchedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.model.switched"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextModelSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextModelSwitchedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.model.switched".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextModelSwitched.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextModelSwitchedData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `model` property.
    pub model: ModelRef,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextModelSwitchedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        model: ModelRef,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            model,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextModelSwitched.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextModelSwitchedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextModelSwitchedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextMoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextMoved {
    /// The `data` property.
    pub data: SessionNextMovedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextMovedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.moved"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextMoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextMovedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.moved".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextMoved.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextMovedData {
    /// The `location` property.
    pub location: LocationRef,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `subdirectory` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdirectory: Option<String>,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextMovedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        location: LocationRef,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            location,
            session_id: session_id.into(),
            subdirectory: None,
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextMoved.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextMovedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextMovedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextPromptAdmitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextPromptAdmitted {
    /// The `data` property.
    pub data: SessionNextPromptAdmittedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextPromptAdmittedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.prompt.admitted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextPromptAdmitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextPromptAdmittedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.prompt.admitted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextPromptAdmitted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextPromptAdmittedData {
    /// The `delivery` property.
    pub delivery: SessionNextPromptAdmittedDataDelivery,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `prompt` property.
    pub prompt: Prompt,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextPromptAdmittedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delivery: SessionNextPromptAdmittedDataDelivery,
        message_id: impl Into<String>,
        prompt: Prompt,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            delivery,
            message_id: message_id.into(),
            prompt,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextPromptAdmitted.data.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionNextPromptAdmittedDataDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SessionNextPromptAdmittedDataDelivery {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["steer", "queue"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Steer => "steer",
            Self::Queue => "queue",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "steer" => Self::Steer,
            "queue" => Self::Queue,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for SessionNextPromptAdmittedDataDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SessionNextPromptAdmittedDataDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SessionNextPromptAdmittedDataDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionNextPromptAdmittedDataDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SessionNextPromptAdmitted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextPromptAdmittedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextPromptAdmittedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextPrompted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextPrompted {
    /// The `data` property.
    pub data: SessionNextPromptedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextPromptedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.prompted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextPrompted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextPromptedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.prompted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextPrompted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextPromptedData {
    /// The `delivery` property.
    pub delivery: SessionNextPromptedDataDelivery,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `prompt` property.
    pub prompt: Prompt,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextPromptedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delivery: SessionNextPromptedDataDelivery,
        message_id: impl Into<String>,
        prompt: Prompt,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            delivery,
            message_id: message_id.into(),
            prompt,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextPrompted.data.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionNextPromptedDataDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SessionNextPromptedDataDelivery {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["steer", "queue"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Steer => "steer",
            Self::Queue => "queue",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "steer" => Self::Steer,
            "queue" => Self::Queue,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for SessionNextPromptedDataDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SessionNextPromptedDataDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SessionNextPromptedDataDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionNextPromptedDataDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SessionNextPrompted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextPromptedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextPromptedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningDelta {
    /// The `data` property.
    pub data: SessionNextReasoningDeltaData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextReasoningDeltaDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.reasoning.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextReasoningDeltaData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.reasoning.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningDelta.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningDeltaData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `delta` property.
    pub delta: String,
    /// The `reasoningID` property.
    #[serde(rename = "reasoningID")]
    pub reasoning_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningDeltaData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        delta: impl Into<String>,
        reasoning_id: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            delta: delta.into(),
            reasoning_id: reasoning_id.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningDelta.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningDeltaDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningDeltaDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningEnded {
    /// The `data` property.
    pub data: SessionNextReasoningEndedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextReasoningEndedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.reasoning.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextReasoningEndedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.reasoning.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningEnded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningEndedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `providerMetadata` property.
    #[serde(
        rename = "providerMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provider_metadata: Option<LLMProviderMetadata>,
    /// The `reasoningID` property.
    #[serde(rename = "reasoningID")]
    pub reasoning_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningEndedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        reasoning_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            provider_metadata: None,
            reasoning_id: reasoning_id.into(),
            session_id: session_id.into(),
            text: text.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningEnded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningEndedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningEndedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningStarted {
    /// The `data` property.
    pub data: SessionNextReasoningStartedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextReasoningStartedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.reasoning.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextReasoningStartedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.reasoning.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningStarted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningStartedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `providerMetadata` property.
    #[serde(
        rename = "providerMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provider_metadata: Option<LLMProviderMetadata>,
    /// The `reasoningID` property.
    #[serde(rename = "reasoningID")]
    pub reasoning_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningStartedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        reasoning_id: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            provider_metadata: None,
            reasoning_id: reasoning_id.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextReasoningStarted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextReasoningStartedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextReasoningStartedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRetried` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRetried {
    /// The `data` property.
    pub data: SessionNextRetriedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextRetriedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.retried"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRetried {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextRetriedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.retried".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRetried.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRetriedData {
    /// The `attempt` property.
    pub attempt: f64,
    /// The `error` property.
    pub error: SessionNextRetryError,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRetriedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        attempt: f64,
        error: SessionNextRetryError,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            attempt,
            error,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRetried.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRetriedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRetriedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertCleared` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertCleared {
    /// The `data` property.
    pub data: SessionNextRevertClearedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextRevertClearedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.revert.cleared"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertCleared {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextRevertClearedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.revert.cleared".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertCleared.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertClearedData {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertClearedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, timestamp: f64) -> Self {
        Self {
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertCleared.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertClearedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertClearedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertCommitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertCommitted {
    /// The `data` property.
    pub data: SessionNextRevertCommittedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextRevertCommittedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.revert.committed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertCommitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextRevertCommittedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.revert.committed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertCommitted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertCommittedData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertCommittedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertCommitted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertCommittedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertCommittedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertStaged` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertStaged {
    /// The `data` property.
    pub data: SessionNextRevertStagedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextRevertStagedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.revert.staged"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertStaged {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextRevertStagedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.revert.staged".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertStaged.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertStagedData {
    /// The `revert` property.
    pub revert: RevertState,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertStagedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        revert: RevertState,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            revert,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextRevertStaged.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRevertStagedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRevertStagedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextShellEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextShellEnded {
    /// The `data` property.
    pub data: SessionNextShellEndedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextShellEndedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.shell.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextShellEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextShellEndedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.shell.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextShellEnded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextShellEndedData {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `output` property.
    pub output: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextShellEndedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            output: output.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextShellEnded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextShellEndedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextShellEndedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextShellStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextShellStarted {
    /// The `data` property.
    pub data: SessionNextShellStartedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextShellStartedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.shell.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextShellStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextShellStartedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.shell.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextShellStarted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextShellStartedData {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `command` property.
    pub command: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextShellStartedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        call_id: impl Into<String>,
        command: impl Into<String>,
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            command: command.into(),
            message_id: message_id.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextShellStarted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextShellStartedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextShellStartedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepEnded {
    /// The `data` property.
    pub data: SessionNextStepEndedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextStepEndedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.step.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextStepEndedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.step.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepEnded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepEndedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `cost` property.
    pub cost: f64,
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<String>>,
    /// The `finish` property.
    pub finish: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// The `tokens` property.
    pub tokens: SessionNextStepEndedDataTokens,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepEndedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        cost: f64,
        finish: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
        tokens: SessionNextStepEndedDataTokens,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            cost,
            files: None,
            finish: finish.into(),
            session_id: session_id.into(),
            snapshot: None,
            timestamp,
            tokens,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepEnded.data.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepEndedDataTokens {
    /// The `cache` property.
    pub cache: SessionNextStepEndedDataTokensCache,
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
impl SessionNextStepEndedDataTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: SessionNextStepEndedDataTokensCache,
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
/// The `SessionNextStepEnded.data.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepEndedDataTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepEndedDataTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepEnded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepEndedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepEndedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepFailed {
    /// The `data` property.
    pub data: SessionNextStepFailedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextStepFailedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.step.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextStepFailedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.step.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepFailed.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepFailedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `error` property.
    pub error: SessionErrorUnknown,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepFailedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        error: SessionErrorUnknown,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            error,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepFailed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepFailedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepFailedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepStarted {
    /// The `data` property.
    pub data: SessionNextStepStartedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextStepStartedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.step.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextStepStartedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.step.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepStarted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepStartedData {
    /// The `agent` property.
    pub agent: String,
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `model` property.
    pub model: ModelRef,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepStartedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        assistant_message_id: impl Into<String>,
        model: ModelRef,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            agent: agent.into(),
            assistant_message_id: assistant_message_id.into(),
            model,
            session_id: session_id.into(),
            snapshot: None,
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextStepStarted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextStepStartedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextStepStartedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextSynthetic` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextSynthetic {
    /// The `data` property.
    pub data: SessionNextSyntheticData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextSyntheticDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.synthetic"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextSynthetic {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextSyntheticData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.synthetic".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextSynthetic.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextSyntheticData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextSyntheticData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            text: text.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextSynthetic.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextSyntheticDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextSyntheticDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextDelta {
    /// The `data` property.
    pub data: SessionNextTextDeltaData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextTextDeltaDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.text.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextTextDeltaData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.text.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextDelta.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextDeltaData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `delta` property.
    pub delta: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `textID` property.
    #[serde(rename = "textID")]
    pub text_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextDeltaData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        delta: impl Into<String>,
        session_id: impl Into<String>,
        text_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            delta: delta.into(),
            session_id: session_id.into(),
            text_id: text_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextDelta.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextDeltaDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextDeltaDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextEnded {
    /// The `data` property.
    pub data: SessionNextTextEndedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextTextEndedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.text.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextTextEndedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.text.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextEnded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextEndedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `textID` property.
    #[serde(rename = "textID")]
    pub text_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextEndedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        text_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            session_id: session_id.into(),
            text: text.into(),
            text_id: text_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextEnded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextEndedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextEndedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextStarted {
    /// The `data` property.
    pub data: SessionNextTextStartedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextTextStartedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.text.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextTextStartedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.text.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextStarted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextStartedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `textID` property.
    #[serde(rename = "textID")]
    pub text_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextStartedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        session_id: impl Into<String>,
        text_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            session_id: session_id.into(),
            text_id: text_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextTextStarted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextTextStartedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextTextStartedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolCalled` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolCalled {
    /// The `data` property.
    pub data: SessionNextToolCalledData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolCalledDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.called"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolCalled {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolCalledData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.called".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolCalled.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolCalledData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `provider` property.
    pub provider: SessionNextToolCalledDataProvider,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// The `tool` property.
    pub tool: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolCalledData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        input: serde_json::Map<String, serde_json::Value>,
        provider: SessionNextToolCalledDataProvider,
        session_id: impl Into<String>,
        timestamp: f64,
        tool: impl Into<String>,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            input,
            provider,
            session_id: session_id.into(),
            timestamp,
            tool: tool.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolCalled.data.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolCalledDataProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolCalledDataProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolCalled.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolCalledDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolCalledDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolFailed {
    /// The `data` property.
    pub data: SessionNextToolFailedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolFailedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolFailedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolFailed.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolFailedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `error` property.
    pub error: SessionErrorUnknown,
    /// The `provider` property.
    pub provider: SessionNextToolFailedDataProvider,
    /// The `result` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<serde_json::Value>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolFailedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        error: SessionErrorUnknown,
        provider: SessionNextToolFailedDataProvider,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            error,
            provider,
            result: None,
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolFailed.data.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolFailedDataProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolFailedDataProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolFailed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolFailedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolFailedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputDelta {
    /// The `data` property.
    pub data: SessionNextToolInputDeltaData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolInputDeltaDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.input.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolInputDeltaData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.input.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputDelta.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputDeltaData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `delta` property.
    pub delta: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputDeltaData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        delta: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            delta: delta.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputDelta.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputDeltaDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputDeltaDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputEnded {
    /// The `data` property.
    pub data: SessionNextToolInputEndedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolInputEndedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.input.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolInputEndedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.input.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputEnded.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputEndedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputEndedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            session_id: session_id.into(),
            text: text.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputEnded.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputEndedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputEndedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputStarted {
    /// The `data` property.
    pub data: SessionNextToolInputStartedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolInputStartedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.input.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolInputStartedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.input.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputStarted.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputStartedData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `name` property.
    pub name: String,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputStartedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            name: name.into(),
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolInputStarted.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolInputStartedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolInputStartedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolProgress` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolProgress {
    /// The `data` property.
    pub data: SessionNextToolProgressData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolProgressDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.progress"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolProgress {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolProgressData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.progress".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolProgress.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolProgressData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `content` property.
    pub content: Vec<LLMToolContent>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `structured` property.
    pub structured: serde_json::Map<String, serde_json::Value>,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolProgressData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        content: Vec<LLMToolContent>,
        session_id: impl Into<String>,
        structured: serde_json::Map<String, serde_json::Value>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            content,
            session_id: session_id.into(),
            structured,
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolProgress.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolProgressDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolProgressDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolSuccess` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolSuccess {
    /// The `data` property.
    pub data: SessionNextToolSuccessData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionNextToolSuccessDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.next.tool.success"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolSuccess {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionNextToolSuccessData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.next.tool.success".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolSuccess.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolSuccessData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `content` property.
    pub content: Vec<LLMToolContent>,
    /// The `outputPaths` property.
    #[serde(rename = "outputPaths", default, skip_serializing_if = "Option::is_none")]
    pub output_paths: Option<Vec<String>>,
    /// The `provider` property.
    pub provider: SessionNextToolSuccessDataProvider,
    /// The `result` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<serde_json::Value>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `structured` property.
    pub structured: serde_json::Map<String, serde_json::Value>,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolSuccessData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        content: Vec<LLMToolContent>,
        provider: SessionNextToolSuccessDataProvider,
        session_id: impl Into<String>,
        structured: serde_json::Map<String, serde_json::Value>,
        timestamp: f64,
    ) -> Self {
        Self {
            assistant_message_id: assistant_message_id.into(),
            call_id: call_id.into(),
            content,
            output_paths: None,
            provider,
            result: None,
            session_id: session_id.into(),
            structured,
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolSuccess.data.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolSuccessDataProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolSuccessDataProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SessionNextToolSuccess.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextToolSuccessDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextToolSuccessDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `session.status` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusV2 {
    /// The `data` property.
    pub data: SessionStatusV2Data,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionStatusV2Durable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.status"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusV2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionStatusV2Data, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.status".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `session.status.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusV2Data {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `status` property.
    pub status: SessionStatus,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusV2Data {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, status: SessionStatus) -> Self {
        Self {
            session_id: session_id.into(),
            status,
            additional: Default::default(),
        }
    }
}
/// The `session.status.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionStatusV2Durable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionStatusV2Durable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `SessionUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionUpdated {
    /// The `data` property.
    pub data: SessionUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<SessionUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"session.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: SessionUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "session.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionUpdatedData {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SessionUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `TodoUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TodoUpdated {
    /// The `data` property.
    pub data: TodoUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<TodoUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"todo.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TodoUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: TodoUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "todo.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TodoUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TodoUpdatedData {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `todos` property.
    pub todos: Vec<Todo>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TodoUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, todos: Vec<Todo>) -> Self {
        Self {
            session_id: session_id.into(),
            todos,
            additional: Default::default(),
        }
    }
}
/// The `TodoUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TodoUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TodoUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `TuiCommandExecute` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiCommandExecute {
    /// The `data` property.
    pub data: TuiCommandExecuteData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<TuiCommandExecuteDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"tui.command.execute"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiCommandExecute {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: TuiCommandExecuteData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "tui.command.execute".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TuiCommandExecute.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiCommandExecuteData {
    /// The `command` property.
    pub command: TuiCommandExecuteDataCommand,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiCommandExecuteData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(command: TuiCommandExecuteDataCommand) -> Self {
        Self {
            command,
            additional: Default::default(),
        }
    }
}
/// The `TuiCommandExecute.data.command` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TuiCommandExecuteDataCommand {
    /// The wire value `"session.list"`.
    SessionList,
    /// The wire value `"session.new"`.
    SessionNew,
    /// The wire value `"session.share"`.
    SessionShare,
    /// The wire value `"session.interrupt"`.
    SessionInterrupt,
    /// The wire value `"session.compact"`.
    SessionCompact,
    /// The wire value `"session.page.up"`.
    SessionPageUp,
    /// The wire value `"session.page.down"`.
    SessionPageDown,
    /// The wire value `"session.line.up"`.
    SessionLineUp,
    /// The wire value `"session.line.down"`.
    SessionLineDown,
    /// The wire value `"session.half.page.up"`.
    SessionHalfPageUp,
    /// The wire value `"session.half.page.down"`.
    SessionHalfPageDown,
    /// The wire value `"session.first"`.
    SessionFirst,
    /// The wire value `"session.last"`.
    SessionLast,
    /// The wire value `"prompt.clear"`.
    PromptClear,
    /// The wire value `"prompt.submit"`.
    PromptSubmit,
    /// The wire value `"agent.cycle"`.
    AgentCycle,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl TuiCommandExecuteDataCommand {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "session.list",
        "session.new",
        "session.share",
        "session.interrupt",
        "session.compact",
        "session.page.up",
        "session.page.down",
        "session.line.up",
        "session.line.down",
        "session.half.page.up",
        "session.half.page.down",
        "session.first",
        "session.last",
        "prompt.clear",
        "prompt.submit",
        "agent.cycle",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SessionList => "session.list",
            Self::SessionNew => "session.new",
            Self::SessionShare => "session.share",
            Self::SessionInterrupt => "session.interrupt",
            Self::SessionCompact => "session.compact",
            Self::SessionPageUp => "session.page.up",
            Self::SessionPageDown => "session.page.down",
            Self::SessionLineUp => "session.line.up",
            Self::SessionLineDown => "session.line.down",
            Self::SessionHalfPageUp => "session.half.page.up",
            Self::SessionHalfPageDown => "session.half.page.down",
            Self::SessionFirst => "session.first",
            Self::SessionLast => "session.last",
            Self::PromptClear => "prompt.clear",
            Self::PromptSubmit => "prompt.submit",
            Self::AgentCycle => "agent.cycle",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "session.list" => Self::SessionList,
            "session.new" => Self::SessionNew,
            "session.share" => Self::SessionShare,
            "session.interrupt" => Self::SessionInterrupt,
            "session.compact" => Self::SessionCompact,
            "session.page.up" => Self::SessionPageUp,
            "session.page.down" => Self::SessionPageDown,
            "session.line.up" => Self::SessionLineUp,
            "session.line.down" => Self::SessionLineDown,
            "session.half.page.up" => Self::SessionHalfPageUp,
            "session.half.page.down" => Self::SessionHalfPageDown,
            "session.first" => Self::SessionFirst,
            "session.last" => Self::SessionLast,
            "prompt.clear" => Self::PromptClear,
            "prompt.submit" => Self::PromptSubmit,
            "agent.cycle" => Self::AgentCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for TuiCommandExecuteDataCommand {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for TuiCommandExecuteDataCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for TuiCommandExecuteDataCommand {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TuiCommandExecuteDataCommand {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `TuiCommandExecute.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiCommandExecuteDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiCommandExecuteDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `TuiPromptAppend` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiPromptAppend {
    /// The `data` property.
    pub data: TuiPromptAppendData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<TuiPromptAppendDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"tui.prompt.append"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiPromptAppend {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: TuiPromptAppendData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "tui.prompt.append".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TuiPromptAppend.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiPromptAppendData {
    /// The `text` property.
    pub text: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiPromptAppendData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            additional: Default::default(),
        }
    }
}
/// The `TuiPromptAppend.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiPromptAppendDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiPromptAppendDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `TuiSessionSelect` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiSessionSelect {
    /// The `data` property.
    pub data: TuiSessionSelectData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<TuiSessionSelectDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"tui.session.select"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiSessionSelect {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: TuiSessionSelectData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "tui.session.select".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TuiSessionSelect.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiSessionSelectData {
    /// Session ID to navigate to
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiSessionSelectData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `TuiSessionSelect.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiSessionSelectDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiSessionSelectDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `TuiToastShow` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiToastShow {
    /// The `data` property.
    pub data: TuiToastShowData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<TuiToastShowDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"tui.toast.show"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiToastShow {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: TuiToastShowData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "tui.toast.show".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `TuiToastShow.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiToastShowData {
    /// The `duration` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `message` property.
    pub message: String,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `variant` property.
    pub variant: TuiToastShowDataVariant,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiToastShowData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, variant: TuiToastShowDataVariant) -> Self {
        Self {
            duration: None,
            message: message.into(),
            title: None,
            variant,
            additional: Default::default(),
        }
    }
}
/// The `TuiToastShow.data.variant` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TuiToastShowDataVariant {
    /// The wire value `"info"`.
    Info,
    /// The wire value `"success"`.
    Success,
    /// The wire value `"warning"`.
    Warning,
    /// The wire value `"error"`.
    Error,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl TuiToastShowDataVariant {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["info", "success", "warning", "error"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Success => "success",
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "info" => Self::Info,
            "success" => Self::Success,
            "warning" => Self::Warning,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for TuiToastShowDataVariant {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for TuiToastShowDataVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for TuiToastShowDataVariant {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TuiToastShowDataVariant {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `TuiToastShow.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TuiToastShowDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl TuiToastShowDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `VcsBranchUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsBranchUpdated {
    /// The `data` property.
    pub data: VcsBranchUpdatedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<VcsBranchUpdatedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"vcs.branch.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsBranchUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: VcsBranchUpdatedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "vcs.branch.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `VcsBranchUpdated.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsBranchUpdatedData {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsBranchUpdatedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            branch: None,
            additional: Default::default(),
        }
    }
}
impl Default for VcsBranchUpdatedData {
    fn default() -> Self {
        Self::new()
    }
}
/// The `VcsBranchUpdated.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsBranchUpdatedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsBranchUpdatedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceFailed {
    /// The `data` property.
    pub data: WorkspaceFailedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<WorkspaceFailedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"workspace.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorkspaceFailedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "workspace.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceFailed.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceFailedData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceFailedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceFailed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceFailedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceFailedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceReady` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceReady {
    /// The `data` property.
    pub data: WorkspaceReadyData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<WorkspaceReadyDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"workspace.ready"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceReady {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorkspaceReadyData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "workspace.ready".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceReady.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceReadyData {
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceReadyData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceReady.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceReadyDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceReadyDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceStatus {
    /// The `data` property.
    pub data: WorkspaceEventConnectionStatus,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<WorkspaceStatusDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"workspace.status"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorkspaceEventConnectionStatus, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "workspace.status".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceStatus.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceStatusDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceStatusDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `WorktreeFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeFailed {
    /// The `data` property.
    pub data: WorktreeFailedData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<WorktreeFailedDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"worktree.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorktreeFailedData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "worktree.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeFailed.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeFailedData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeFailedData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeFailed.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeFailedDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeFailedDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
/// The `WorktreeReady` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeReady {
    /// The `data` property.
    pub data: WorktreeReadyData,
    /// The `durable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<WorktreeReadyDurable>,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationRef>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"worktree.ready"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeReady {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorktreeReadyData, id: impl Into<String>) -> Self {
        Self {
            data,
            durable: None,
            id: id.into(),
            location: None,
            metadata: None,
            type_: "worktree.ready".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeReady.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeReadyData {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeReadyData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            branch: None,
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeReady.durable` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeReadyDurable {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `seq` property.
    pub seq: i64,
    /// The `version` property.
    pub version: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeReadyDurable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(aggregate_id: impl Into<String>, seq: i64, version: i64) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            seq,
            version,
            additional: Default::default(),
        }
    }
}
