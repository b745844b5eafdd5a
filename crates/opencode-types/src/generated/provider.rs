//! Types of the `provider` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `ApiAuth` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiAuth {
    /// The `key` property.
    pub key: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Always `"api"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ApiAuth {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            metadata: None,
            type_: "api".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Auth` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Auth {
    /// `type` = `"oauth"`.
    Oauth(OAuth),
    /// `type` = `"api"`.
    Api(ApiAuth),
    /// `type` = `"wellknown"`.
    Wellknown(WellKnownAuth),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl Auth {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["oauth", "api", "wellknown"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Oauth(_) => "oauth",
            Self::Api(_) => "api",
            Self::Wellknown(_) => "wellknown",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for Auth {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "Auth")?;
        Ok(
            match &*kind {
                "oauth" => {
                    Self::Oauth(
                        crate::__private::variant::<_, D::Error>(&raw, "Auth", "oauth")?,
                    )
                }
                "api" => {
                    Self::Api(
                        crate::__private::variant::<_, D::Error>(&raw, "Auth", "api")?,
                    )
                }
                "wellknown" => {
                    Self::Wellknown(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Auth", "wellknown")?,
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
impl serde::Serialize for Auth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Oauth(v) => v.serialize(s),
            Self::Api(v) => v.serialize(s),
            Self::Wellknown(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<OAuth> for Auth {
    fn from(v: OAuth) -> Self {
        Self::Oauth(v)
    }
}
impl From<ApiAuth> for Auth {
    fn from(v: ApiAuth) -> Self {
        Self::Api(v)
    }
}
impl From<WellKnownAuth> for Auth {
    fn from(v: WellKnownAuth) -> Self {
        Self::Wellknown(v)
    }
}
/// The `ConnectionCredentialInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectionCredentialInfo {
    /// The `id` property.
    pub id: String,
    /// The `label` property.
    pub label: String,
    /// Always `"credential"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConnectionCredentialInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
            type_: "credential".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ConnectionEnvInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectionEnvInfo {
    /// The `name` property.
    pub name: String,
    /// Always `"env"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConnectionEnvInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            type_: "env".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ConnectionInfo` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectionInfo {
    /// `type` = `"credential"`.
    Credential(ConnectionCredentialInfo),
    /// `type` = `"env"`.
    Env(ConnectionEnvInfo),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl ConnectionInfo {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["credential", "env"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Credential(_) => "credential",
            Self::Env(_) => "env",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for ConnectionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "ConnectionInfo")?;
        Ok(
            match &*kind {
                "credential" => {
                    Self::Credential(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ConnectionInfo", "credential")?,
                    )
                }
                "env" => {
                    Self::Env(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ConnectionInfo", "env")?,
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
impl serde::Serialize for ConnectionInfo {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Credential(v) => v.serialize(s),
            Self::Env(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ConnectionCredentialInfo> for ConnectionInfo {
    fn from(v: ConnectionCredentialInfo) -> Self {
        Self::Credential(v)
    }
}
impl From<ConnectionEnvInfo> for ConnectionInfo {
    fn from(v: ConnectionEnvInfo) -> Self {
        Self::Env(v)
    }
}
/// The `CredentialKey` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CredentialKey {
    /// The `key` property.
    pub key: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"key"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CredentialKey {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            metadata: None,
            type_: "key".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `CredentialOAuth` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CredentialOAuth {
    /// The `access` property.
    pub access: String,
    /// The `expires` property.
    pub expires: i64,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `methodID` property.
    #[serde(rename = "methodID")]
    pub method_id: String,
    /// The `refresh` property.
    pub refresh: String,
    /// Always `"oauth"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl CredentialOAuth {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        access: impl Into<String>,
        expires: i64,
        method_id: impl Into<String>,
        refresh: impl Into<String>,
    ) -> Self {
        Self {
            access: access.into(),
            expires,
            metadata: None,
            method_id: method_id.into(),
            refresh: refresh.into(),
            type_: "oauth".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `CredentialValue` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CredentialValue {
    /// `type` = `"oauth"`.
    Oauth(CredentialOAuth),
    /// `type` = `"key"`.
    Key(CredentialKey),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl CredentialValue {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["oauth", "key"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Oauth(_) => "oauth",
            Self::Key(_) => "key",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for CredentialValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "CredentialValue")?;
        Ok(
            match &*kind {
                "oauth" => {
                    Self::Oauth(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "CredentialValue", "oauth")?,
                    )
                }
                "key" => {
                    Self::Key(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "CredentialValue", "key")?,
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
impl serde::Serialize for CredentialValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Oauth(v) => v.serialize(s),
            Self::Key(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<CredentialOAuth> for CredentialValue {
    fn from(v: CredentialOAuth) -> Self {
        Self::Oauth(v)
    }
}
impl From<CredentialKey> for CredentialValue {
    fn from(v: CredentialKey) -> Self {
        Self::Key(v)
    }
}
/// The `IntegrationAttempt` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttempt {
    /// The `attemptID` property.
    #[serde(rename = "attemptID")]
    pub attempt_id: String,
    /// The `instructions` property.
    pub instructions: String,
    /// The `mode` property.
    pub mode: IntegrationAttemptMode,
    /// The `time` property.
    pub time: IntegrationAttemptTime,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttempt {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        attempt_id: impl Into<String>,
        instructions: impl Into<String>,
        mode: IntegrationAttemptMode,
        time: IntegrationAttemptTime,
        url: impl Into<String>,
    ) -> Self {
        Self {
            attempt_id: attempt_id.into(),
            instructions: instructions.into(),
            mode,
            time,
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttempt.mode` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntegrationAttemptMode {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"code"`.
    Code,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl IntegrationAttemptMode {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["auto", "code"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Code => "code",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "auto" => Self::Auto,
            "code" => Self::Code,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for IntegrationAttemptMode {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for IntegrationAttemptMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for IntegrationAttemptMode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for IntegrationAttemptMode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `IntegrationAttemptStatus` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IntegrationAttemptStatus {
    /// `status` = `"pending"`.
    Pending(IntegrationAttemptStatusPending),
    /// `status` = `"complete"`.
    Complete(IntegrationAttemptStatusComplete),
    /// `status` = `"failed"`.
    Failed(IntegrationAttemptStatusFailed),
    /// `status` = `"expired"`.
    Expired(IntegrationAttemptStatusExpired),
    /// A `status` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `status` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl IntegrationAttemptStatus {
    /// Every `status` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "pending",
        "complete",
        "failed",
        "expired",
    ];
    /// The `status` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Pending(_) => "pending",
            Self::Complete(_) => "complete",
            Self::Failed(_) => "failed",
            Self::Expired(_) => "expired",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for IntegrationAttemptStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["status"], "IntegrationAttemptStatus")?;
        Ok(
            match &*kind {
                "pending" => {
                    Self::Pending(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationAttemptStatus", "pending")?,
                    )
                }
                "complete" => {
                    Self::Complete(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationAttemptStatus", "complete")?,
                    )
                }
                "failed" => {
                    Self::Failed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationAttemptStatus", "failed")?,
                    )
                }
                "expired" => {
                    Self::Expired(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationAttemptStatus", "expired")?,
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
impl serde::Serialize for IntegrationAttemptStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Pending(v) => v.serialize(s),
            Self::Complete(v) => v.serialize(s),
            Self::Failed(v) => v.serialize(s),
            Self::Expired(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<IntegrationAttemptStatusPending> for IntegrationAttemptStatus {
    fn from(v: IntegrationAttemptStatusPending) -> Self {
        Self::Pending(v)
    }
}
impl From<IntegrationAttemptStatusComplete> for IntegrationAttemptStatus {
    fn from(v: IntegrationAttemptStatusComplete) -> Self {
        Self::Complete(v)
    }
}
impl From<IntegrationAttemptStatusFailed> for IntegrationAttemptStatus {
    fn from(v: IntegrationAttemptStatusFailed) -> Self {
        Self::Failed(v)
    }
}
impl From<IntegrationAttemptStatusExpired> for IntegrationAttemptStatus {
    fn from(v: IntegrationAttemptStatusExpired) -> Self {
        Self::Expired(v)
    }
}
/// The `IntegrationAttemptStatus\[complete\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusComplete {
    /// Always `"complete"`.
    pub status: String,
    /// The `time` property.
    pub time: IntegrationAttemptStatusCompleteTime,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusComplete {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(time: IntegrationAttemptStatusCompleteTime) -> Self {
        Self {
            status: "complete".to_owned(),
            time,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[complete\].time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusCompleteTime {
    /// The `created` property.
    pub created: crate::JsNumber,
    /// The `expires` property.
    pub expires: crate::JsNumber,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusCompleteTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: crate::JsNumber, expires: crate::JsNumber) -> Self {
        Self {
            created,
            expires,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[expired\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusExpired {
    /// Always `"expired"`.
    pub status: String,
    /// The `time` property.
    pub time: IntegrationAttemptStatusExpiredTime,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusExpired {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(time: IntegrationAttemptStatusExpiredTime) -> Self {
        Self {
            status: "expired".to_owned(),
            time,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[expired\].time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusExpiredTime {
    /// The `created` property.
    pub created: crate::JsNumber,
    /// The `expires` property.
    pub expires: crate::JsNumber,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusExpiredTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: crate::JsNumber, expires: crate::JsNumber) -> Self {
        Self {
            created,
            expires,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[failed\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusFailed {
    /// The `message` property.
    pub message: String,
    /// Always `"failed"`.
    pub status: String,
    /// The `time` property.
    pub time: IntegrationAttemptStatusFailedTime,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message: impl Into<String>,
        time: IntegrationAttemptStatusFailedTime,
    ) -> Self {
        Self {
            message: message.into(),
            status: "failed".to_owned(),
            time,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[failed\].time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusFailedTime {
    /// The `created` property.
    pub created: crate::JsNumber,
    /// The `expires` property.
    pub expires: crate::JsNumber,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusFailedTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: crate::JsNumber, expires: crate::JsNumber) -> Self {
        Self {
            created,
            expires,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[pending\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusPending {
    /// Always `"pending"`.
    pub status: String,
    /// The `time` property.
    pub time: IntegrationAttemptStatusPendingTime,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusPending {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(time: IntegrationAttemptStatusPendingTime) -> Self {
        Self {
            status: "pending".to_owned(),
            time,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttemptStatus\[pending\].time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptStatusPendingTime {
    /// The `created` property.
    pub created: crate::JsNumber,
    /// The `expires` property.
    pub expires: crate::JsNumber,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptStatusPendingTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: crate::JsNumber, expires: crate::JsNumber) -> Self {
        Self {
            created,
            expires,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationAttempt.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationAttemptTime {
    /// The `created` property.
    pub created: crate::JsNumber,
    /// The `expires` property.
    pub expires: crate::JsNumber,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationAttemptTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: crate::JsNumber, expires: crate::JsNumber) -> Self {
        Self {
            created,
            expires,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationEnvMethod` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationEnvMethod {
    /// The `names` property.
    pub names: Vec<String>,
    /// Always `"env"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationEnvMethod {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(names: Vec<String>) -> Self {
        Self {
            names,
            type_: "env".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationInfo {
    /// The `connections` property.
    pub connections: Vec<ConnectionInfo>,
    /// The `id` property.
    pub id: String,
    /// The `methods` property.
    pub methods: Vec<IntegrationMethod>,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationInfo {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        connections: Vec<ConnectionInfo>,
        id: impl Into<String>,
        methods: Vec<IntegrationMethod>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            connections,
            id: id.into(),
            methods,
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationInputs` schema.
pub type IntegrationInputs = std::collections::BTreeMap<String, String>;
/// The `IntegrationKeyMethod` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationKeyMethod {
    /// The `label` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Always `"key"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationKeyMethod {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            label: None,
            type_: "key".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for IntegrationKeyMethod {
    fn default() -> Self {
        Self::new()
    }
}
/// The `IntegrationMethod` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IntegrationMethod {
    /// `type` = `"oauth"`.
    Oauth(IntegrationOAuthMethod),
    /// `type` = `"key"`.
    Key(IntegrationKeyMethod),
    /// `type` = `"env"`.
    Env(IntegrationEnvMethod),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl IntegrationMethod {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["oauth", "key", "env"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Oauth(_) => "oauth",
            Self::Key(_) => "key",
            Self::Env(_) => "env",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for IntegrationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "IntegrationMethod")?;
        Ok(
            match &*kind {
                "oauth" => {
                    Self::Oauth(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationMethod", "oauth")?,
                    )
                }
                "key" => {
                    Self::Key(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationMethod", "key")?,
                    )
                }
                "env" => {
                    Self::Env(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationMethod", "env")?,
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
impl serde::Serialize for IntegrationMethod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Oauth(v) => v.serialize(s),
            Self::Key(v) => v.serialize(s),
            Self::Env(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<IntegrationOAuthMethod> for IntegrationMethod {
    fn from(v: IntegrationOAuthMethod) -> Self {
        Self::Oauth(v)
    }
}
impl From<IntegrationKeyMethod> for IntegrationMethod {
    fn from(v: IntegrationKeyMethod) -> Self {
        Self::Key(v)
    }
}
impl From<IntegrationEnvMethod> for IntegrationMethod {
    fn from(v: IntegrationEnvMethod) -> Self {
        Self::Env(v)
    }
}
/// The `IntegrationOAuthMethod` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationOAuthMethod {
    /// The `id` property.
    pub id: String,
    /// The `label` property.
    pub label: String,
    /// The `prompts` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompts: Option<Vec<IntegrationOAuthMethodPromptsItem>>,
    /// Always `"oauth"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationOAuthMethod {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
            prompts: None,
            type_: "oauth".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationOAuthMethod.prompts\[\]` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IntegrationOAuthMethodPromptsItem {
    /// `type` = `"text"`.
    Text(IntegrationTextPrompt),
    /// `type` = `"select"`.
    Select(IntegrationSelectPrompt),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl IntegrationOAuthMethodPromptsItem {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["text", "select"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::Select(_) => "select",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for IntegrationOAuthMethodPromptsItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "IntegrationOAuthMethodPromptsItem")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationOAuthMethodPromptsItem", "text")?,
                    )
                }
                "select" => {
                    Self::Select(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "IntegrationOAuthMethodPromptsItem", "select")?,
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
impl serde::Serialize for IntegrationOAuthMethodPromptsItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::Select(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<IntegrationTextPrompt> for IntegrationOAuthMethodPromptsItem {
    fn from(v: IntegrationTextPrompt) -> Self {
        Self::Text(v)
    }
}
impl From<IntegrationSelectPrompt> for IntegrationOAuthMethodPromptsItem {
    fn from(v: IntegrationSelectPrompt) -> Self {
        Self::Select(v)
    }
}
/// The `IntegrationRef` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationRef {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationRef {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationSelectPrompt` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationSelectPrompt {
    /// The `key` property.
    pub key: String,
    /// The `message` property.
    pub message: String,
    /// The `options` property.
    pub options: Vec<IntegrationSelectPromptOptionsItem>,
    /// Always `"select"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `when` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<IntegrationWhen>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationSelectPrompt {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        key: impl Into<String>,
        message: impl Into<String>,
        options: Vec<IntegrationSelectPromptOptionsItem>,
    ) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
            options,
            type_: "select".to_owned(),
            when: None,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationSelectPrompt.options\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationSelectPromptOptionsItem {
    /// The `hint` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The `label` property.
    pub label: String,
    /// The `value` property.
    pub value: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationSelectPromptOptionsItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            hint: None,
            label: label.into(),
            value: value.into(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationTextPrompt` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationTextPrompt {
    /// The `key` property.
    pub key: String,
    /// The `message` property.
    pub message: String,
    /// The `placeholder` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `when` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<IntegrationWhen>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationTextPrompt {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
            placeholder: None,
            type_: "text".to_owned(),
            when: None,
            additional: Default::default(),
        }
    }
}
/// The `IntegrationWhen` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IntegrationWhen {
    /// The `key` property.
    pub key: String,
    /// The `op` property.
    pub op: IntegrationWhenOp,
    /// The `value` property.
    pub value: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl IntegrationWhen {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        key: impl Into<String>,
        op: IntegrationWhenOp,
        value: impl Into<String>,
    ) -> Self {
        Self {
            key: key.into(),
            op,
            value: value.into(),
            additional: Default::default(),
        }
    }
}
/// The `IntegrationWhen.op` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntegrationWhenOp {
    /// The wire value `"eq"`.
    Eq,
    /// The wire value `"neq"`.
    Neq,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl IntegrationWhenOp {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["eq", "neq"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "eq",
            Self::Neq => "neq",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "eq" => Self::Eq,
            "neq" => Self::Neq,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for IntegrationWhenOp {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for IntegrationWhenOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for IntegrationWhenOp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for IntegrationWhenOp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Model` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Model {
    /// The `api` property.
    pub api: ModelApi2,
    /// The `capabilities` property.
    pub capabilities: ModelCapabilities2,
    /// The `cost` property.
    pub cost: ModelCost2,
    /// The `family` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The `headers` property.
    pub headers: std::collections::BTreeMap<String, String>,
    /// The `id` property.
    pub id: String,
    /// The `limit` property.
    pub limit: ModelLimit,
    /// The `name` property.
    pub name: String,
    /// The `options` property.
    pub options: serde_json::Map<String, serde_json::Value>,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// The `release_date` property.
    pub release_date: String,
    /// The `status` property.
    pub status: ModelStatus,
    /// The `variants` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variants: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Model {
    /// A value with the required properties set and the optional ones unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        api: ModelApi2,
        capabilities: ModelCapabilities2,
        cost: ModelCost2,
        headers: std::collections::BTreeMap<String, String>,
        id: impl Into<String>,
        limit: ModelLimit,
        name: impl Into<String>,
        options: serde_json::Map<String, serde_json::Value>,
        provider_id: impl Into<String>,
        release_date: impl Into<String>,
        status: ModelStatus,
    ) -> Self {
        Self {
            api,
            capabilities,
            cost,
            family: None,
            headers,
            id: id.into(),
            limit,
            name: name.into(),
            options,
            provider_id: provider_id.into(),
            release_date: release_date.into(),
            status,
            variants: None,
            additional: Default::default(),
        }
    }
}
/// The `ModelApi` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ModelApi {
    /// `type` = `"aisdk"`.
    Aisdk(ModelApiAisdk),
    /// `type` = `"native"`.
    Native(ModelApiNative),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl ModelApi {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["aisdk", "native"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Aisdk(_) => "aisdk",
            Self::Native(_) => "native",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for ModelApi {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "ModelApi")?;
        Ok(
            match &*kind {
                "aisdk" => {
                    Self::Aisdk(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ModelApi", "aisdk")?,
                    )
                }
                "native" => {
                    Self::Native(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ModelApi", "native")?,
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
impl serde::Serialize for ModelApi {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Aisdk(v) => v.serialize(s),
            Self::Native(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ModelApiAisdk> for ModelApi {
    fn from(v: ModelApiAisdk) -> Self {
        Self::Aisdk(v)
    }
}
impl From<ModelApiNative> for ModelApi {
    fn from(v: ModelApiNative) -> Self {
        Self::Native(v)
    }
}
/// The `Model.api` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelApi2 {
    /// The `id` property.
    pub id: String,
    /// The `npm` property.
    pub npm: String,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelApi2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        npm: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            npm: npm.into(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `ModelApi\[aisdk\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelApiAisdk {
    /// The `id` property.
    pub id: String,
    /// The `package` property.
    pub package: String,
    /// The `settings` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"aisdk"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelApiAisdk {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, package: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            package: package.into(),
            settings: None,
            type_: "aisdk".to_owned(),
            url: None,
            additional: Default::default(),
        }
    }
}
/// The `ModelApi\[native\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelApiNative {
    /// The `id` property.
    pub id: String,
    /// The `settings` property.
    pub settings: serde_json::Map<String, serde_json::Value>,
    /// Always `"native"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelApiNative {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        settings: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            settings,
            type_: "native".to_owned(),
            url: None,
            additional: Default::default(),
        }
    }
}
/// The `ModelCapabilities` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCapabilities {
    /// The `input` property.
    pub input: Vec<String>,
    /// The `output` property.
    pub output: Vec<String>,
    /// The `tools` property.
    pub tools: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCapabilities {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(input: Vec<String>, output: Vec<String>, tools: bool) -> Self {
        Self {
            input,
            output,
            tools,
            additional: Default::default(),
        }
    }
}
/// The `Model.capabilities` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCapabilities2 {
    /// The `attachment` property.
    pub attachment: bool,
    /// The `input` property.
    pub input: ModelCapabilities2Input,
    /// The `interleaved` property.
    pub interleaved: ModelCapabilities2Interleaved,
    /// The `output` property.
    pub output: ModelCapabilities2Output,
    /// The `reasoning` property.
    pub reasoning: bool,
    /// The `temperature` property.
    pub temperature: bool,
    /// The `toolcall` property.
    pub toolcall: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCapabilities2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        attachment: bool,
        input: ModelCapabilities2Input,
        interleaved: ModelCapabilities2Interleaved,
        output: ModelCapabilities2Output,
        reasoning: bool,
        temperature: bool,
        toolcall: bool,
    ) -> Self {
        Self {
            attachment,
            input,
            interleaved,
            output,
            reasoning,
            temperature,
            toolcall,
            additional: Default::default(),
        }
    }
}
/// The `Model.capabilities.input` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCapabilities2Input {
    /// The `audio` property.
    pub audio: bool,
    /// The `image` property.
    pub image: bool,
    /// The `pdf` property.
    pub pdf: bool,
    /// The `text` property.
    pub text: bool,
    /// The `video` property.
    pub video: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCapabilities2Input {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(audio: bool, image: bool, pdf: bool, text: bool, video: bool) -> Self {
        Self {
            audio,
            image,
            pdf,
            text,
            video,
            additional: Default::default(),
        }
    }
}
/// The `Model.capabilities.interleaved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ModelCapabilities2Interleaved {
    /// The value is a boolean.
    Bool(bool),
    /// The value is a [`ModelCapabilities2InterleavedObject1`].
    Object1(ModelCapabilities2InterleavedObject1),
}
/// The `Model.capabilities.interleaved\[1\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCapabilities2InterleavedObject1 {
    /// The `field` property.
    pub field: ModelCapabilities2InterleavedObject1Field,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCapabilities2InterleavedObject1 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(field: ModelCapabilities2InterleavedObject1Field) -> Self {
        Self {
            field,
            additional: Default::default(),
        }
    }
}
/// The `Model.capabilities.interleaved\[1\].field` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModelCapabilities2InterleavedObject1Field {
    /// The wire value `"reasoning"`.
    Reasoning,
    /// The wire value `"reasoning_content"`.
    ReasoningContent,
    /// The wire value `"reasoning_text"`.
    ReasoningText,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ModelCapabilities2InterleavedObject1Field {
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
impl From<&str> for ModelCapabilities2InterleavedObject1Field {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ModelCapabilities2InterleavedObject1Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ModelCapabilities2InterleavedObject1Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ModelCapabilities2InterleavedObject1Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `Model.capabilities.output` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCapabilities2Output {
    /// The `audio` property.
    pub audio: bool,
    /// The `image` property.
    pub image: bool,
    /// The `pdf` property.
    pub pdf: bool,
    /// The `text` property.
    pub text: bool,
    /// The `video` property.
    pub video: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCapabilities2Output {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(audio: bool, image: bool, pdf: bool, text: bool, video: bool) -> Self {
        Self {
            audio,
            image,
            pdf,
            text,
            video,
            additional: Default::default(),
        }
    }
}
/// The `ModelCost` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost {
    /// The `cache` property.
    pub cache: ModelCostCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `tier` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<ModelCostTier>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(cache: ModelCostCache, input: f64, output: f64) -> Self {
        Self {
            cache,
            input,
            output,
            tier: None,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2 {
    /// The `cache` property.
    pub cache: ModelCost2Cache,
    /// The `experimentalOver200K` property.
    #[serde(
        rename = "experimentalOver200K",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experimental_over200_k: Option<ModelCost2ExperimentalOver200K>,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `tiers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiers: Option<Vec<ModelCost2TiersItem>>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(cache: ModelCost2Cache, input: f64, output: f64) -> Self {
        Self {
            cache,
            experimental_over200_k: None,
            input,
            output,
            tiers: None,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2Cache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2Cache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost.experimentalOver200K` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2ExperimentalOver200K {
    /// The `cache` property.
    pub cache: ModelCost2ExperimentalOver200KCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2ExperimentalOver200K {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: ModelCost2ExperimentalOver200KCache,
        input: f64,
        output: f64,
    ) -> Self {
        Self {
            cache,
            input,
            output,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost.experimentalOver200K.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2ExperimentalOver200KCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2ExperimentalOver200KCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost.tiers\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2TiersItem {
    /// The `cache` property.
    pub cache: ModelCost2TiersItemCache,
    /// The `input` property.
    pub input: f64,
    /// The `output` property.
    pub output: f64,
    /// The `tier` property.
    pub tier: ModelCost2TiersItemTier,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2TiersItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: ModelCost2TiersItemCache,
        input: f64,
        output: f64,
        tier: ModelCost2TiersItemTier,
    ) -> Self {
        Self {
            cache,
            input,
            output,
            tier,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost.tiers\[\].cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2TiersItemCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2TiersItemCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `Model.cost.tiers\[\].tier` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCost2TiersItemTier {
    /// The `size` property.
    pub size: f64,
    /// Always `"context"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCost2TiersItemTier {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(size: f64) -> Self {
        Self {
            size,
            type_: "context".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ModelCost.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCostCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCostCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `ModelCost.tier` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelCostTier {
    /// The `size` property.
    pub size: i64,
    /// Always `"context"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelCostTier {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(size: i64) -> Self {
        Self {
            size,
            type_: "context".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Model.limit` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelLimit {
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
impl ModelLimit {
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
/// The `ModelRef` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelRef {
    /// The `id` property.
    pub id: String,
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
impl ModelRef {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            provider_id: provider_id.into(),
            variant: None,
            additional: Default::default(),
        }
    }
}
/// The `Model.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModelStatus {
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
impl ModelStatus {
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
impl From<&str> for ModelStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ModelStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ModelStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ModelStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ModelV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelV2Info {
    /// The `api` property.
    pub api: ModelApi,
    /// The `capabilities` property.
    pub capabilities: ModelCapabilities,
    /// The `cost` property.
    pub cost: Vec<ModelCost>,
    /// The `enabled` property.
    pub enabled: bool,
    /// The `family` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The `id` property.
    pub id: String,
    /// The `limit` property.
    pub limit: ModelV2InfoLimit,
    /// The `name` property.
    pub name: String,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// The `request` property.
    pub request: ModelV2InfoRequest,
    /// The `status` property.
    pub status: ModelV2InfoStatus,
    /// The `time` property.
    pub time: ModelV2InfoTime,
    /// The `variants` property.
    pub variants: Vec<ModelV2InfoVariantsItem>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelV2Info {
    /// A value with the required properties set and the optional ones unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        api: ModelApi,
        capabilities: ModelCapabilities,
        cost: Vec<ModelCost>,
        enabled: bool,
        id: impl Into<String>,
        limit: ModelV2InfoLimit,
        name: impl Into<String>,
        provider_id: impl Into<String>,
        request: ModelV2InfoRequest,
        status: ModelV2InfoStatus,
        time: ModelV2InfoTime,
        variants: Vec<ModelV2InfoVariantsItem>,
    ) -> Self {
        Self {
            api,
            capabilities,
            cost,
            enabled,
            family: None,
            id: id.into(),
            limit,
            name: name.into(),
            provider_id: provider_id.into(),
            request,
            status,
            time,
            variants,
            additional: Default::default(),
        }
    }
}
/// The `ModelV2Info.limit` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelV2InfoLimit {
    /// The `context` property.
    pub context: i64,
    /// The `input` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<i64>,
    /// The `output` property.
    pub output: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelV2InfoLimit {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(context: i64, output: i64) -> Self {
        Self {
            context,
            input: None,
            output,
            additional: Default::default(),
        }
    }
}
/// The `ModelV2Info.request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelV2InfoRequest {
    /// The `body` property.
    pub body: serde_json::Map<String, serde_json::Value>,
    /// The `headers` property.
    pub headers: std::collections::BTreeMap<String, String>,
    /// The `variant` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelV2InfoRequest {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        body: serde_json::Map<String, serde_json::Value>,
        headers: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            body,
            headers,
            variant: None,
            additional: Default::default(),
        }
    }
}
/// The `ModelV2Info.status` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModelV2InfoStatus {
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
impl ModelV2InfoStatus {
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
impl From<&str> for ModelV2InfoStatus {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ModelV2InfoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ModelV2InfoStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ModelV2InfoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ModelV2Info.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelV2InfoTime {
    /// The `released` property.
    pub released: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelV2InfoTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(released: f64) -> Self {
        Self {
            released,
            additional: Default::default(),
        }
    }
}
/// The `ModelV2Info.variants\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ModelV2InfoVariantsItem {
    /// The `body` property.
    pub body: serde_json::Map<String, serde_json::Value>,
    /// The `headers` property.
    pub headers: std::collections::BTreeMap<String, String>,
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ModelV2InfoVariantsItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        body: serde_json::Map<String, serde_json::Value>,
        headers: std::collections::BTreeMap<String, String>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            body,
            headers,
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `OAuth` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OAuth {
    /// The `access` property.
    pub access: String,
    /// The `accountId` property.
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The `enterpriseUrl` property.
    #[serde(rename = "enterpriseUrl", default, skip_serializing_if = "Option::is_none")]
    pub enterprise_url: Option<String>,
    /// The `expires` property.
    pub expires: i64,
    /// The `refresh` property.
    pub refresh: String,
    /// Always `"oauth"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl OAuth {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        access: impl Into<String>,
        expires: i64,
        refresh: impl Into<String>,
    ) -> Self {
        Self {
            access: access.into(),
            account_id: None,
            enterprise_url: None,
            expires,
            refresh: refresh.into(),
            type_: "oauth".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Provider {
    /// The `env` property.
    pub env: Vec<String>,
    /// The `id` property.
    pub id: String,
    /// The `key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `models` property.
    pub models: std::collections::BTreeMap<String, Model>,
    /// The `name` property.
    pub name: String,
    /// The `options` property.
    pub options: serde_json::Map<String, serde_json::Value>,
    /// The `source` property.
    pub source: ProviderSource,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl Provider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        env: Vec<String>,
        id: impl Into<String>,
        models: std::collections::BTreeMap<String, Model>,
        name: impl Into<String>,
        options: serde_json::Map<String, serde_json::Value>,
        source: ProviderSource,
    ) -> Self {
        Self {
            env,
            id: id.into(),
            key: None,
            models,
            name: name.into(),
            options,
            source,
            additional: Default::default(),
        }
    }
}
/// The `ProviderAISDK` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAISDK {
    /// The `package` property.
    pub package: String,
    /// The `settings` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
    /// Always `"aisdk"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAISDK {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(package: impl Into<String>) -> Self {
        Self {
            package: package.into(),
            settings: None,
            type_: "aisdk".to_owned(),
            url: None,
            additional: Default::default(),
        }
    }
}
/// The `ProviderApi` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ProviderApi {
    /// `type` = `"aisdk"`.
    Aisdk(ProviderAISDK),
    /// `type` = `"native"`.
    Native(ProviderNative),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl ProviderApi {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["aisdk", "native"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Aisdk(_) => "aisdk",
            Self::Native(_) => "native",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for ProviderApi {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "ProviderApi")?;
        Ok(
            match &*kind {
                "aisdk" => {
                    Self::Aisdk(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ProviderApi", "aisdk")?,
                    )
                }
                "native" => {
                    Self::Native(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ProviderApi", "native")?,
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
impl serde::Serialize for ProviderApi {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Aisdk(v) => v.serialize(s),
            Self::Native(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ProviderAISDK> for ProviderApi {
    fn from(v: ProviderAISDK) -> Self {
        Self::Aisdk(v)
    }
}
impl From<ProviderNative> for ProviderApi {
    fn from(v: ProviderNative) -> Self {
        Self::Native(v)
    }
}
/// The `ProviderAuthAuthorization` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthAuthorization {
    /// The `instructions` property.
    pub instructions: String,
    /// The `method` property.
    pub method: ProviderAuthAuthorizationMethod,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthAuthorization {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        instructions: impl Into<String>,
        method: ProviderAuthAuthorizationMethod,
        url: impl Into<String>,
    ) -> Self {
        Self {
            instructions: instructions.into(),
            method,
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthAuthorization.method` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderAuthAuthorizationMethod {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"code"`.
    Code,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderAuthAuthorizationMethod {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["auto", "code"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Code => "code",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "auto" => Self::Auto,
            "code" => Self::Code,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderAuthAuthorizationMethod {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderAuthAuthorizationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderAuthAuthorizationMethod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderAuthAuthorizationMethod {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderAuthMethod` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthMethod {
    /// The `label` property.
    pub label: String,
    /// The `prompts` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompts: Option<Vec<ProviderAuthMethodPromptsItem>>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: ProviderAuthMethodType,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthMethod {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(label: impl Into<String>, type_: ProviderAuthMethodType) -> Self {
        Self {
            label: label.into(),
            prompts: None,
            type_,
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthMethod.prompts\[\]` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ProviderAuthMethodPromptsItem {
    /// `type` = `"text"`.
    Text(ProviderAuthMethodPromptsItemText),
    /// `type` = `"select"`.
    Select(ProviderAuthMethodPromptsItemSelect),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl ProviderAuthMethodPromptsItem {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["text", "select"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::Select(_) => "select",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for ProviderAuthMethodPromptsItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "ProviderAuthMethodPromptsItem")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ProviderAuthMethodPromptsItem", "text")?,
                    )
                }
                "select" => {
                    Self::Select(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "ProviderAuthMethodPromptsItem", "select")?,
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
impl serde::Serialize for ProviderAuthMethodPromptsItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::Select(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ProviderAuthMethodPromptsItemText> for ProviderAuthMethodPromptsItem {
    fn from(v: ProviderAuthMethodPromptsItemText) -> Self {
        Self::Text(v)
    }
}
impl From<ProviderAuthMethodPromptsItemSelect> for ProviderAuthMethodPromptsItem {
    fn from(v: ProviderAuthMethodPromptsItemSelect) -> Self {
        Self::Select(v)
    }
}
/// The `ProviderAuthMethod.prompts\[\]\[select\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthMethodPromptsItemSelect {
    /// The `key` property.
    pub key: String,
    /// The `message` property.
    pub message: String,
    /// The `options` property.
    pub options: Vec<ProviderAuthMethodPromptsItemSelectOptionsItem>,
    /// Always `"select"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `when` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<IntegrationWhen>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthMethodPromptsItemSelect {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        key: impl Into<String>,
        message: impl Into<String>,
        options: Vec<ProviderAuthMethodPromptsItemSelectOptionsItem>,
    ) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
            options,
            type_: "select".to_owned(),
            when: None,
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthMethod.prompts\[\]\[select\].options\[\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthMethodPromptsItemSelectOptionsItem {
    /// The `hint` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The `label` property.
    pub label: String,
    /// The `value` property.
    pub value: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthMethodPromptsItemSelectOptionsItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            hint: None,
            label: label.into(),
            value: value.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthMethod.prompts\[\]\[text\]` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthMethodPromptsItemText {
    /// The `key` property.
    pub key: String,
    /// The `message` property.
    pub message: String,
    /// The `placeholder` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `when` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<IntegrationWhen>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthMethodPromptsItemText {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
            placeholder: None,
            type_: "text".to_owned(),
            when: None,
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthMethod.type` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderAuthMethodType {
    /// The wire value `"oauth"`.
    Oauth,
    /// The wire value `"api"`.
    Api,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderAuthMethodType {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["oauth", "api"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth => "oauth",
            Self::Api => "api",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "oauth" => Self::Oauth,
            "api" => Self::Api,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderAuthMethodType {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderAuthMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderAuthMethodType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderAuthMethodType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderNative` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderNative {
    /// The `settings` property.
    pub settings: serde_json::Map<String, serde_json::Value>,
    /// Always `"native"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderNative {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(settings: serde_json::Map<String, serde_json::Value>) -> Self {
        Self {
            settings,
            type_: "native".to_owned(),
            url: None,
            additional: Default::default(),
        }
    }
}
/// The `ProviderNotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderNotFoundError {
    /// Always `"ProviderNotFoundError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderNotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            tag: "ProviderNotFoundError".to_owned(),
            message: message.into(),
            provider_id: provider_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProviderRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderRequest {
    /// The `body` property.
    pub body: serde_json::Map<String, serde_json::Value>,
    /// The `headers` property.
    pub headers: std::collections::BTreeMap<String, String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderRequest {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        body: serde_json::Map<String, serde_json::Value>,
        headers: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            body,
            headers,
            additional: Default::default(),
        }
    }
}
/// The `Provider.source` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderSource {
    /// The wire value `"env"`.
    Env,
    /// The wire value `"config"`.
    Config,
    /// The wire value `"custom"`.
    Custom,
    /// The wire value `"api"`.
    Api,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderSource {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &["env", "config", "custom", "api"];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Env => "env",
            Self::Config => "config",
            Self::Custom => "custom",
            Self::Api => "api",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "env" => Self::Env,
            "config" => Self::Config,
            "custom" => Self::Custom,
            "api" => Self::Api,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderSource {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderV2Info {
    /// The `api` property.
    pub api: ProviderApi,
    /// The `disabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// The `id` property.
    pub id: String,
    /// The `integrationID` property.
    #[serde(rename = "integrationID", default, skip_serializing_if = "Option::is_none")]
    pub integration_id: Option<String>,
    /// The `name` property.
    pub name: String,
    /// The `request` property.
    pub request: ProviderRequest,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderV2Info {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        api: ProviderApi,
        id: impl Into<String>,
        name: impl Into<String>,
        request: ProviderRequest,
    ) -> Self {
        Self {
            api,
            disabled: None,
            id: id.into(),
            integration_id: None,
            name: name.into(),
            request,
            additional: Default::default(),
        }
    }
}
/// The `WellKnownAuth` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WellKnownAuth {
    /// The `key` property.
    pub key: String,
    /// The `token` property.
    pub token: String,
    /// Always `"wellknown"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl WellKnownAuth {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(key: impl Into<String>, token: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            token: token.into(),
            type_: "wellknown".to_owned(),
            additional: Default::default(),
        }
    }
}
impl IntegrationOAuthMethodPromptsItem {
    /// The `key` every variant carries (`None` for an unknown variant).
    pub fn key(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.key),
            Self::Select(v) => Some(&v.key),
            Self::Unknown { .. } => None,
        }
    }
    /// The `message` every variant carries (`None` for an unknown variant).
    pub fn message(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.message),
            Self::Select(v) => Some(&v.message),
            Self::Unknown { .. } => None,
        }
    }
}
impl ModelApi {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Aisdk(v) => Some(&v.id),
            Self::Native(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
}
impl ProviderAuthMethodPromptsItem {
    /// The `key` every variant carries (`None` for an unknown variant).
    pub fn key(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.key),
            Self::Select(v) => Some(&v.key),
            Self::Unknown { .. } => None,
        }
    }
    /// The `message` every variant carries (`None` for an unknown variant).
    pub fn message(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.message),
            Self::Select(v) => Some(&v.message),
            Self::Unknown { .. } => None,
        }
    }
}
