//! Types of the `agent` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `Agent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Agent {
    /// The `color` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hidden` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// The `mode` property.
    pub mode: AgentMode,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<AgentModel>,
    /// The `name` property.
    pub name: String,
    /// The `native` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<bool>,
    /// The `options` property.
    pub options: serde_json::Map<String, serde_json::Value>,
    /// The `permission` property.
    pub permission: PermissionRuleset,
    /// The `prompt` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The `steps` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<f64>,
    /// The `temperature` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The `topP` property.
    #[serde(rename = "topP", default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// The `variant` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Agent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        mode: AgentMode,
        name: impl Into<String>,
        options: serde_json::Map<String, serde_json::Value>,
        permission: PermissionRuleset,
    ) -> Self {
        Self {
            color: None,
            description: None,
            hidden: None,
            mode,
            model: None,
            name: name.into(),
            native: None,
            options,
            permission,
            prompt: None,
            steps: None,
            temperature: None,
            top_p: None,
            variant: None,
            additional: Default::default(),
        }
    }
}
/// The `AgentColor` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AgentColor {
    /// The wire value `"primary"`.
    Primary,
    /// The wire value `"secondary"`.
    Secondary,
    /// The wire value `"accent"`.
    Accent,
    /// The wire value `"success"`.
    Success,
    /// The wire value `"warning"`.
    Warning,
    /// The wire value `"error"`.
    Error,
    /// The wire value `"info"`.
    Info,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl AgentColor {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "primary",
        "secondary",
        "accent",
        "success",
        "warning",
        "error",
        "info",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Accent => "accent",
            Self::Success => "success",
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Info => "info",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "accent" => Self::Accent,
            "success" => Self::Success,
            "warning" => Self::Warning,
            "error" => Self::Error,
            "info" => Self::Info,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for AgentColor {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for AgentColor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AgentColor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentColor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Agent.mode` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AgentMode {
    /// The wire value `"subagent"`.
    Subagent,
    /// The wire value `"primary"`.
    Primary,
    /// The wire value `"all"`.
    All,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl AgentMode {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["subagent", "primary", "all"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Subagent => "subagent",
            Self::Primary => "primary",
            Self::All => "all",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "subagent" => Self::Subagent,
            "primary" => Self::Primary,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for AgentMode {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for AgentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AgentMode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentMode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Agent.model` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentModel {
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
impl AgentModel {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(model_id: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            model_id: model_id.into(),
            provider_id: provider_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `AgentV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentV2Info {
    /// The `color` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<AgentColor>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hidden` property.
    pub hidden: bool,
    /// The `id` property.
    pub id: String,
    /// The `mode` property.
    pub mode: AgentV2InfoMode,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelRef>,
    /// The `permissions` property.
    pub permissions: PermissionV2Ruleset,
    /// The `request` property.
    pub request: ProviderRequest,
    /// The `steps` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<i64>,
    /// The `system` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AgentV2Info {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        hidden: bool,
        id: impl Into<String>,
        mode: AgentV2InfoMode,
        permissions: PermissionV2Ruleset,
        request: ProviderRequest,
    ) -> Self {
        Self {
            color: None,
            description: None,
            hidden,
            id: id.into(),
            mode,
            model: None,
            permissions,
            request,
            steps: None,
            system: None,
            additional: Default::default(),
        }
    }
}
/// The `AgentV2Info.mode` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AgentV2InfoMode {
    /// The wire value `"subagent"`.
    Subagent,
    /// The wire value `"primary"`.
    Primary,
    /// The wire value `"all"`.
    All,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl AgentV2InfoMode {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["subagent", "primary", "all"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Subagent => "subagent",
            Self::Primary => "primary",
            Self::All => "all",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "subagent" => Self::Subagent,
            "primary" => Self::Primary,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for AgentV2InfoMode {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for AgentV2InfoMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AgentV2InfoMode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentV2InfoMode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Command` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Command {
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hints` property.
    pub hints: Vec<String>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The `name` property.
    pub name: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<CommandSource>,
    /// The `subtask` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtask: Option<bool>,
    /// The `template` property.
    pub template: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Command {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        hints: Vec<String>,
        name: impl Into<String>,
        template: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            description: None,
            hints,
            model: None,
            name: name.into(),
            source: None,
            subtask: None,
            template: template.into(),
            additional: Default::default(),
        }
    }
}
/// The `Command.source` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommandSource {
    /// The wire value `"command"`.
    Command,
    /// The wire value `"mcp"`.
    Mcp,
    /// The wire value `"skill"`.
    Skill,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl CommandSource {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["command", "mcp", "skill"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Command => "command",
            Self::Mcp => "mcp",
            Self::Skill => "skill",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "command" => Self::Command,
            "mcp" => Self::Mcp,
            "skill" => Self::Skill,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for CommandSource {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for CommandSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CommandSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CommandSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `CommandV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommandV2Info {
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelRef>,
    /// The `name` property.
    pub name: String,
    /// The `subtask` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtask: Option<bool>,
    /// The `template` property.
    pub template: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CommandV2Info {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>, template: impl Into<String>) -> Self {
        Self {
            agent: None,
            description: None,
            model: None,
            name: name.into(),
            subtask: None,
            template: template.into(),
            additional: Default::default(),
        }
    }
}
/// The `ConsoleState` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConsoleState {
    /// The `activeOrgName` property.
    #[serde(rename = "activeOrgName", default, skip_serializing_if = "Option::is_none")]
    pub active_org_name: Option<String>,
    /// The `consoleManagedProviders` property.
    #[serde(rename = "consoleManagedProviders")]
    pub console_managed_providers: Vec<String>,
    /// The `switchableOrgCount` property.
    #[serde(rename = "switchableOrgCount")]
    pub switchable_org_count: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConsoleState {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        console_managed_providers: Vec<String>,
        switchable_org_count: i64,
    ) -> Self {
        Self {
            active_org_name: None,
            console_managed_providers,
            switchable_org_count,
            additional: Default::default(),
        }
    }
}
/// The `ExperimentalCapabilities` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExperimentalCapabilities {
    /// The `backgroundSubagents` property.
    #[serde(rename = "backgroundSubagents")]
    pub background_subagents: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ExperimentalCapabilities {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(background_subagents: bool) -> Self {
        Self {
            background_subagents,
            additional: Default::default(),
        }
    }
}
/// The `FormatterStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormatterStatus {
    /// The `enabled` property.
    pub enabled: bool,
    /// The `extensions` property.
    pub extensions: Vec<String>,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl FormatterStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(enabled: bool, extensions: Vec<String>, name: impl Into<String>) -> Self {
        Self {
            enabled,
            extensions,
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `LSPStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LSPStatus {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    pub name: String,
    /// The `root` property.
    pub root: String,
    /// The `status` property.
    pub status: LSPStatusStatus,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl LSPStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        root: impl Into<String>,
        status: LSPStatusStatus,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            root: root.into(),
            status,
            additional: Default::default(),
        }
    }
}
/// The `LSPStatus.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LSPStatusStatus {
    /// The wire value `"connected"`.
    Connected,
    /// The wire value `"error"`.
    Error,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl LSPStatusStatus {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["connected", "error"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Connected => "connected",
            Self::Error => "error",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "connected" => Self::Connected,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for LSPStatusStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for LSPStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LSPStatusStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LSPStatusStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `MCPStatus` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MCPStatus {
    /// `status` = `"connected"`.
    Connected(MCPStatusConnected),
    /// `status` = `"disabled"`.
    Disabled(MCPStatusDisabled),
    /// `status` = `"failed"`.
    Failed(MCPStatusFailed),
    /// `status` = `"needs_auth"`.
    NeedsAuth(MCPStatusNeedsAuth),
    /// `status` = `"needs_client_registration"`.
    NeedsClientRegistration(MCPStatusNeedsClientRegistration),
    /// A `status` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `status` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl MCPStatus {
    /// Every `status` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "connected",
        "disabled",
        "failed",
        "needs_auth",
        "needs_client_registration",
    ];
    /// The `status` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Connected(_) => "connected",
            Self::Disabled(_) => "disabled",
            Self::Failed(_) => "failed",
            Self::NeedsAuth(_) => "needs_auth",
            Self::NeedsClientRegistration(_) => "needs_client_registration",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for MCPStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["status"], "MCPStatus")?;
        Ok(
            match &*kind {
                "connected" => {
                    Self::Connected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "MCPStatus", "connected")?,
                    )
                }
                "disabled" => {
                    Self::Disabled(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "MCPStatus", "disabled")?,
                    )
                }
                "failed" => {
                    Self::Failed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "MCPStatus", "failed")?,
                    )
                }
                "needs_auth" => {
                    Self::NeedsAuth(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "MCPStatus", "needs_auth")?,
                    )
                }
                "needs_client_registration" => {
                    Self::NeedsClientRegistration(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "MCPStatus", "needs_client_registration")?,
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
impl serde::Serialize for MCPStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Connected(v) => v.serialize(s),
            Self::Disabled(v) => v.serialize(s),
            Self::Failed(v) => v.serialize(s),
            Self::NeedsAuth(v) => v.serialize(s),
            Self::NeedsClientRegistration(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<MCPStatusConnected> for MCPStatus {
    fn from(v: MCPStatusConnected) -> Self {
        Self::Connected(v)
    }
}
impl From<MCPStatusDisabled> for MCPStatus {
    fn from(v: MCPStatusDisabled) -> Self {
        Self::Disabled(v)
    }
}
impl From<MCPStatusFailed> for MCPStatus {
    fn from(v: MCPStatusFailed) -> Self {
        Self::Failed(v)
    }
}
impl From<MCPStatusNeedsAuth> for MCPStatus {
    fn from(v: MCPStatusNeedsAuth) -> Self {
        Self::NeedsAuth(v)
    }
}
impl From<MCPStatusNeedsClientRegistration> for MCPStatus {
    fn from(v: MCPStatusNeedsClientRegistration) -> Self {
        Self::NeedsClientRegistration(v)
    }
}
/// The `MCPStatusConnected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MCPStatusConnected {
    /// Always `"connected"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MCPStatusConnected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            status: "connected".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for MCPStatusConnected {
    fn default() -> Self {
        Self::new()
    }
}
/// The `MCPStatusDisabled` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MCPStatusDisabled {
    /// Always `"disabled"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MCPStatusDisabled {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            status: "disabled".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for MCPStatusDisabled {
    fn default() -> Self {
        Self::new()
    }
}
/// The `MCPStatusFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MCPStatusFailed {
    /// The `error` property.
    pub error: String,
    /// Always `"failed"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MCPStatusFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            status: "failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MCPStatusNeedsAuth` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MCPStatusNeedsAuth {
    /// Always `"needs_auth"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MCPStatusNeedsAuth {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            status: "needs_auth".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for MCPStatusNeedsAuth {
    fn default() -> Self {
        Self::new()
    }
}
/// The `MCPStatusNeedsClientRegistration` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MCPStatusNeedsClientRegistration {
    /// The `error` property.
    pub error: String,
    /// Always `"needs_client_registration"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MCPStatusNeedsClientRegistration {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            status: "needs_client_registration".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SkillV2DirectorySource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SkillV2DirectorySource {
    /// The `path` property.
    pub path: String,
    /// Always `"directory"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SkillV2DirectorySource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            type_: "directory".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SkillV2EmbeddedSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SkillV2EmbeddedSource {
    /// The `skill` property.
    pub skill: SkillV2Info,
    /// Always `"embedded"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SkillV2EmbeddedSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(skill: SkillV2Info) -> Self {
        Self {
            skill,
            type_: "embedded".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SkillV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SkillV2Info {
    /// The `content` property.
    pub content: String,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `location` property.
    pub location: String,
    /// The `name` property.
    pub name: String,
    /// The `slash` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slash: Option<bool>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SkillV2Info {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        content: impl Into<String>,
        location: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            description: None,
            location: location.into(),
            name: name.into(),
            slash: None,
            additional: Default::default(),
        }
    }
}
/// The `SkillV2Source` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SkillV2Source {
    /// `type` = `"directory"`.
    Directory(SkillV2DirectorySource),
    /// `type` = `"url"`.
    Url(SkillV2UrlSource),
    /// `type` = `"embedded"`.
    Embedded(SkillV2EmbeddedSource),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SkillV2Source {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["directory", "url", "embedded"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Directory(_) => "directory",
            Self::Url(_) => "url",
            Self::Embedded(_) => "embedded",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for SkillV2Source {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "SkillV2Source")?;
        Ok(
            match &*kind {
                "directory" => {
                    Self::Directory(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SkillV2Source", "directory")?,
                    )
                }
                "url" => {
                    Self::Url(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SkillV2Source", "url")?,
                    )
                }
                "embedded" => {
                    Self::Embedded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SkillV2Source", "embedded")?,
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
impl serde::Serialize for SkillV2Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Directory(v) => v.serialize(s),
            Self::Url(v) => v.serialize(s),
            Self::Embedded(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<SkillV2DirectorySource> for SkillV2Source {
    fn from(v: SkillV2DirectorySource) -> Self {
        Self::Directory(v)
    }
}
impl From<SkillV2UrlSource> for SkillV2Source {
    fn from(v: SkillV2UrlSource) -> Self {
        Self::Url(v)
    }
}
impl From<SkillV2EmbeddedSource> for SkillV2Source {
    fn from(v: SkillV2EmbeddedSource) -> Self {
        Self::Embedded(v)
    }
}
/// The `SkillV2UrlSource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SkillV2UrlSource {
    /// Always `"url"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SkillV2UrlSource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            type_: "url".to_owned(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
