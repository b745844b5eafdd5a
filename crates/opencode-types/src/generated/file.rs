//! Types of the `file` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `File` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct File {
    /// The `added` property.
    pub added: i64,
    /// The `path` property.
    pub path: String,
    /// The `removed` property.
    pub removed: i64,
    /// The `status` property.
    pub status: FileStatus,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl File {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        added: i64,
        path: impl Into<String>,
        removed: i64,
        status: FileStatus,
    ) -> Self {
        Self {
            added,
            path: path.into(),
            removed,
            status,
            additional: Default::default(),
        }
    }
}
/// The `FileContent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileContent {
    /// The `content` property.
    pub content: String,
    /// The `diff` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    /// Always `"base64"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// The `mimeType` property.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The `patch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patch: Option<FileContentPatch>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: FileContentType,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileContent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(content: impl Into<String>, type_: FileContentType) -> Self {
        Self {
            content: content.into(),
            diff: None,
            encoding: Some("base64".to_owned()),
            mime_type: None,
            patch: None,
            type_,
            additional: Default::default(),
        }
    }
}
/// The `FileContent.patch` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileContentPatch {
    /// The `hunks` property.
    pub hunks: Vec<FileContentPatchHunksItem>,
    /// The `index` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
    /// The `newFileName` property.
    #[serde(rename = "newFileName")]
    pub new_file_name: String,
    /// The `newHeader` property.
    #[serde(rename = "newHeader", default, skip_serializing_if = "Option::is_none")]
    pub new_header: Option<String>,
    /// The `oldFileName` property.
    #[serde(rename = "oldFileName")]
    pub old_file_name: String,
    /// The `oldHeader` property.
    #[serde(rename = "oldHeader", default, skip_serializing_if = "Option::is_none")]
    pub old_header: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileContentPatch {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        hunks: Vec<FileContentPatchHunksItem>,
        new_file_name: impl Into<String>,
        old_file_name: impl Into<String>,
    ) -> Self {
        Self {
            hunks,
            index: None,
            new_file_name: new_file_name.into(),
            new_header: None,
            old_file_name: old_file_name.into(),
            old_header: None,
            additional: Default::default(),
        }
    }
}
/// The `FileContent.patch.hunks\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileContentPatchHunksItem {
    /// The `lines` property.
    pub lines: Vec<String>,
    /// The `newLines` property.
    #[serde(rename = "newLines")]
    pub new_lines: i64,
    /// The `newStart` property.
    #[serde(rename = "newStart")]
    pub new_start: i64,
    /// The `oldLines` property.
    #[serde(rename = "oldLines")]
    pub old_lines: i64,
    /// The `oldStart` property.
    #[serde(rename = "oldStart")]
    pub old_start: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileContentPatchHunksItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        lines: Vec<String>,
        new_lines: i64,
        new_start: i64,
        old_lines: i64,
        old_start: i64,
    ) -> Self {
        Self {
            lines,
            new_lines,
            new_start,
            old_lines,
            old_start,
            additional: Default::default(),
        }
    }
}
/// The `FileContent.type` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FileContentType {
    /// The wire value `"text"`.
    Text,
    /// The wire value `"binary"`.
    Binary,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl FileContentType {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["text", "binary"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Binary => "binary",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "text" => Self::Text,
            "binary" => Self::Binary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for FileContentType {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for FileContentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FileContentType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileContentType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `FileNode` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileNode {
    /// The `absolute` property.
    pub absolute: String,
    /// The `ignored` property.
    pub ignored: bool,
    /// The `name` property.
    pub name: String,
    /// The `path` property.
    pub path: String,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: FileNodeType,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileNode {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        absolute: impl Into<String>,
        ignored: bool,
        name: impl Into<String>,
        path: impl Into<String>,
        type_: FileNodeType,
    ) -> Self {
        Self {
            absolute: absolute.into(),
            ignored,
            name: name.into(),
            path: path.into(),
            type_,
            additional: Default::default(),
        }
    }
}
/// The `FileNode.type` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FileNodeType {
    /// The wire value `"file"`.
    File,
    /// The wire value `"directory"`.
    Directory,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl FileNodeType {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["file", "directory"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Directory => "directory",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "file" => Self::File,
            "directory" => Self::Directory,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for FileNodeType {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for FileNodeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FileNodeType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileNodeType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `File.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FileStatus {
    /// The wire value `"added"`.
    Added,
    /// The wire value `"deleted"`.
    Deleted,
    /// The wire value `"modified"`.
    Modified,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl FileStatus {
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
impl From<&str> for FileStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for FileStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FileStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `FileSystemEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileSystemEntry {
    /// The `path` property.
    pub path: String,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: FileSystemEntryType,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FileSystemEntry {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(path: impl Into<String>, type_: FileSystemEntryType) -> Self {
        Self {
            path: path.into(),
            type_,
            additional: Default::default(),
        }
    }
}
/// The `FileSystemEntry.type` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FileSystemEntryType {
    /// The wire value `"file"`.
    File,
    /// The wire value `"directory"`.
    Directory,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl FileSystemEntryType {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["file", "directory"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Directory => "directory",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "file" => Self::File,
            "directory" => Self::Directory,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for FileSystemEntryType {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for FileSystemEntryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FileSystemEntryType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FileSystemEntryType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Symbol` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Symbol {
    /// The `kind` property.
    pub kind: i64,
    /// The `location` property.
    pub location: SymbolLocation,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Symbol {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(kind: i64, location: SymbolLocation, name: impl Into<String>) -> Self {
        Self {
            kind,
            location,
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `Symbol.location` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SymbolLocation {
    /// The `range` property.
    pub range: Range,
    /// The `uri` property.
    pub uri: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SymbolLocation {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(range: Range, uri: impl Into<String>) -> Self {
        Self {
            range,
            uri: uri.into(),
            additional: Default::default(),
        }
    }
}
