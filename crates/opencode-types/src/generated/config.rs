//! Types of the `config` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `AgentConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AgentConfig {
    /// Hex color code (e.g., #FF5733) or theme color (e.g., primary)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<AgentConfigColor>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `disable` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable: Option<bool>,
    /// The `hidden` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// The `maxSteps` property.
    #[serde(rename = "maxSteps", default, skip_serializing_if = "Option::is_none")]
    pub max_steps: Option<i64>,
    /// The `mode` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<AgentConfigMode>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The `options` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `permission` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<PermissionConfig>,
    /// The `prompt` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The `steps` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<i64>,
    /// The `temperature` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The `tools` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<std::collections::BTreeMap<String, bool>>,
    /// The `top_p` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// The `variant` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Properties beyond the declared ones (the schema allows them).
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}
impl AgentConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            color: None,
            description: None,
            disable: None,
            hidden: None,
            max_steps: None,
            mode: None,
            model: None,
            options: None,
            permission: None,
            prompt: None,
            steps: None,
            temperature: None,
            tools: None,
            top_p: None,
            variant: None,
            additional: Default::default(),
        }
    }
}
impl Default for AgentConfig {
    fn default() -> Self {
        Self::new()
    }
}
/// Hex color code (e.g., #FF5733) or theme color (e.g., primary)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AgentConfigColor {
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
impl AgentConfigColor {
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
impl From<&str> for AgentConfigColor {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for AgentConfigColor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AgentConfigColor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentConfigColor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `AgentConfig.mode` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AgentConfigMode {
    /// The wire value `"subagent"`.
    Subagent,
    /// The wire value `"primary"`.
    Primary,
    /// The wire value `"all"`.
    All,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl AgentConfigMode {
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
impl From<&str> for AgentConfigMode {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for AgentConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AgentConfigMode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AgentConfigMode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `AttachmentConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttachmentConfig {
    /// The `image` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageAttachmentConfig>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl AttachmentConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            image: None,
            additional: Default::default(),
        }
    }
}
impl Default for AttachmentConfig {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Config` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Config {
    /// The `$schema` property.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<ConfigAgent>,
    /// The `attachment` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<AttachmentConfig>,
    /// The `autoshare` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoshare: Option<bool>,
    /// Automatically update to the latest version. Set to true to auto-update, false to disable, or 'notify' to show update notifications
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoupdate: Option<ConfigAutoupdate>,
    /// The `command` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<std::collections::BTreeMap<String, ConfigCommandValue>>,
    /// The `compaction` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compaction: Option<ConfigCompaction>,
    /// The `default_agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_agent: Option<String>,
    /// The `disabled_providers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled_providers: Option<Vec<String>>,
    /// The `enabled_providers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_providers: Option<Vec<String>>,
    /// The `enterprise` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<ConfigEnterprise>,
    /// The `experimental` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental: Option<ConfigExperimental>,
    /// Enable or configure formatters. Omit or set to false to disable, true to enable built-ins, or an object to enable built-ins with overrides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatter: Option<ConfigFormatter>,
    /// The `instructions` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<Vec<String>>,
    /// The `layout` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<LayoutConfig>,
    /// The `logLevel` property.
    #[serde(rename = "logLevel", default, skip_serializing_if = "Option::is_none")]
    pub log_level: Option<LogLevel>,
    /// Enable or configure LSP servers. Omit or set to false to disable, true to enable built-ins, or an object to enable built-ins with overrides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lsp: Option<ConfigLsp>,
    /// The `mcp` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mcp: Option<std::collections::BTreeMap<String, ConfigMcpValue>>,
    /// The `mode` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ConfigMode>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The `permission` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<PermissionConfig>,
    /// The `plugin` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin: Option<Vec<ConfigPluginItem>>,
    /// The `provider` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<std::collections::BTreeMap<String, ProviderConfig>>,
    /// The `reference` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<std::collections::BTreeMap<String, ConfigReferenceValue>>,
    /// The `references` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<std::collections::BTreeMap<String, ConfigReferencesValue>>,
    /// The `server` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerConfig>,
    /// The `share` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<ConfigShare>,
    /// The `shell` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shell: Option<String>,
    /// The `skills` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<ConfigSkills>,
    /// The `small_model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small_model: Option<String>,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<bool>,
    /// The `subagent_depth` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subagent_depth: Option<i64>,
    /// The `tool_output` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_output: Option<ConfigToolOutput>,
    /// The `tools` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<std::collections::BTreeMap<String, bool>>,
    /// The `username` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The `watcher` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watcher: Option<ConfigWatcher>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Config {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            schema: None,
            agent: None,
            attachment: None,
            autoshare: None,
            autoupdate: None,
            command: None,
            compaction: None,
            default_agent: None,
            disabled_providers: None,
            enabled_providers: None,
            enterprise: None,
            experimental: None,
            formatter: None,
            instructions: None,
            layout: None,
            log_level: None,
            lsp: None,
            mcp: None,
            mode: None,
            model: None,
            permission: None,
            plugin: None,
            provider: None,
            reference: None,
            references: None,
            server: None,
            share: None,
            shell: None,
            skills: None,
            small_model: None,
            snapshot: None,
            subagent_depth: None,
            tool_output: None,
            tools: None,
            username: None,
            watcher: None,
            additional: Default::default(),
        }
    }
}
impl Default for Config {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Config.agent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigAgent {
    /// The `build` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build: Option<AgentConfig>,
    /// The `compaction` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compaction: Option<AgentConfig>,
    /// The `explore` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explore: Option<AgentConfig>,
    /// The `general` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub general: Option<AgentConfig>,
    /// The `plan` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<AgentConfig>,
    /// The `summary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<AgentConfig>,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<AgentConfig>,
    /// Properties beyond the declared ones (the schema allows them).
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, AgentConfig>,
}
impl ConfigAgent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            build: None,
            compaction: None,
            explore: None,
            general: None,
            plan: None,
            summary: None,
            title: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigAgent {
    fn default() -> Self {
        Self::new()
    }
}
/// Automatically update to the latest version. Set to true to auto-update, false to disable, or 'notify' to show update notifications
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigAutoupdate {
    /// The value is a boolean.
    Bool(bool),
    /// The value is a [`ConfigAutoupdateString`].
    String(ConfigAutoupdateString),
}
/// The `Config.autoupdate\[1\]` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigAutoupdateString {
    /// The wire value `"notify"`.
    Notify,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ConfigAutoupdateString {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["notify"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Notify => "notify",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "notify" => Self::Notify,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ConfigAutoupdateString {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ConfigAutoupdateString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ConfigAutoupdateString {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ConfigAutoupdateString {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Config.command.*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigCommandValue {
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The `subtask` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtask: Option<bool>,
    /// The `template` property.
    pub template: String,
    /// The `variant` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigCommandValue {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(template: impl Into<String>) -> Self {
        Self {
            agent: None,
            description: None,
            model: None,
            subtask: None,
            template: template.into(),
            variant: None,
            additional: Default::default(),
        }
    }
}
/// The `Config.compaction` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigCompaction {
    /// The `auto` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto: Option<bool>,
    /// The `preserve_recent_tokens` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preserve_recent_tokens: Option<i64>,
    /// The `prune` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prune: Option<bool>,
    /// The `reserved` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved: Option<i64>,
    /// The `tail_turns` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tail_turns: Option<i64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigCompaction {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            auto: None,
            preserve_recent_tokens: None,
            prune: None,
            reserved: None,
            tail_turns: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigCompaction {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Config.enterprise` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigEnterprise {
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigEnterprise {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            url: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigEnterprise {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Config.experimental` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigExperimental {
    /// The `batch_tool` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_tool: Option<bool>,
    /// The `continue_loop_on_deny` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_loop_on_deny: Option<bool>,
    /// The `disable_paste_summary` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_paste_summary: Option<bool>,
    /// The `mcp_timeout` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mcp_timeout: Option<i64>,
    /// The `openTelemetry` property.
    #[serde(rename = "openTelemetry", default, skip_serializing_if = "Option::is_none")]
    pub open_telemetry: Option<bool>,
    /// The `policies` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<ConfigV2ExperimentalPolicy>>,
    /// The `primary_tools` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_tools: Option<Vec<String>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigExperimental {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            batch_tool: None,
            continue_loop_on_deny: None,
            disable_paste_summary: None,
            mcp_timeout: None,
            open_telemetry: None,
            policies: None,
            primary_tools: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigExperimental {
    fn default() -> Self {
        Self::new()
    }
}
/// Enable or configure formatters. Omit or set to false to disable, true to enable built-ins, or an object to enable built-ins with overrides.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigFormatter {
    /// The value is a boolean.
    Bool(bool),
    /// The value is an object map.
    Object(std::collections::BTreeMap<String, ConfigFormatterObjectValue>),
}
/// The `Config.formatter\[1\].*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigFormatterObjectValue {
    /// The `command` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// The `disabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// The `environment` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<std::collections::BTreeMap<String, String>>,
    /// The `extensions` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Vec<String>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigFormatterObjectValue {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            command: None,
            disabled: None,
            environment: None,
            extensions: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigFormatterObjectValue {
    fn default() -> Self {
        Self::new()
    }
}
/// Enable or configure LSP servers. Omit or set to false to disable, true to enable built-ins, or an object to enable built-ins with overrides.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigLsp {
    /// The value is a boolean.
    Bool(bool),
    /// The value is an object map.
    Object(std::collections::BTreeMap<String, ConfigLspObjectValue>),
}
/// The `Config.lsp\[1\].*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigLspObjectValue {
    /// The value is a [`ConfigLspObjectValueObject0`].
    Object0(ConfigLspObjectValueObject0),
    /// The value is a [`ConfigLspObjectValueObject1`].
    Object1(ConfigLspObjectValueObject1),
}
/// The `Config.lsp\[1\].*\[0\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigLspObjectValueObject0 {
    /// The `disabled` property.
    pub disabled: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigLspObjectValueObject0 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(disabled: bool) -> Self {
        Self {
            disabled,
            additional: Default::default(),
        }
    }
}
/// The `Config.lsp\[1\].*\[1\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigLspObjectValueObject1 {
    /// The `command` property.
    pub command: Vec<String>,
    /// The `disabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// The `env` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<std::collections::BTreeMap<String, String>>,
    /// The `extensions` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Vec<String>>,
    /// The `initialization` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initialization: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigLspObjectValueObject1 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(command: Vec<String>) -> Self {
        Self {
            command,
            disabled: None,
            env: None,
            extensions: None,
            initialization: None,
            additional: Default::default(),
        }
    }
}
/// The `Config.mcp.*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigMcpValue {
    /// The value is a [`McpLocalConfig`].
    McpLocalConfig(McpLocalConfig),
    /// The value is a [`McpRemoteConfig`].
    McpRemoteConfig(McpRemoteConfig),
    /// The value is a [`ConfigMcpValueObject2`].
    Object2(ConfigMcpValueObject2),
}
/// The `Config.mcp.*\[2\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigMcpValueObject2 {
    /// The `enabled` property.
    pub enabled: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigMcpValueObject2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(enabled: bool) -> Self {
        Self {
            enabled,
            additional: Default::default(),
        }
    }
}
/// The `Config.mode` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigMode {
    /// The `build` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build: Option<AgentConfig>,
    /// The `plan` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<AgentConfig>,
    /// Properties beyond the declared ones (the schema allows them).
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, AgentConfig>,
}
impl ConfigMode {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            build: None,
            plan: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigMode {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Config.plugin\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigPluginItem {
    /// The value is a string.
    String(String),
    /// The value is an array.
    Array((String, serde_json::Map<String, serde_json::Value>)),
}
/// The `Config.reference.*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigReferenceValue {
    /// The value is a string.
    String(String),
    /// The value is a [`ConfigV2ReferenceGit`].
    ConfigV2ReferenceGit(ConfigV2ReferenceGit),
    /// The value is a [`ConfigV2ReferenceLocal`].
    ConfigV2ReferenceLocal(ConfigV2ReferenceLocal),
}
/// The `Config.references.*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigReferencesValue {
    /// The value is a string.
    String(String),
    /// The value is a [`ConfigV2ReferenceGit`].
    ConfigV2ReferenceGit(ConfigV2ReferenceGit),
    /// The value is a [`ConfigV2ReferenceLocal`].
    ConfigV2ReferenceLocal(ConfigV2ReferenceLocal),
}
/// The `Config.share` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigShare {
    /// The wire value `"manual"`.
    Manual,
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"disabled"`.
    Disabled,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ConfigShare {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["manual", "auto", "disabled"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "manual",
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "manual" => Self::Manual,
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ConfigShare {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ConfigShare {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ConfigShare {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ConfigShare {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Config.skills` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigSkills {
    /// The `paths` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paths: Option<Vec<String>>,
    /// The `urls` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigSkills {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            paths: None,
            urls: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigSkills {
    fn default() -> Self {
        Self::new()
    }
}
/// The `Config.tool_output` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigToolOutput {
    /// The `max_bytes` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_bytes: Option<i64>,
    /// The `max_lines` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_lines: Option<i64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigToolOutput {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            max_bytes: None,
            max_lines: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigToolOutput {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ConfigV2ExperimentalPolicy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigV2ExperimentalPolicy {
    /// Always `"provider.use"`.
    pub action: String,
    /// The `effect` property.
    pub effect: PolicyEffect,
    /// The `resource` property.
    pub resource: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigV2ExperimentalPolicy {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(effect: PolicyEffect, resource: impl Into<String>) -> Self {
        Self {
            action: "provider.use".to_owned(),
            effect,
            resource: resource.into(),
            additional: Default::default(),
        }
    }
}
/// The `ConfigV2ReferenceGit` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigV2ReferenceGit {
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
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigV2ReferenceGit {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(repository: impl Into<String>) -> Self {
        Self {
            branch: None,
            description: None,
            hidden: None,
            repository: repository.into(),
            additional: Default::default(),
        }
    }
}
/// The `ConfigV2ReferenceLocal` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigV2ReferenceLocal {
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `hidden` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// The `path` property.
    pub path: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigV2ReferenceLocal {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            description: None,
            hidden: None,
            path: path.into(),
            additional: Default::default(),
        }
    }
}
/// The `Config.watcher` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigWatcher {
    /// The `ignore` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<Vec<String>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConfigWatcher {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            ignore: None,
            additional: Default::default(),
        }
    }
}
impl Default for ConfigWatcher {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ImageAttachmentConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImageAttachmentConfig {
    /// The `auto_resize` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_resize: Option<bool>,
    /// The `max_base64_bytes` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_base64_bytes: Option<i64>,
    /// The `max_height` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_height: Option<i64>,
    /// The `max_width` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_width: Option<i64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ImageAttachmentConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            auto_resize: None,
            max_base64_bytes: None,
            max_height: None,
            max_width: None,
            additional: Default::default(),
        }
    }
}
impl Default for ImageAttachmentConfig {
    fn default() -> Self {
        Self::new()
    }
}
/// @deprecated Always uses stretch layout.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LayoutConfig {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"stretch"`.
    Stretch,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl LayoutConfig {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["auto", "stretch"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Stretch => "stretch",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "auto" => Self::Auto,
            "stretch" => Self::Stretch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for LayoutConfig {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for LayoutConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LayoutConfig {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LayoutConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// Log level
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LogLevel {
    /// The wire value `"DEBUG"`.
    Debug,
    /// The wire value `"INFO"`.
    Info,
    /// The wire value `"WARN"`.
    Warn,
    /// The wire value `"ERROR"`.
    Error,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl LogLevel {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["DEBUG", "INFO", "WARN", "ERROR"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "DEBUG" => Self::Debug,
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for LogLevel {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for LogLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LogLevel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LogLevel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `McpLocalConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpLocalConfig {
    /// Command and arguments to run the MCP server
    pub command: Vec<String>,
    /// The `cwd` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cwd: Option<String>,
    /// The `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The `environment` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<std::collections::BTreeMap<String, String>>,
    /// The `timeout` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Type of MCP server connection
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpLocalConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(command: Vec<String>) -> Self {
        Self {
            command,
            cwd: None,
            enabled: None,
            environment: None,
            timeout: None,
            type_: "local".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `McpOAuthConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpOAuthConfig {
    /// The `callbackPort` property.
    #[serde(rename = "callbackPort", default, skip_serializing_if = "Option::is_none")]
    pub callback_port: Option<i64>,
    /// The `clientId` property.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The `clientSecret` property.
    #[serde(rename = "clientSecret", default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The `redirectUri` property.
    #[serde(rename = "redirectUri", default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// The `scope` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpOAuthConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            callback_port: None,
            client_id: None,
            client_secret: None,
            redirect_uri: None,
            scope: None,
            additional: Default::default(),
        }
    }
}
impl Default for McpOAuthConfig {
    fn default() -> Self {
        Self::new()
    }
}
/// The `McpRemoteConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpRemoteConfig {
    /// The `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The `headers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// OAuth authentication configuration for the MCP server. Set to false to disable OAuth auto-detection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<McpRemoteConfigOauth>,
    /// The `timeout` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Type of MCP server connection
    #[serde(rename = "type")]
    pub type_: String,
    /// URL of the remote MCP server
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpRemoteConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            enabled: None,
            headers: None,
            oauth: None,
            timeout: None,
            type_: "remote".to_owned(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// OAuth authentication configuration for the MCP server. Set to false to disable OAuth auto-detection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum McpRemoteConfigOauth {
    /// The value is a [`McpOAuthConfig`].
    McpOAuthConfig(McpOAuthConfig),
    /// The value is a boolean.
    Bool(bool),
}
/// The `McpResource` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpResource {
    /// The `client` property.
    pub client: String,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `mimeType` property.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The `name` property.
    pub name: String,
    /// The `uri` property.
    pub uri: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpResource {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        client: impl Into<String>,
        name: impl Into<String>,
        uri: impl Into<String>,
    ) -> Self {
        Self {
            client: client.into(),
            description: None,
            mime_type: None,
            name: name.into(),
            uri: uri.into(),
            additional: Default::default(),
        }
    }
}
/// The `McpServerNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpServerNotFoundError {
    /// Always `"McpServerNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpServerNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            tag: "McpServerNotFoundError".to_owned(),
            message: message.into(),
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `McpUnsupportedOAuthError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct McpUnsupportedOAuthError {
    /// The `error` property.
    pub error: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl McpUnsupportedOAuthError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionAction` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PermissionAction {
    /// The wire value `"allow"`.
    Allow,
    /// The wire value `"deny"`.
    Deny,
    /// The wire value `"ask"`.
    Ask,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PermissionAction {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["allow", "deny", "ask"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Ask => "ask",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "allow" => Self::Allow,
            "deny" => Self::Deny,
            "ask" => Self::Ask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for PermissionAction {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PermissionAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PermissionAction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PermissionAction {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `PermissionActionConfig` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PermissionActionConfig {
    /// The wire value `"ask"`.
    Ask,
    /// The wire value `"allow"`.
    Allow,
    /// The wire value `"deny"`.
    Deny,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PermissionActionConfig {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["ask", "allow", "deny"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ask => "ask",
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "ask" => Self::Ask,
            "allow" => Self::Allow,
            "deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for PermissionActionConfig {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PermissionActionConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PermissionActionConfig {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PermissionActionConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `PermissionConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PermissionConfig {
    /// The value is a [`PermissionActionConfig`].
    PermissionActionConfig(PermissionActionConfig),
    /// The value is a [`PermissionConfigObject1`].
    Object1(PermissionConfigObject1),
}
/// The `PermissionConfig\[1\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionConfigObject1 {
    /// The `bash` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bash: Option<PermissionRuleConfig>,
    /// The `doom_loop` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doom_loop: Option<PermissionActionConfig>,
    /// The `edit` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit: Option<PermissionRuleConfig>,
    /// The `external_directory` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_directory: Option<PermissionRuleConfig>,
    /// The `glob` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glob: Option<PermissionRuleConfig>,
    /// The `grep` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grep: Option<PermissionRuleConfig>,
    /// The `list` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<PermissionRuleConfig>,
    /// The `lsp` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lsp: Option<PermissionRuleConfig>,
    /// The `question` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<PermissionActionConfig>,
    /// The `read` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read: Option<PermissionRuleConfig>,
    /// The `skill` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<PermissionRuleConfig>,
    /// The `task` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<PermissionRuleConfig>,
    /// The `todowrite` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub todowrite: Option<PermissionActionConfig>,
    /// The `webfetch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webfetch: Option<PermissionActionConfig>,
    /// The `websearch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub websearch: Option<PermissionActionConfig>,
    /// Properties beyond the declared ones (the schema allows them).
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, PermissionRuleConfig>,
}
impl PermissionConfigObject1 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            bash: None,
            doom_loop: None,
            edit: None,
            external_directory: None,
            glob: None,
            grep: None,
            list: None,
            lsp: None,
            question: None,
            read: None,
            skill: None,
            task: None,
            todowrite: None,
            webfetch: None,
            websearch: None,
            additional: Default::default(),
        }
    }
}
impl Default for PermissionConfigObject1 {
    fn default() -> Self {
        Self::new()
    }
}
/// The `PermissionNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionNotFoundError {
    /// Always `"PermissionNotFoundError"`.
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
impl PermissionNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            tag: "PermissionNotFoundError".to_owned(),
            message: message.into(),
            request_id: request_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionObjectConfig` schema.
pub type PermissionObjectConfig = std::collections::BTreeMap<
    String,
    PermissionActionConfig,
>;
/// The `PermissionRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionRequest {
    /// The `always` property.
    pub always: Vec<String>,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `patterns` property.
    pub patterns: Vec<String>,
    /// The `permission` property.
    pub permission: String,
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
impl PermissionRequest {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        always: Vec<String>,
        id: impl Into<String>,
        metadata: serde_json::Map<String, serde_json::Value>,
        patterns: Vec<String>,
        permission: impl Into<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            always,
            id: id.into(),
            metadata,
            patterns,
            permission: permission.into(),
            session_id: session_id.into(),
            tool: None,
            additional: Default::default(),
        }
    }
}
/// The `PermissionRule` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionRule {
    /// The `action` property.
    pub action: PermissionAction,
    /// The `pattern` property.
    pub pattern: String,
    /// The `permission` property.
    pub permission: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionRule {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        action: PermissionAction,
        pattern: impl Into<String>,
        permission: impl Into<String>,
    ) -> Self {
        Self {
            action,
            pattern: pattern.into(),
            permission: permission.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionRuleConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PermissionRuleConfig {
    /// The value is a [`PermissionActionConfig`].
    PermissionActionConfig(PermissionActionConfig),
    /// The value is a [`PermissionObjectConfig`].
    PermissionObjectConfig(PermissionObjectConfig),
}
/// The `PermissionRuleset` schema.
pub type PermissionRuleset = Vec<PermissionRule>;
/// The `PermissionSavedInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionSavedInfo {
    /// The `action` property.
    pub action: String,
    /// The `id` property.
    pub id: String,
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// The `resource` property.
    pub resource: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionSavedInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        action: impl Into<String>,
        id: impl Into<String>,
        project_id: impl Into<String>,
        resource: impl Into<String>,
    ) -> Self {
        Self {
            action: action.into(),
            id: id.into(),
            project_id: project_id.into(),
            resource: resource.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Effect` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PermissionV2Effect {
    /// The wire value `"allow"`.
    Allow,
    /// The wire value `"deny"`.
    Deny,
    /// The wire value `"ask"`.
    Ask,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PermissionV2Effect {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["allow", "deny", "ask"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Ask => "ask",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "allow" => Self::Allow,
            "deny" => Self::Deny,
            "ask" => Self::Ask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for PermissionV2Effect {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PermissionV2Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PermissionV2Effect {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PermissionV2Effect {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `PermissionV2Reply` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PermissionV2Reply {
    /// The wire value `"once"`.
    Once,
    /// The wire value `"always"`.
    Always,
    /// The wire value `"reject"`.
    Reject,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PermissionV2Reply {
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
impl From<&str> for PermissionV2Reply {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PermissionV2Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PermissionV2Reply {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PermissionV2Reply {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `PermissionV2Request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2Request {
    /// The `action` property.
    pub action: String,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `resources` property.
    pub resources: Vec<String>,
    /// The `save` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub save: Option<Vec<String>>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<PermissionV2Source>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2Request {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        action: impl Into<String>,
        id: impl Into<String>,
        resources: Vec<String>,
        session_id: impl Into<String>,
    ) -> Self {
        Self {
            action: action.into(),
            id: id.into(),
            metadata: None,
            resources,
            save: None,
            session_id: session_id.into(),
            source: None,
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Rule` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2Rule {
    /// The `action` property.
    pub action: String,
    /// The `effect` property.
    pub effect: PermissionV2Effect,
    /// The `resource` property.
    pub resource: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2Rule {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        action: impl Into<String>,
        effect: PermissionV2Effect,
        resource: impl Into<String>,
    ) -> Self {
        Self {
            action: action.into(),
            effect,
            resource: resource.into(),
            additional: Default::default(),
        }
    }
}
/// The `PermissionV2Ruleset` schema.
pub type PermissionV2Ruleset = Vec<PermissionV2Rule>;
/// The `PermissionV2Source` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionV2Source {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// Always `"tool"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl PermissionV2Source {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(call_id: impl Into<String>, message_id: impl Into<String>) -> Self {
        Self {
            call_id: call_id.into(),
            message_id: message_id.into(),
            type_: "tool".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `PolicyEffect` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PolicyEffect {
    /// The wire value `"allow"`.
    Allow,
    /// The wire value `"deny"`.
    Deny,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl PolicyEffect {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["allow", "deny"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "allow" => Self::Allow,
            "deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for PolicyEffect {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for PolicyEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PolicyEffect {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PolicyEffect {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderConfig` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfig {
    /// The `api` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// The `blacklist` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blacklist: Option<Vec<String>>,
    /// The `env` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<String>>,
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `models` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<std::collections::BTreeMap<String, ProviderConfigModelsValue>>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `npm` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub npm: Option<String>,
    /// The `options` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ProviderConfigOptions>,
    /// The `whitelist` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whitelist: Option<Vec<String>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            api: None,
            blacklist: None,
            env: None,
            id: None,
            models: None,
            name: None,
            npm: None,
            options: None,
            whitelist: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderConfig {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProviderConfig.models.*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValue {
    /// The `attachment` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<bool>,
    /// The `cost` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<ProviderConfigModelsValueCost>,
    /// The `experimental` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental: Option<bool>,
    /// The `family` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The `headers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `interleaved` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interleaved: Option<ProviderConfigModelsValueInterleaved>,
    /// The `limit` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<ProviderConfigModelsValueLimit>,
    /// The `modalities` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modalities: Option<ProviderConfigModelsValueModalities>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `options` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `provider` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<ProviderConfigModelsValueProvider>,
    /// The `reasoning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<bool>,
    /// The `release_date` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProviderConfigModelsValueStatus>,
    /// The `temperature` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<bool>,
    /// The `tool_call` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call: Option<bool>,
    /// Variant-specific configuration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variants: Option<
        std::collections::BTreeMap<String, ProviderConfigModelsValueVariantsValue>,
    >,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValue {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            attachment: None,
            cost: None,
            experimental: None,
            family: None,
            headers: None,
            id: None,
            interleaved: None,
            limit: None,
            modalities: None,
            name: None,
            options: None,
            provider: None,
            reasoning: None,
            release_date: None,
            status: None,
            temperature: None,
            tool_call: None,
            variants: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderConfigModelsValue {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProviderConfig.models.*.cost` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueCost {
    /// The `cache_read` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read: Option<f64>,
    /// The `cache_write` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write: Option<f64>,
    /// The `context_over_200k` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_over_200k: Option<ProviderConfigModelsValueCostContextOver200k>,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValueCost {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(input: f64, output: f64) -> Self {
        Self {
            cache_read: None,
            cache_write: None,
            context_over_200k: None,
            input,
            output,
            additional: Default::default(),
        }
    }
}
/// The `ProviderConfig.models.*.cost.context_over_200k` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueCostContextOver200k {
    /// The `cache_read` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read: Option<f64>,
    /// The `cache_write` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write: Option<f64>,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValueCostContextOver200k {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(input: f64, output: f64) -> Self {
        Self {
            cache_read: None,
            cache_write: None,
            input,
            output,
            additional: Default::default(),
        }
    }
}
/// The `ProviderConfig.models.*.interleaved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ProviderConfigModelsValueInterleaved {
    /// The value is a boolean.
    Bool(bool),
    /// The value is a [`ProviderConfigModelsValueInterleavedString`].
    String(ProviderConfigModelsValueInterleavedString),
    /// The value is a string.
    String2(String),
    /// The value is a [`ProviderConfigModelsValueInterleavedObject3`].
    Object3(ProviderConfigModelsValueInterleavedObject3),
}
/// The `ProviderConfig.models.*.interleaved\[3\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueInterleavedObject3 {
    /// The `field` property.
    pub field: ProviderConfigModelsValueInterleavedObject3Field,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValueInterleavedObject3 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(field: ProviderConfigModelsValueInterleavedObject3Field) -> Self {
        Self {
            field,
            additional: Default::default(),
        }
    }
}
/// The `ProviderConfig.models.*.interleaved\[3\].field` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderConfigModelsValueInterleavedObject3Field {
    /// The wire value `"reasoning"`.
    Reasoning,
    /// The wire value `"reasoning_content"`.
    ReasoningContent,
    /// The wire value `"reasoning_text"`.
    ReasoningText,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderConfigModelsValueInterleavedObject3Field {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "reasoning",
        "reasoning_content",
        "reasoning_text",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reasoning => "reasoning",
            Self::ReasoningContent => "reasoning_content",
            Self::ReasoningText => "reasoning_text",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "reasoning" => Self::Reasoning,
            "reasoning_content" => Self::ReasoningContent,
            "reasoning_text" => Self::ReasoningText,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderConfigModelsValueInterleavedObject3Field {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderConfigModelsValueInterleavedObject3Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderConfigModelsValueInterleavedObject3Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderConfigModelsValueInterleavedObject3Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderConfig.models.*.interleaved\[1\]` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderConfigModelsValueInterleavedString {
    /// The wire value `"reasoning"`.
    Reasoning,
    /// The wire value `"reasoning_content"`.
    ReasoningContent,
    /// The wire value `"reasoning_text"`.
    ReasoningText,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderConfigModelsValueInterleavedString {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "reasoning",
        "reasoning_content",
        "reasoning_text",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reasoning => "reasoning",
            Self::ReasoningContent => "reasoning_content",
            Self::ReasoningText => "reasoning_text",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "reasoning" => Self::Reasoning,
            "reasoning_content" => Self::ReasoningContent,
            "reasoning_text" => Self::ReasoningText,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderConfigModelsValueInterleavedString {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderConfigModelsValueInterleavedString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderConfigModelsValueInterleavedString {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderConfigModelsValueInterleavedString {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderConfig.models.*.limit` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueLimit {
    /// The `context` property.
    pub context: f64,
    /// The `input` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    /// The `output` property.
    pub output: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValueLimit {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(context: f64, output: f64) -> Self {
        Self {
            context,
            input: None,
            output,
            additional: Default::default(),
        }
    }
}
/// The `ProviderConfig.models.*.modalities` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueModalities {
    /// The `input` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Vec<ProviderConfigModelsValueModalitiesInputItem>>,
    /// The `output` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Vec<ProviderConfigModelsValueModalitiesOutputItem>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValueModalities {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            input: None,
            output: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderConfigModelsValueModalities {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProviderConfig.models.*.modalities.input\[\]` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderConfigModelsValueModalitiesInputItem {
    /// The wire value `"text"`.
    Text,
    /// The wire value `"audio"`.
    Audio,
    /// The wire value `"image"`.
    Image,
    /// The wire value `"video"`.
    Video,
    /// The wire value `"pdf"`.
    Pdf,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderConfigModelsValueModalitiesInputItem {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "text",
        "audio",
        "image",
        "video",
        "pdf",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Image => "image",
            Self::Video => "video",
            Self::Pdf => "pdf",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "text" => Self::Text,
            "audio" => Self::Audio,
            "image" => Self::Image,
            "video" => Self::Video,
            "pdf" => Self::Pdf,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderConfigModelsValueModalitiesInputItem {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderConfigModelsValueModalitiesInputItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderConfigModelsValueModalitiesInputItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderConfigModelsValueModalitiesInputItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderConfig.models.*.modalities.output\[\]` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderConfigModelsValueModalitiesOutputItem {
    /// The wire value `"text"`.
    Text,
    /// The wire value `"audio"`.
    Audio,
    /// The wire value `"image"`.
    Image,
    /// The wire value `"video"`.
    Video,
    /// The wire value `"pdf"`.
    Pdf,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderConfigModelsValueModalitiesOutputItem {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "text",
        "audio",
        "image",
        "video",
        "pdf",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Image => "image",
            Self::Video => "video",
            Self::Pdf => "pdf",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "text" => Self::Text,
            "audio" => Self::Audio,
            "image" => Self::Image,
            "video" => Self::Video,
            "pdf" => Self::Pdf,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderConfigModelsValueModalitiesOutputItem {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderConfigModelsValueModalitiesOutputItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderConfigModelsValueModalitiesOutputItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderConfigModelsValueModalitiesOutputItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderConfig.models.*.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueProvider {
    /// The `api` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// The `npm` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub npm: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderConfigModelsValueProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            api: None,
            npm: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderConfigModelsValueProvider {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProviderConfig.models.*.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderConfigModelsValueStatus {
    /// The wire value `"alpha"`.
    Alpha,
    /// The wire value `"beta"`.
    Beta,
    /// The wire value `"deprecated"`.
    Deprecated,
    /// The wire value `"active"`.
    Active,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderConfigModelsValueStatus {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "alpha",
        "beta",
        "deprecated",
        "active",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alpha => "alpha",
            Self::Beta => "beta",
            Self::Deprecated => "deprecated",
            Self::Active => "active",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "alpha" => Self::Alpha,
            "beta" => Self::Beta,
            "deprecated" => Self::Deprecated,
            "active" => Self::Active,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderConfigModelsValueStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderConfigModelsValueStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderConfigModelsValueStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderConfigModelsValueStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderConfig.models.*.variants.*` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigModelsValueVariantsValue {
    /// The `disabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Properties beyond the declared ones (the schema allows them).
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}
impl ProviderConfigModelsValueVariantsValue {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            disabled: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderConfigModelsValueVariantsValue {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProviderConfig.options` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderConfigOptions {
    /// The `apiKey` property.
    #[serde(rename = "apiKey", default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// The `baseURL` property.
    #[serde(rename = "baseURL", default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Timeout in milliseconds between streamed SSE chunks for this provider (default: 300000). If no chunk arrives within this window, the request is aborted. Set to false to disable timeout.
    #[serde(rename = "chunkTimeout", default, skip_serializing_if = "Option::is_none")]
    pub chunk_timeout: Option<ProviderConfigOptionsChunkTimeout>,
    /// The `enterpriseUrl` property.
    #[serde(rename = "enterpriseUrl", default, skip_serializing_if = "Option::is_none")]
    pub enterprise_url: Option<String>,
    /// Timeout in milliseconds to wait for response headers (default: 300000). Set to false to disable timeout.
    #[serde(rename = "headerTimeout", default, skip_serializing_if = "Option::is_none")]
    pub header_timeout: Option<ProviderConfigOptionsHeaderTimeout>,
    /// The `setCacheKey` property.
    #[serde(rename = "setCacheKey", default, skip_serializing_if = "Option::is_none")]
    pub set_cache_key: Option<bool>,
    /// Timeout in milliseconds for full requests to this provider. Set to false to disable timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<ProviderConfigOptionsTimeout>,
    /// Properties beyond the declared ones (the schema allows them).
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}
impl ProviderConfigOptions {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            api_key: None,
            base_url: None,
            chunk_timeout: None,
            enterprise_url: None,
            header_timeout: None,
            set_cache_key: None,
            timeout: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderConfigOptions {
    fn default() -> Self {
        Self::new()
    }
}
/// Timeout in milliseconds between streamed SSE chunks for this provider (default: 300000). If no chunk arrives within this window, the request is aborted. Set to false to disable timeout.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ProviderConfigOptionsChunkTimeout {
    /// The value is an integer.
    Integer(i64),
    /// The value is a boolean.
    Bool(bool),
}
/// Timeout in milliseconds to wait for response headers (default: 300000). Set to false to disable timeout.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ProviderConfigOptionsHeaderTimeout {
    /// The value is an integer.
    Integer(i64),
    /// The value is a boolean.
    Bool(bool),
}
/// Timeout in milliseconds for full requests to this provider. Set to false to disable timeout.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ProviderConfigOptionsTimeout {
    /// The value is an integer.
    Integer(i64),
    /// The value is a boolean.
    Bool(bool),
}
/// Server configuration for opencode serve and web commands
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServerConfig {
    /// The `cors` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cors: Option<Vec<String>>,
    /// The `hostname` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The `mdns` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdns: Option<bool>,
    /// The `mdnsDomain` property.
    #[serde(rename = "mdnsDomain", default, skip_serializing_if = "Option::is_none")]
    pub mdns_domain: Option<String>,
    /// The `port` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ServerConfig {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            cors: None,
            hostname: None,
            mdns: None,
            mdns_domain: None,
            port: None,
            additional: Default::default(),
        }
    }
}
impl Default for ServerConfig {
    fn default() -> Self {
        Self::new()
    }
}
