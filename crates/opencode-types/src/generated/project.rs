//! Types of the `project` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `LocationInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LocationInfo {
    /// The `directory` property.
    pub directory: String,
    /// The `project` property.
    pub project: LocationInfoProject,
    /// The `workspaceID` property.
    #[serde(rename = "workspaceID", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl LocationInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>, project: LocationInfoProject) -> Self {
        Self {
            directory: directory.into(),
            project,
            workspace_id: None,
            additional: Default::default(),
        }
    }
}
/// The `LocationInfo.project` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LocationInfoProject {
    /// The `directory` property.
    pub directory: String,
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl LocationInfoProject {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `LocationRef` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LocationRef {
    /// The `directory` property.
    pub directory: String,
    /// The `workspaceID` property.
    #[serde(rename = "workspaceID", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl LocationRef {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            workspace_id: None,
            additional: Default::default(),
        }
    }
}
/// The `Path` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Path {
    /// The `config` property.
    pub config: String,
    /// The `directory` property.
    pub directory: String,
    /// The `home` property.
    pub home: String,
    /// The `state` property.
    pub state: String,
    /// The `worktree` property.
    pub worktree: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Path {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        config: impl Into<String>,
        directory: impl Into<String>,
        home: impl Into<String>,
        state: impl Into<String>,
        worktree: impl Into<String>,
    ) -> Self {
        Self {
            config: config.into(),
            directory: directory.into(),
            home: home.into(),
            state: state.into(),
            worktree: worktree.into(),
            additional: Default::default(),
        }
    }
}
/// The `Project` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Project {
    /// The `commands` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commands: Option<ProjectCommands>,
    /// The `icon` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<ProjectIcon>,
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `sandboxes` property.
    pub sandboxes: Vec<String>,
    /// The `time` property.
    pub time: ProjectTime,
    /// Always `"git"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcs: Option<String>,
    /// The `worktree` property.
    pub worktree: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Project {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sandboxes: Vec<String>,
        time: ProjectTime,
        worktree: impl Into<String>,
    ) -> Self {
        Self {
            commands: None,
            icon: None,
            id: id.into(),
            name: None,
            sandboxes,
            time,
            vcs: Some("git".to_owned()),
            worktree: worktree.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectCommands` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectCommands {
    /// Startup script to run when creating a new workspace (worktree)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectCommands {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            start: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProjectCommands {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProjectCopyCopy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectCopyCopy {
    /// The `directory` property.
    pub directory: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectCopyCopy {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectCopyError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectCopyError {
    /// The `data` property.
    pub data: ProjectCopyErrorData,
    /// Always `"ProjectCopyError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectCopyError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: ProjectCopyErrorData) -> Self {
        Self {
            data,
            name: "ProjectCopyError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectCopyError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectCopyErrorData {
    /// The `forceRequired` property.
    #[serde(rename = "forceRequired", default, skip_serializing_if = "Option::is_none")]
    pub force_required: Option<bool>,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectCopyErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            force_required: None,
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectDirectories` schema.
pub type ProjectDirectories = Vec<ProjectDirectoriesItem>;
/// The `ProjectDirectories\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectDirectoriesItem {
    /// The `directory` property.
    pub directory: String,
    /// The `strategy` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectDirectoriesItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            strategy: None,
            additional: Default::default(),
        }
    }
}
/// The `ProjectIcon` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectIcon {
    /// The `color` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The `override` property.
    #[serde(rename = "override", default, skip_serializing_if = "Option::is_none")]
    pub override_: Option<String>,
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectIcon {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            color: None,
            override_: None,
            url: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProjectIcon {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProjectNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectNotFoundError {
    /// Always `"ProjectNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, project_id: impl Into<String>) -> Self {
        Self {
            tag: "ProjectNotFoundError".to_owned(),
            message: message.into(),
            project_id: project_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectSummary {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `worktree` property.
    pub worktree: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectSummary {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, worktree: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            worktree: worktree.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProjectTime` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProjectTime {
    /// The `created` property.
    pub created: i64,
    /// The `initialized` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initialized: Option<i64>,
    /// The `updated` property.
    pub updated: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProjectTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: i64, updated: i64) -> Self {
        Self {
            created,
            initialized: None,
            updated,
            additional: Default::default(),
        }
    }
}
/// The `ProjectVcs` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProjectVcs {
    /// The wire value `"git"`.
    Git,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProjectVcs {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["git"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Git => "git",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "git" => Self::Git,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProjectVcs {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProjectVcs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProjectVcs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProjectVcs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ReferenceGitSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceGitSource {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hidden` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// The `repository` property.
    pub repository: String,
    /// Always `"git"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReferenceGitSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(repository: impl Into<String>) -> Self {
        Self {
            branch: None,
            description: None,
            hidden: None,
            repository: repository.into(),
            type_: "git".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ReferenceInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceInfo {
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hidden` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// The `name` property.
    pub name: String,
    /// The `path` property.
    pub path: String,
    /// The `source` property.
    pub source: ReferenceSource,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReferenceInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        name: impl Into<String>,
        path: impl Into<String>,
        source: ReferenceSource,
    ) -> Self {
        Self {
            description: None,
            hidden: None,
            name: name.into(),
            path: path.into(),
            source,
            additional: Default::default(),
        }
    }
}
/// The `ReferenceLocalSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceLocalSource {
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hidden` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// The `path` property.
    pub path: String,
    /// Always `"local"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ReferenceLocalSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            description: None,
            hidden: None,
            path: path.into(),
            type_: "local".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ReferenceSource` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ReferenceSource {
    /// `type` = `"local"`.
    Local(ReferenceLocalSource),
    /// `type` = `"git"`.
    Git(ReferenceGitSource),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl ReferenceSource {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["local", "git"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Local(_) => "local",
            Self::Git(_) => "git",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for ReferenceSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "ReferenceSource")?;
        Ok(
            match &*kind {
                "local" => {
                    Self::Local(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ReferenceSource", "local")?,
                    )
                }
                "git" => {
                    Self::Git(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ReferenceSource", "git")?,
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
impl serde::Serialize for ReferenceSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Local(v) => v.serialize(s),
            Self::Git(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ReferenceLocalSource> for ReferenceSource {
    fn from(v: ReferenceLocalSource) -> Self {
        Self::Local(v)
    }
}
impl From<ReferenceGitSource> for ReferenceSource {
    fn from(v: ReferenceGitSource) -> Self {
        Self::Git(v)
    }
}
/// The `VcsApplyError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsApplyError {
    /// The `data` property.
    pub data: VcsApplyErrorData,
    /// Always `"VcsApplyError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsApplyError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: VcsApplyErrorData) -> Self {
        Self {
            data,
            name: "VcsApplyError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `VcsApplyError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsApplyErrorData {
    /// The `message` property.
    pub message: String,
    /// The `reason` property.
    pub reason: VcsApplyErrorDataReason,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsApplyErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, reason: VcsApplyErrorDataReason) -> Self {
        Self {
            message: message.into(),
            reason,
            additional: Default::default(),
        }
    }
}
/// The `VcsApplyError.data.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VcsApplyErrorDataReason {
    /// The wire value `"non-git"`.
    NonGit,
    /// The wire value `"not-clean"`.
    NotClean,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl VcsApplyErrorDataReason {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["non-git", "not-clean"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NonGit => "non-git",
            Self::NotClean => "not-clean",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "non-git" => Self::NonGit,
            "not-clean" => Self::NotClean,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for VcsApplyErrorDataReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for VcsApplyErrorDataReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for VcsApplyErrorDataReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VcsApplyErrorDataReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `VcsFileDiff` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsFileDiff {
    /// The `additions` property.
    pub additions: f64,
    /// The `deletions` property.
    pub deletions: f64,
    /// The `file` property.
    pub file: String,
    /// The `patch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch: Option<String>,
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<VcsFileDiffStatus>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsFileDiff {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(additions: f64, deletions: f64, file: impl Into<String>) -> Self {
        Self {
            additions,
            deletions,
            file: file.into(),
            patch: None,
            status: None,
            additional: Default::default(),
        }
    }
}
/// The `VcsFileDiff.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VcsFileDiffStatus {
    /// The wire value `"added"`.
    Added,
    /// The wire value `"deleted"`.
    Deleted,
    /// The wire value `"modified"`.
    Modified,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl VcsFileDiffStatus {
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
impl From<&str> for VcsFileDiffStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for VcsFileDiffStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for VcsFileDiffStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VcsFileDiffStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `VcsFileStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsFileStatus {
    /// The `additions` property.
    pub additions: f64,
    /// The `deletions` property.
    pub deletions: f64,
    /// The `file` property.
    pub file: String,
    /// The `status` property.
    pub status: VcsFileStatusStatus,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsFileStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        additions: f64,
        deletions: f64,
        file: impl Into<String>,
        status: VcsFileStatusStatus,
    ) -> Self {
        Self {
            additions,
            deletions,
            file: file.into(),
            status,
            additional: Default::default(),
        }
    }
}
/// The `VcsFileStatus.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VcsFileStatusStatus {
    /// The wire value `"added"`.
    Added,
    /// The wire value `"deleted"`.
    Deleted,
    /// The wire value `"modified"`.
    Modified,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl VcsFileStatusStatus {
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
impl From<&str> for VcsFileStatusStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for VcsFileStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for VcsFileStatusStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VcsFileStatusStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `VcsInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VcsInfo {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The `default_branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl VcsInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            branch: None,
            default_branch: None,
            additional: Default::default(),
        }
    }
}
impl Default for VcsInfo {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Workspace` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Workspace {
    /// The `branch` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::__private::double_option"
    )]
    pub branch: Option<Option<String>>,
    /// The `directory` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::__private::double_option"
    )]
    pub directory: Option<Option<String>>,
    /// The `extra` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::__private::double_option"
    )]
    pub extra: Option<Option<serde_json::Value>>,
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    pub name: String,
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// The `timeUsed` property.
    #[serde(rename = "timeUsed")]
    pub time_used: crate::JsNumber,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Workspace {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        project_id: impl Into<String>,
        time_used: crate::JsNumber,
        type_: impl Into<String>,
    ) -> Self {
        Self {
            branch: None,
            directory: None,
            extra: None,
            id: id.into(),
            name: name.into(),
            project_id: project_id.into(),
            time_used,
            type_: type_.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceCreateError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceCreateError {
    /// The `data` property.
    pub data: WorkspaceCreateErrorData,
    /// Always `"WorkspaceCreateError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceCreateError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorkspaceCreateErrorData) -> Self {
        Self {
            data,
            name: "WorkspaceCreateError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceCreateError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceCreateErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceCreateErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceEventConnectionStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceEventConnectionStatus {
    /// The `status` property.
    pub status: WorkspaceEventConnectionStatusStatus,
    /// The `workspaceID` property.
    #[serde(rename = "workspaceID")]
    pub workspace_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceEventConnectionStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        status: WorkspaceEventConnectionStatusStatus,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self {
            status,
            workspace_id: workspace_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceEventConnectionStatus.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkspaceEventConnectionStatusStatus {
    /// The wire value `"connected"`.
    Connected,
    /// The wire value `"connecting"`.
    Connecting,
    /// The wire value `"disconnected"`.
    Disconnected,
    /// The wire value `"error"`.
    Error,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl WorkspaceEventConnectionStatusStatus {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "connected",
        "connecting",
        "disconnected",
        "error",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Connected => "connected",
            Self::Connecting => "connecting",
            Self::Disconnected => "disconnected",
            Self::Error => "error",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "connected" => Self::Connected,
            "connecting" => Self::Connecting,
            "disconnected" => Self::Disconnected,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for WorkspaceEventConnectionStatusStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for WorkspaceEventConnectionStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for WorkspaceEventConnectionStatusStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WorkspaceEventConnectionStatusStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `WorkspaceWarpError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceWarpError {
    /// The `data` property.
    pub data: WorkspaceWarpErrorData,
    /// Always `"WorkspaceWarpError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceWarpError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorkspaceWarpErrorData) -> Self {
        Self {
            data,
            name: "WorkspaceWarpError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `WorkspaceWarpError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkspaceWarpErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorkspaceWarpErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `Worktree` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Worktree {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The `directory` property.
    pub directory: String,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Worktree {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            branch: None,
            directory: directory.into(),
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeCreateInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeCreateInput {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Additional startup script to run after the project's start command
    #[serde(rename = "startCommand", default, skip_serializing_if = "Option::is_none")]
    pub start_command: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeCreateInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            name: None,
            start_command: None,
            additional: Default::default(),
        }
    }
}
impl Default for WorktreeCreateInput {
    fn default() -> Self {
        Self::new()
    }
}
/// The `WorktreeError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeError {
    /// The `data` property.
    pub data: WorktreeErrorData,
    /// The `name` property.
    pub name: WorktreeErrorName,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: WorktreeErrorData, name: WorktreeErrorName) -> Self {
        Self {
            data,
            name,
            additional: Default::default(),
        }
    }
}
/// The `WorktreeError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeError.name` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorktreeErrorName {
    /// The wire value `"WorktreeNotGitError"`.
    WorktreeNotGitError,
    /// The wire value `"WorktreeNameGenerationFailedError"`.
    WorktreeNameGenerationFailedError,
    /// The wire value `"WorktreeCreateFailedError"`.
    WorktreeCreateFailedError,
    /// The wire value `"WorktreeStartCommandFailedError"`.
    WorktreeStartCommandFailedError,
    /// The wire value `"WorktreeRemoveFailedError"`.
    WorktreeRemoveFailedError,
    /// The wire value `"WorktreeResetFailedError"`.
    WorktreeResetFailedError,
    /// The wire value `"WorktreeListFailedError"`.
    WorktreeListFailedError,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl WorktreeErrorName {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "WorktreeNotGitError",
        "WorktreeNameGenerationFailedError",
        "WorktreeCreateFailedError",
        "WorktreeStartCommandFailedError",
        "WorktreeRemoveFailedError",
        "WorktreeResetFailedError",
        "WorktreeListFailedError",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorktreeNotGitError => "WorktreeNotGitError",
            Self::WorktreeNameGenerationFailedError => {
                "WorktreeNameGenerationFailedError"
            }
            Self::WorktreeCreateFailedError => "WorktreeCreateFailedError",
            Self::WorktreeStartCommandFailedError => "WorktreeStartCommandFailedError",
            Self::WorktreeRemoveFailedError => "WorktreeRemoveFailedError",
            Self::WorktreeResetFailedError => "WorktreeResetFailedError",
            Self::WorktreeListFailedError => "WorktreeListFailedError",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "WorktreeNotGitError" => Self::WorktreeNotGitError,
            "WorktreeNameGenerationFailedError" => {
                Self::WorktreeNameGenerationFailedError
            }
            "WorktreeCreateFailedError" => Self::WorktreeCreateFailedError,
            "WorktreeStartCommandFailedError" => Self::WorktreeStartCommandFailedError,
            "WorktreeRemoveFailedError" => Self::WorktreeRemoveFailedError,
            "WorktreeResetFailedError" => Self::WorktreeResetFailedError,
            "WorktreeListFailedError" => Self::WorktreeListFailedError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for WorktreeErrorName {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for WorktreeErrorName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for WorktreeErrorName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WorktreeErrorName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `WorktreeRemoveInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeRemoveInput {
    /// The `directory` property.
    pub directory: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeRemoveInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            additional: Default::default(),
        }
    }
}
/// The `WorktreeResetInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorktreeResetInput {
    /// The `directory` property.
    pub directory: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WorktreeResetInput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(directory: impl Into<String>) -> Self {
        Self {
            directory: directory.into(),
            additional: Default::default(),
        }
    }
}
