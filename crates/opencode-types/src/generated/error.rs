//! Types of the `error` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `APIError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct APIError {
    /// The `data` property.
    pub data: APIErrorData,
    /// Always `"APIError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl APIError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: APIErrorData) -> Self {
        Self {
            data,
            name: "APIError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `APIError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct APIErrorData {
    /// The `isRetryable` property.
    #[serde(rename = "isRetryable")]
    pub is_retryable: bool,
    /// The `message` property.
    pub message: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The `responseBody` property.
    #[serde(rename = "responseBody", default, skip_serializing_if = "Option::is_none")]
    pub response_body: Option<String>,
    /// The `responseHeaders` property.
    #[serde(
        rename = "responseHeaders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_headers: Option<std::collections::BTreeMap<String, String>>,
    /// The `statusCode` property.
    #[serde(rename = "statusCode", default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl APIErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(is_retryable: bool, message: impl Into<String>) -> Self {
        Self {
            is_retryable,
            message: message.into(),
            metadata: None,
            response_body: None,
            response_headers: None,
            status_code: None,
            additional: Default::default(),
        }
    }
}
/// The `BadRequestError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BadRequestError {
    /// The `data` property.
    pub data: BadRequestErrorData,
    /// Always `"BadRequest"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl BadRequestError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: BadRequestErrorData) -> Self {
        Self {
            data,
            name: "BadRequest".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `BadRequestError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BadRequestErrorData {
    /// The `kind` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BadRequestErrorDataKind>,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl BadRequestErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            kind: None,
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `BadRequestError.data.kind` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BadRequestErrorDataKind {
    /// The wire value `"Params"`.
    Params,
    /// The wire value `"Headers"`.
    Headers,
    /// The wire value `"Query"`.
    Query,
    /// The wire value `"Body"`.
    Body,
    /// The wire value `"Payload"`.
    Payload,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl BadRequestErrorDataKind {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "Params",
        "Headers",
        "Query",
        "Body",
        "Payload",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Params => "Params",
            Self::Headers => "Headers",
            Self::Query => "Query",
            Self::Body => "Body",
            Self::Payload => "Payload",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Params" => Self::Params,
            "Headers" => Self::Headers,
            "Query" => Self::Query,
            "Body" => Self::Body,
            "Payload" => Self::Payload,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for BadRequestErrorDataKind {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for BadRequestErrorDataKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BadRequestErrorDataKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BadRequestErrorDataKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ConflictError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConflictError {
    /// Always `"ConflictError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `resource` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ConflictError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "ConflictError".to_owned(),
            message: message.into(),
            resource: None,
            additional: Default::default(),
        }
    }
}
/// The `ContentFilterError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContentFilterError {
    /// The `data` property.
    pub data: ContentFilterErrorData,
    /// Always `"ContentFilterError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ContentFilterError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: ContentFilterErrorData) -> Self {
        Self {
            data,
            name: "ContentFilterError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ContentFilterError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContentFilterErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ContentFilterErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `ContextOverflowError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContextOverflowError {
    /// The `data` property.
    pub data: ContextOverflowErrorData,
    /// Always `"ContextOverflowError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ContextOverflowError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: ContextOverflowErrorData) -> Self {
        Self {
            data,
            name: "ContextOverflowError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ContextOverflowError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContextOverflowErrorData {
    /// The `message` property.
    pub message: String,
    /// The `responseBody` property.
    #[serde(rename = "responseBody", default, skip_serializing_if = "Option::is_none")]
    pub response_body: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ContextOverflowErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            response_body: None,
            additional: Default::default(),
        }
    }
}
/// The `effect_HttpApiError_BadRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EffectHttpApiErrorBadRequest {
    /// Always `"BadRequest"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EffectHttpApiErrorBadRequest {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            tag: "BadRequest".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for EffectHttpApiErrorBadRequest {
    fn default() -> Self {
        Self::new()
    }
}
/// The `effect_HttpApiError_Forbidden` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EffectHttpApiErrorForbidden {
    /// Always `"Forbidden"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EffectHttpApiErrorForbidden {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            tag: "Forbidden".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for EffectHttpApiErrorForbidden {
    fn default() -> Self {
        Self::new()
    }
}
/// The `effect_HttpApiError_InternalServerError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EffectHttpApiErrorInternalServerError {
    /// Always `"InternalServerError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EffectHttpApiErrorInternalServerError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            tag: "InternalServerError".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for EffectHttpApiErrorInternalServerError {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ForbiddenError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ForbiddenError {
    /// Always `"ForbiddenError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ForbiddenError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "ForbiddenError".to_owned(),
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `InvalidCursorError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InvalidCursorError {
    /// Always `"InvalidCursorError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InvalidCursorError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "InvalidCursorError".to_owned(),
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `InvalidRequestError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InvalidRequestError {
    /// Always `"InvalidRequestError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `field` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The `kind` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl InvalidRequestError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "InvalidRequestError".to_owned(),
            field: None,
            kind: None,
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `MessageAbortedError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageAbortedError {
    /// The `data` property.
    pub data: MessageAbortedErrorData,
    /// Always `"MessageAbortedError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageAbortedError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: MessageAbortedErrorData) -> Self {
        Self {
            data,
            name: "MessageAbortedError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `MessageAbortedError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageAbortedErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageAbortedErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `MessageOutputLengthError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageOutputLengthError {
    /// The `data` property.
    pub data: serde_json::Map<String, serde_json::Value>,
    /// Always `"MessageOutputLengthError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl MessageOutputLengthError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: serde_json::Map<String, serde_json::Value>) -> Self {
        Self {
            data,
            name: "MessageOutputLengthError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `NotFoundError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NotFoundError {
    /// The `data` property.
    pub data: NotFoundErrorData,
    /// Always `"NotFoundError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl NotFoundError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: NotFoundErrorData) -> Self {
        Self {
            data,
            name: "NotFoundError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `NotFoundError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NotFoundErrorData {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl NotFoundErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthError {
    /// The `data` property.
    pub data: ProviderAuthErrorData,
    /// Always `"ProviderAuthError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: ProviderAuthErrorData) -> Self {
        Self {
            data,
            name: "ProviderAuthError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthError1` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthError1 {
    /// The `data` property.
    pub data: ProviderAuthError1Data,
    /// The `name` property.
    pub name: ProviderAuthError1Name,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthError1 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: ProviderAuthError1Data, name: ProviderAuthError1Name) -> Self {
        Self {
            data,
            name,
            additional: Default::default(),
        }
    }
}
/// The `ProviderAuthError1.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthError1Data {
    /// The `field` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The `kind` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `providerID` property.
    #[serde(rename = "providerID", default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthError1Data {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            field: None,
            kind: None,
            message: None,
            provider_id: None,
            additional: Default::default(),
        }
    }
}
impl Default for ProviderAuthError1Data {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ProviderAuthError1.name` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProviderAuthError1Name {
    /// The wire value `"BadRequest"`.
    BadRequest,
    /// The wire value `"ProviderAuthOauthMissing"`.
    ProviderAuthOauthMissing,
    /// The wire value `"ProviderAuthOauthCodeMissing"`.
    ProviderAuthOauthCodeMissing,
    /// The wire value `"ProviderAuthOauthCallbackFailed"`.
    ProviderAuthOauthCallbackFailed,
    /// The wire value `"ProviderAuthValidationFailed"`.
    ProviderAuthValidationFailed,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl ProviderAuthError1Name {
    /// Every value this version knows, in spec order.
    pub const KNOWN: &'static [&'static str] = &[
        "BadRequest",
        "ProviderAuthOauthMissing",
        "ProviderAuthOauthCodeMissing",
        "ProviderAuthOauthCallbackFailed",
        "ProviderAuthValidationFailed",
    ];
    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BadRequest => "BadRequest",
            Self::ProviderAuthOauthMissing => "ProviderAuthOauthMissing",
            Self::ProviderAuthOauthCodeMissing => "ProviderAuthOauthCodeMissing",
            Self::ProviderAuthOauthCallbackFailed => "ProviderAuthOauthCallbackFailed",
            Self::ProviderAuthValidationFailed => "ProviderAuthValidationFailed",
            Self::Unknown(s) => s,
        }
    }
    /// The value for a wire string; unknown strings are kept in `Unknown`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "BadRequest" => Self::BadRequest,
            "ProviderAuthOauthMissing" => Self::ProviderAuthOauthMissing,
            "ProviderAuthOauthCodeMissing" => Self::ProviderAuthOauthCodeMissing,
            "ProviderAuthOauthCallbackFailed" => Self::ProviderAuthOauthCallbackFailed,
            "ProviderAuthValidationFailed" => Self::ProviderAuthValidationFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<&str> for ProviderAuthError1Name {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for ProviderAuthError1Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProviderAuthError1Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProviderAuthError1Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `ProviderAuthError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProviderAuthErrorData {
    /// The `message` property.
    pub message: String,
    /// The `providerID` property.
    #[serde(rename = "providerID")]
    pub provider_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ProviderAuthErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, provider_id: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            provider_id: provider_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `ServiceUnavailableError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceUnavailableError {
    /// Always `"ServiceUnavailableError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `service` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ServiceUnavailableError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "ServiceUnavailableError".to_owned(),
            message: message.into(),
            service: None,
            additional: Default::default(),
        }
    }
}
/// The `StructuredOutputError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StructuredOutputError {
    /// The `data` property.
    pub data: StructuredOutputErrorData,
    /// Always `"StructuredOutputError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl StructuredOutputError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: StructuredOutputErrorData) -> Self {
        Self {
            data,
            name: "StructuredOutputError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `StructuredOutputError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StructuredOutputErrorData {
    /// The `message` property.
    pub message: String,
    /// The `retries` property.
    pub retries: i64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl StructuredOutputErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>, retries: i64) -> Self {
        Self {
            message: message.into(),
            retries,
            additional: Default::default(),
        }
    }
}
/// The `UnauthorizedError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnauthorizedError {
    /// Always `"UnauthorizedError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UnauthorizedError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "UnauthorizedError".to_owned(),
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `UnknownError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnknownError {
    /// The `data` property.
    pub data: UnknownErrorData,
    /// Always `"UnknownError"`.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UnknownError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: UnknownErrorData) -> Self {
        Self {
            data,
            name: "UnknownError".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `UnknownError1` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnknownError1 {
    /// Always `"UnknownError"`.
    #[serde(rename = "_tag")]
    pub tag: String,
    /// The `message` property.
    pub message: String,
    /// The `ref` property.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UnknownError1 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            tag: "UnknownError".to_owned(),
            message: message.into(),
            ref_: None,
            additional: Default::default(),
        }
    }
}
/// The `UnknownError.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnknownErrorData {
    /// The `message` property.
    pub message: String,
    /// The `ref` property.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl UnknownErrorData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            ref_: None,
            additional: Default::default(),
        }
    }
}
