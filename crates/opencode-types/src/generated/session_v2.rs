//! Types of the `session_v2` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `LLMProviderMetadata` schema.
pub type LLMProviderMetadata = std::collections::BTreeMap<
    String,
    serde_json::Map<String, serde_json::Value>,
>;
/// The `LLMToolContent` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum LLMToolContent {
    /// `type` = `"text"`.
    Text(ToolTextContent),
    /// `type` = `"file"`.
    File(ToolFileContent),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl LLMToolContent {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["text", "file"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::File(_) => "file",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for LLMToolContent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "LLMToolContent")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "LLMToolContent", "text")?,
                    )
                }
                "file" => {
                    Self::File(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "LLMToolContent", "file")?,
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
impl serde::Serialize for LLMToolContent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::File(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ToolTextContent> for LLMToolContent {
    fn from(v: ToolTextContent) -> Self {
        Self::Text(v)
    }
}
impl From<ToolFileContent> for LLMToolContent {
    fn from(v: ToolFileContent) -> Self {
        Self::File(v)
    }
}
/// The `SessionActive` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionActive {
    /// Always `"running"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionActive {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            type_: "running".to_owned(),
            additional: Default::default(),
        }
    }
}
impl Default for SessionActive {
    fn default() -> Self {
        Self::new()
    }
}
/// The `SessionDurableEvent` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionDurableEvent {
    /// `type` = `"session.next.agent.switched"`.
    SessionNextAgentSwitched(SessionNextAgentSwitched),
    /// `type` = `"session.next.model.switched"`.
    SessionNextModelSwitched(SessionNextModelSwitched),
    /// `type` = `"session.next.moved"`.
    SessionNextMoved(SessionNextMoved),
    /// `type` = `"session.next.prompted"`.
    SessionNextPrompted(SessionNextPrompted),
    /// `type` = `"session.next.prompt.admitted"`.
    SessionNextPromptAdmitted(SessionNextPromptAdmitted),
    /// `type` = `"session.next.context.updated"`.
    SessionNextContextUpdated(SessionNextContextUpdated),
    /// `type` = `"session.next.synthetic"`.
    SessionNextSynthetic(SessionNextSynthetic),
    /// `type` = `"session.next.shell.started"`.
    SessionNextShellStarted(SessionNextShellStarted),
    /// `type` = `"session.next.shell.ended"`.
    SessionNextShellEnded(SessionNextShellEnded),
    /// `type` = `"session.next.step.started"`.
    SessionNextStepStarted(SessionNextStepStarted),
    /// `type` = `"session.next.step.ended"`.
    SessionNextStepEnded(SessionNextStepEnded),
    /// `type` = `"session.next.step.failed"`.
    SessionNextStepFailed(SessionNextStepFailed),
    /// `type` = `"session.next.text.started"`.
    SessionNextTextStarted(SessionNextTextStarted),
    /// `type` = `"session.next.text.ended"`.
    SessionNextTextEnded(SessionNextTextEnded),
    /// `type` = `"session.next.tool.input.started"`.
    SessionNextToolInputStarted(SessionNextToolInputStarted),
    /// `type` = `"session.next.tool.input.ended"`.
    SessionNextToolInputEnded(SessionNextToolInputEnded),
    /// `type` = `"session.next.tool.called"`.
    SessionNextToolCalled(SessionNextToolCalled),
    /// `type` = `"session.next.tool.progress"`.
    SessionNextToolProgress(SessionNextToolProgress),
    /// `type` = `"session.next.tool.success"`.
    SessionNextToolSuccess(SessionNextToolSuccess),
    /// `type` = `"session.next.tool.failed"`.
    SessionNextToolFailed(SessionNextToolFailed),
    /// `type` = `"session.next.reasoning.started"`.
    SessionNextReasoningStarted(SessionNextReasoningStarted),
    /// `type` = `"session.next.reasoning.ended"`.
    SessionNextReasoningEnded(SessionNextReasoningEnded),
    /// `type` = `"session.next.retried"`.
    SessionNextRetried(SessionNextRetried),
    /// `type` = `"session.next.compaction.started"`.
    SessionNextCompactionStarted(SessionNextCompactionStarted),
    /// `type` = `"session.next.compaction.ended"`.
    SessionNextCompactionEnded(SessionNextCompactionEnded),
    /// `type` = `"session.next.revert.staged"`.
    SessionNextRevertStaged(SessionNextRevertStaged),
    /// `type` = `"session.next.revert.cleared"`.
    SessionNextRevertCleared(SessionNextRevertCleared),
    /// `type` = `"session.next.revert.committed"`.
    SessionNextRevertCommitted(SessionNextRevertCommitted),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SessionDurableEvent {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "session.next.agent.switched",
        "session.next.model.switched",
        "session.next.moved",
        "session.next.prompted",
        "session.next.prompt.admitted",
        "session.next.context.updated",
        "session.next.synthetic",
        "session.next.shell.started",
        "session.next.shell.ended",
        "session.next.step.started",
        "session.next.step.ended",
        "session.next.step.failed",
        "session.next.text.started",
        "session.next.text.ended",
        "session.next.tool.input.started",
        "session.next.tool.input.ended",
        "session.next.tool.called",
        "session.next.tool.progress",
        "session.next.tool.success",
        "session.next.tool.failed",
        "session.next.reasoning.started",
        "session.next.reasoning.ended",
        "session.next.retried",
        "session.next.compaction.started",
        "session.next.compaction.ended",
        "session.next.revert.staged",
        "session.next.revert.cleared",
        "session.next.revert.committed",
    ];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::SessionNextAgentSwitched(_) => "session.next.agent.switched",
            Self::SessionNextModelSwitched(_) => "session.next.model.switched",
            Self::SessionNextMoved(_) => "session.next.moved",
            Self::SessionNextPrompted(_) => "session.next.prompted",
            Self::SessionNextPromptAdmitted(_) => "session.next.prompt.admitted",
            Self::SessionNextContextUpdated(_) => "session.next.context.updated",
            Self::SessionNextSynthetic(_) => "session.next.synthetic",
            Self::SessionNextShellStarted(_) => "session.next.shell.started",
            Self::SessionNextShellEnded(_) => "session.next.shell.ended",
            Self::SessionNextStepStarted(_) => "session.next.step.started",
            Self::SessionNextStepEnded(_) => "session.next.step.ended",
            Self::SessionNextStepFailed(_) => "session.next.step.failed",
            Self::SessionNextTextStarted(_) => "session.next.text.started",
            Self::SessionNextTextEnded(_) => "session.next.text.ended",
            Self::SessionNextToolInputStarted(_) => "session.next.tool.input.started",
            Self::SessionNextToolInputEnded(_) => "session.next.tool.input.ended",
            Self::SessionNextToolCalled(_) => "session.next.tool.called",
            Self::SessionNextToolProgress(_) => "session.next.tool.progress",
            Self::SessionNextToolSuccess(_) => "session.next.tool.success",
            Self::SessionNextToolFailed(_) => "session.next.tool.failed",
            Self::SessionNextReasoningStarted(_) => "session.next.reasoning.started",
            Self::SessionNextReasoningEnded(_) => "session.next.reasoning.ended",
            Self::SessionNextRetried(_) => "session.next.retried",
            Self::SessionNextCompactionStarted(_) => "session.next.compaction.started",
            Self::SessionNextCompactionEnded(_) => "session.next.compaction.ended",
            Self::SessionNextRevertStaged(_) => "session.next.revert.staged",
            Self::SessionNextRevertCleared(_) => "session.next.revert.cleared",
            Self::SessionNextRevertCommitted(_) => "session.next.revert.committed",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for SessionDurableEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "SessionDurableEvent")?;
        Ok(
            match &*kind {
                "session.next.agent.switched" => {
                    Self::SessionNextAgentSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.agent.switched")?,
                    )
                }
                "session.next.model.switched" => {
                    Self::SessionNextModelSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.model.switched")?,
                    )
                }
                "session.next.moved" => {
                    Self::SessionNextMoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.moved")?,
                    )
                }
                "session.next.prompted" => {
                    Self::SessionNextPrompted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.prompted")?,
                    )
                }
                "session.next.prompt.admitted" => {
                    Self::SessionNextPromptAdmitted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.prompt.admitted")?,
                    )
                }
                "session.next.context.updated" => {
                    Self::SessionNextContextUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.context.updated")?,
                    )
                }
                "session.next.synthetic" => {
                    Self::SessionNextSynthetic(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.synthetic")?,
                    )
                }
                "session.next.shell.started" => {
                    Self::SessionNextShellStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.shell.started")?,
                    )
                }
                "session.next.shell.ended" => {
                    Self::SessionNextShellEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.shell.ended")?,
                    )
                }
                "session.next.step.started" => {
                    Self::SessionNextStepStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.step.started")?,
                    )
                }
                "session.next.step.ended" => {
                    Self::SessionNextStepEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.step.ended")?,
                    )
                }
                "session.next.step.failed" => {
                    Self::SessionNextStepFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.step.failed")?,
                    )
                }
                "session.next.text.started" => {
                    Self::SessionNextTextStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.text.started")?,
                    )
                }
                "session.next.text.ended" => {
                    Self::SessionNextTextEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.text.ended")?,
                    )
                }
                "session.next.tool.input.started" => {
                    Self::SessionNextToolInputStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "SessionDurableEvent",
                            "session.next.tool.input.started",
                        )?,
                    )
                }
                "session.next.tool.input.ended" => {
                    Self::SessionNextToolInputEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.tool.input.ended")?,
                    )
                }
                "session.next.tool.called" => {
                    Self::SessionNextToolCalled(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.tool.called")?,
                    )
                }
                "session.next.tool.progress" => {
                    Self::SessionNextToolProgress(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.tool.progress")?,
                    )
                }
                "session.next.tool.success" => {
                    Self::SessionNextToolSuccess(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.tool.success")?,
                    )
                }
                "session.next.tool.failed" => {
                    Self::SessionNextToolFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.tool.failed")?,
                    )
                }
                "session.next.reasoning.started" => {
                    Self::SessionNextReasoningStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.reasoning.started")?,
                    )
                }
                "session.next.reasoning.ended" => {
                    Self::SessionNextReasoningEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.reasoning.ended")?,
                    )
                }
                "session.next.retried" => {
                    Self::SessionNextRetried(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.retried")?,
                    )
                }
                "session.next.compaction.started" => {
                    Self::SessionNextCompactionStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "SessionDurableEvent",
                            "session.next.compaction.started",
                        )?,
                    )
                }
                "session.next.compaction.ended" => {
                    Self::SessionNextCompactionEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.compaction.ended")?,
                    )
                }
                "session.next.revert.staged" => {
                    Self::SessionNextRevertStaged(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.revert.staged")?,
                    )
                }
                "session.next.revert.cleared" => {
                    Self::SessionNextRevertCleared(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.revert.cleared")?,
                    )
                }
                "session.next.revert.committed" => {
                    Self::SessionNextRevertCommitted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionDurableEvent", "session.next.revert.committed")?,
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
impl serde::Serialize for SessionDurableEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SessionNextAgentSwitched(v) => v.serialize(s),
            Self::SessionNextModelSwitched(v) => v.serialize(s),
            Self::SessionNextMoved(v) => v.serialize(s),
            Self::SessionNextPrompted(v) => v.serialize(s),
            Self::SessionNextPromptAdmitted(v) => v.serialize(s),
            Self::SessionNextContextUpdated(v) => v.serialize(s),
            Self::SessionNextSynthetic(v) => v.serialize(s),
            Self::SessionNextShellStarted(v) => v.serialize(s),
            Self::SessionNextShellEnded(v) => v.serialize(s),
            Self::SessionNextStepStarted(v) => v.serialize(s),
            Self::SessionNextStepEnded(v) => v.serialize(s),
            Self::SessionNextStepFailed(v) => v.serialize(s),
            Self::SessionNextTextStarted(v) => v.serialize(s),
            Self::SessionNextTextEnded(v) => v.serialize(s),
            Self::SessionNextToolInputStarted(v) => v.serialize(s),
            Self::SessionNextToolInputEnded(v) => v.serialize(s),
            Self::SessionNextToolCalled(v) => v.serialize(s),
            Self::SessionNextToolProgress(v) => v.serialize(s),
            Self::SessionNextToolSuccess(v) => v.serialize(s),
            Self::SessionNextToolFailed(v) => v.serialize(s),
            Self::SessionNextReasoningStarted(v) => v.serialize(s),
            Self::SessionNextReasoningEnded(v) => v.serialize(s),
            Self::SessionNextRetried(v) => v.serialize(s),
            Self::SessionNextCompactionStarted(v) => v.serialize(s),
            Self::SessionNextCompactionEnded(v) => v.serialize(s),
            Self::SessionNextRevertStaged(v) => v.serialize(s),
            Self::SessionNextRevertCleared(v) => v.serialize(s),
            Self::SessionNextRevertCommitted(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<SessionNextAgentSwitched> for SessionDurableEvent {
    fn from(v: SessionNextAgentSwitched) -> Self {
        Self::SessionNextAgentSwitched(v)
    }
}
impl From<SessionNextModelSwitched> for SessionDurableEvent {
    fn from(v: SessionNextModelSwitched) -> Self {
        Self::SessionNextModelSwitched(v)
    }
}
impl From<SessionNextMoved> for SessionDurableEvent {
    fn from(v: SessionNextMoved) -> Self {
        Self::SessionNextMoved(v)
    }
}
impl From<SessionNextPrompted> for SessionDurableEvent {
    fn from(v: SessionNextPrompted) -> Self {
        Self::SessionNextPrompted(v)
    }
}
impl From<SessionNextPromptAdmitted> for SessionDurableEvent {
    fn from(v: SessionNextPromptAdmitted) -> Self {
        Self::SessionNextPromptAdmitted(v)
    }
}
impl From<SessionNextContextUpdated> for SessionDurableEvent {
    fn from(v: SessionNextContextUpdated) -> Self {
        Self::SessionNextContextUpdated(v)
    }
}
impl From<SessionNextSynthetic> for SessionDurableEvent {
    fn from(v: SessionNextSynthetic) -> Self {
        Self::SessionNextSynthetic(v)
    }
}
impl From<SessionNextShellStarted> for SessionDurableEvent {
    fn from(v: SessionNextShellStarted) -> Self {
        Self::SessionNextShellStarted(v)
    }
}
impl From<SessionNextShellEnded> for SessionDurableEvent {
    fn from(v: SessionNextShellEnded) -> Self {
        Self::SessionNextShellEnded(v)
    }
}
impl From<SessionNextStepStarted> for SessionDurableEvent {
    fn from(v: SessionNextStepStarted) -> Self {
        Self::SessionNextStepStarted(v)
    }
}
impl From<SessionNextStepEnded> for SessionDurableEvent {
    fn from(v: SessionNextStepEnded) -> Self {
        Self::SessionNextStepEnded(v)
    }
}
impl From<SessionNextStepFailed> for SessionDurableEvent {
    fn from(v: SessionNextStepFailed) -> Self {
        Self::SessionNextStepFailed(v)
    }
}
impl From<SessionNextTextStarted> for SessionDurableEvent {
    fn from(v: SessionNextTextStarted) -> Self {
        Self::SessionNextTextStarted(v)
    }
}
impl From<SessionNextTextEnded> for SessionDurableEvent {
    fn from(v: SessionNextTextEnded) -> Self {
        Self::SessionNextTextEnded(v)
    }
}
impl From<SessionNextToolInputStarted> for SessionDurableEvent {
    fn from(v: SessionNextToolInputStarted) -> Self {
        Self::SessionNextToolInputStarted(v)
    }
}
impl From<SessionNextToolInputEnded> for SessionDurableEvent {
    fn from(v: SessionNextToolInputEnded) -> Self {
        Self::SessionNextToolInputEnded(v)
    }
}
impl From<SessionNextToolCalled> for SessionDurableEvent {
    fn from(v: SessionNextToolCalled) -> Self {
        Self::SessionNextToolCalled(v)
    }
}
impl From<SessionNextToolProgress> for SessionDurableEvent {
    fn from(v: SessionNextToolProgress) -> Self {
        Self::SessionNextToolProgress(v)
    }
}
impl From<SessionNextToolSuccess> for SessionDurableEvent {
    fn from(v: SessionNextToolSuccess) -> Self {
        Self::SessionNextToolSuccess(v)
    }
}
impl From<SessionNextToolFailed> for SessionDurableEvent {
    fn from(v: SessionNextToolFailed) -> Self {
        Self::SessionNextToolFailed(v)
    }
}
impl From<SessionNextReasoningStarted> for SessionDurableEvent {
    fn from(v: SessionNextReasoningStarted) -> Self {
        Self::SessionNextReasoningStarted(v)
    }
}
impl From<SessionNextReasoningEnded> for SessionDurableEvent {
    fn from(v: SessionNextReasoningEnded) -> Self {
        Self::SessionNextReasoningEnded(v)
    }
}
impl From<SessionNextRetried> for SessionDurableEvent {
    fn from(v: SessionNextRetried) -> Self {
        Self::SessionNextRetried(v)
    }
}
impl From<SessionNextCompactionStarted> for SessionDurableEvent {
    fn from(v: SessionNextCompactionStarted) -> Self {
        Self::SessionNextCompactionStarted(v)
    }
}
impl From<SessionNextCompactionEnded> for SessionDurableEvent {
    fn from(v: SessionNextCompactionEnded) -> Self {
        Self::SessionNextCompactionEnded(v)
    }
}
impl From<SessionNextRevertStaged> for SessionDurableEvent {
    fn from(v: SessionNextRevertStaged) -> Self {
        Self::SessionNextRevertStaged(v)
    }
}
impl From<SessionNextRevertCleared> for SessionDurableEvent {
    fn from(v: SessionNextRevertCleared) -> Self {
        Self::SessionNextRevertCleared(v)
    }
}
impl From<SessionNextRevertCommitted> for SessionDurableEvent {
    fn from(v: SessionNextRevertCommitted) -> Self {
        Self::SessionNextRevertCommitted(v)
    }
}
/// The `SessionDurableEventStream` schema.
pub type SessionDurableEventStream = String;
/// The `SessionErrorUnknown` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionErrorUnknown {
    /// The `message` property.
    pub message: String,
    /// Always `"unknown"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionErrorUnknown {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            type_: "unknown".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionHistory` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionHistory {
    /// The `data` property.
    pub data: Vec<SessionDurableEvent>,
    /// The `hasMore` property.
    #[serde(rename = "hasMore")]
    pub has_more: bool,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionHistory {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(data: Vec<SessionDurableEvent>, has_more: bool) -> Self {
        Self {
            data,
            has_more,
            additional: Default::default(),
        }
    }
}
/// The `SessionInputAdmitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionInputAdmitted {
    /// The `admittedSeq` property.
    #[serde(rename = "admittedSeq")]
    pub admitted_seq: i64,
    /// The `delivery` property.
    pub delivery: SessionInputAdmittedDelivery,
    /// The `id` property.
    pub id: String,
    /// The `promotedSeq` property.
    #[serde(rename = "promotedSeq", default, skip_serializing_if = "Option::is_none")]
    pub promoted_seq: Option<i64>,
    /// The `prompt` property.
    pub prompt: Prompt,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timeCreated` property.
    #[serde(rename = "timeCreated")]
    pub time_created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionInputAdmitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        admitted_seq: i64,
        delivery: SessionInputAdmittedDelivery,
        id: impl Into<String>,
        prompt: Prompt,
        session_id: impl Into<String>,
        time_created: f64,
    ) -> Self {
        Self {
            admitted_seq,
            delivery,
            id: id.into(),
            promoted_seq: None,
            prompt,
            session_id: session_id.into(),
            time_created,
            additional: Default::default(),
        }
    }
}
/// The `SessionInputAdmitted.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionInputAdmittedDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SessionInputAdmittedDelivery {
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
impl From<&str> for SessionInputAdmittedDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SessionInputAdmittedDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SessionInputAdmittedDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionInputAdmittedDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SessionMessage` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionMessage {
    /// `type` = `"agent-switched"`.
    AgentSwitched(SessionMessageAgentSwitched),
    /// `type` = `"model-switched"`.
    ModelSwitched(SessionMessageModelSwitched),
    /// `type` = `"user"`.
    User(SessionMessageUser),
    /// `type` = `"synthetic"`.
    Synthetic(SessionMessageSynthetic),
    /// `type` = `"system"`.
    System(SessionMessageSystem),
    /// `type` = `"shell"`.
    Shell(SessionMessageShell),
    /// `type` = `"assistant"`.
    Assistant(SessionMessageAssistant),
    /// `type` = `"compaction"`.
    Compaction(SessionMessageCompaction),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SessionMessage {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "agent-switched",
        "model-switched",
        "user",
        "synthetic",
        "system",
        "shell",
        "assistant",
        "compaction",
    ];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::AgentSwitched(_) => "agent-switched",
            Self::ModelSwitched(_) => "model-switched",
            Self::User(_) => "user",
            Self::Synthetic(_) => "synthetic",
            Self::System(_) => "system",
            Self::Shell(_) => "shell",
            Self::Assistant(_) => "assistant",
            Self::Compaction(_) => "compaction",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for SessionMessage {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "SessionMessage")?;
        Ok(
            match &*kind {
                "agent-switched" => {
                    Self::AgentSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "agent-switched")?,
                    )
                }
                "model-switched" => {
                    Self::ModelSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "model-switched")?,
                    )
                }
                "user" => {
                    Self::User(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "user")?,
                    )
                }
                "synthetic" => {
                    Self::Synthetic(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "synthetic")?,
                    )
                }
                "system" => {
                    Self::System(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "system")?,
                    )
                }
                "shell" => {
                    Self::Shell(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "shell")?,
                    )
                }
                "assistant" => {
                    Self::Assistant(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "assistant")?,
                    )
                }
                "compaction" => {
                    Self::Compaction(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessage", "compaction")?,
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
impl serde::Serialize for SessionMessage {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AgentSwitched(v) => v.serialize(s),
            Self::ModelSwitched(v) => v.serialize(s),
            Self::User(v) => v.serialize(s),
            Self::Synthetic(v) => v.serialize(s),
            Self::System(v) => v.serialize(s),
            Self::Shell(v) => v.serialize(s),
            Self::Assistant(v) => v.serialize(s),
            Self::Compaction(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<SessionMessageAgentSwitched> for SessionMessage {
    fn from(v: SessionMessageAgentSwitched) -> Self {
        Self::AgentSwitched(v)
    }
}
impl From<SessionMessageModelSwitched> for SessionMessage {
    fn from(v: SessionMessageModelSwitched) -> Self {
        Self::ModelSwitched(v)
    }
}
impl From<SessionMessageUser> for SessionMessage {
    fn from(v: SessionMessageUser) -> Self {
        Self::User(v)
    }
}
impl From<SessionMessageSynthetic> for SessionMessage {
    fn from(v: SessionMessageSynthetic) -> Self {
        Self::Synthetic(v)
    }
}
impl From<SessionMessageSystem> for SessionMessage {
    fn from(v: SessionMessageSystem) -> Self {
        Self::System(v)
    }
}
impl From<SessionMessageShell> for SessionMessage {
    fn from(v: SessionMessageShell) -> Self {
        Self::Shell(v)
    }
}
impl From<SessionMessageAssistant> for SessionMessage {
    fn from(v: SessionMessageAssistant) -> Self {
        Self::Assistant(v)
    }
}
impl From<SessionMessageCompaction> for SessionMessage {
    fn from(v: SessionMessageCompaction) -> Self {
        Self::Compaction(v)
    }
}
/// The `SessionMessageAgentSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAgentSwitched {
    /// The `agent` property.
    pub agent: String,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `time` property.
    pub time: SessionMessageAgentSwitchedTime,
    /// Always `"agent-switched"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAgentSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        id: impl Into<String>,
        time: SessionMessageAgentSwitchedTime,
    ) -> Self {
        Self {
            agent: agent.into(),
            id: id.into(),
            metadata: None,
            time,
            type_: "agent-switched".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAgentSwitched.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAgentSwitchedTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAgentSwitchedTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistant` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistant {
    /// The `agent` property.
    pub agent: String,
    /// The `content` property.
    pub content: Vec<SessionMessageAssistantContentItem>,
    /// The `cost` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<SessionErrorUnknown>,
    /// The `finish` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish: Option<String>,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `model` property.
    pub model: ModelRef,
    /// The `snapshot` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<SessionMessageAssistantSnapshot>,
    /// The `time` property.
    pub time: SessionMessageAssistantTime,
    /// The `tokens` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<SessionMessageAssistantTokens>,
    /// Always `"assistant"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistant {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        agent: impl Into<String>,
        content: Vec<SessionMessageAssistantContentItem>,
        id: impl Into<String>,
        model: ModelRef,
        time: SessionMessageAssistantTime,
    ) -> Self {
        Self {
            agent: agent.into(),
            content,
            cost: None,
            error: None,
            finish: None,
            id: id.into(),
            metadata: None,
            model,
            snapshot: None,
            time,
            tokens: None,
            type_: "assistant".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistant.content\[\]` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionMessageAssistantContentItem {
    /// `type` = `"text"`.
    Text(SessionMessageAssistantText),
    /// `type` = `"reasoning"`.
    Reasoning(SessionMessageAssistantReasoning),
    /// `type` = `"tool"`.
    Tool(SessionMessageAssistantTool),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SessionMessageAssistantContentItem {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &["text", "reasoning", "tool"];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::Reasoning(_) => "reasoning",
            Self::Tool(_) => "tool",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for SessionMessageAssistantContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["type"], "SessionMessageAssistantContentItem")?;
        Ok(
            match &*kind {
                "text" => {
                    Self::Text(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantContentItem", "text")?,
                    )
                }
                "reasoning" => {
                    Self::Reasoning(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantContentItem", "reasoning")?,
                    )
                }
                "tool" => {
                    Self::Tool(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantContentItem", "tool")?,
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
impl serde::Serialize for SessionMessageAssistantContentItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(v) => v.serialize(s),
            Self::Reasoning(v) => v.serialize(s),
            Self::Tool(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<SessionMessageAssistantText> for SessionMessageAssistantContentItem {
    fn from(v: SessionMessageAssistantText) -> Self {
        Self::Text(v)
    }
}
impl From<SessionMessageAssistantReasoning> for SessionMessageAssistantContentItem {
    fn from(v: SessionMessageAssistantReasoning) -> Self {
        Self::Reasoning(v)
    }
}
impl From<SessionMessageAssistantTool> for SessionMessageAssistantContentItem {
    fn from(v: SessionMessageAssistantTool) -> Self {
        Self::Tool(v)
    }
}
/// The `SessionMessageAssistantReasoning` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantReasoning {
    /// The `id` property.
    pub id: String,
    /// The `providerMetadata` property.
    #[serde(
        rename = "providerMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provider_metadata: Option<LLMProviderMetadata>,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<SessionMessageAssistantReasoningTime>,
    /// Always `"reasoning"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantReasoning {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            provider_metadata: None,
            text: text.into(),
            time: None,
            type_: "reasoning".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistantReasoning.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantReasoningTime {
    /// The `completed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<f64>,
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantReasoningTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            completed: None,
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistant.snapshot` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantSnapshot {
    /// The `end` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<String>>,
    /// The `start` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantSnapshot {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            end: None,
            files: None,
            start: None,
            additional: Default::default(),
        }
    }
}
impl Default for SessionMessageAssistantSnapshot {
    fn default() -> Self {
        Self::new()
    }
}
/// The `SessionMessageAssistantText` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantText {
    /// The `id` property.
    pub id: String,
    /// The `text` property.
    pub text: String,
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantText {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
            type_: "text".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistant.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantTime {
    /// The `completed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<f64>,
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            completed: None,
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistant.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantTokens {
    /// The `cache` property.
    pub cache: SessionMessageAssistantTokensCache,
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
impl SessionMessageAssistantTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: SessionMessageAssistantTokensCache,
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
/// The `SessionMessageAssistant.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistantTool` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantTool {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    pub name: String,
    /// The `provider` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<SessionMessageAssistantToolProvider>,
    /// The `state` property.
    pub state: SessionMessageAssistantToolState,
    /// The `time` property.
    pub time: SessionMessageAssistantToolTime,
    /// Always `"tool"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantTool {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        state: SessionMessageAssistantToolState,
        time: SessionMessageAssistantToolTime,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            provider: None,
            state,
            time,
            type_: "tool".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistantTool.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantToolProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// The `resultMetadata` property.
    #[serde(rename = "resultMetadata", default, skip_serializing_if = "Option::is_none")]
    pub result_metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantToolProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            result_metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageAssistantTool.state` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionMessageAssistantToolState {
    /// `status` = `"pending"`.
    Pending(SessionMessageToolStatePending),
    /// `status` = `"running"`.
    Running(SessionMessageToolStateRunning),
    /// `status` = `"completed"`.
    Completed(SessionMessageToolStateCompleted),
    /// `status` = `"error"`.
    Error(SessionMessageToolStateError),
    /// A `status` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `status` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SessionMessageAssistantToolState {
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
impl<'de> serde::Deserialize<'de> for SessionMessageAssistantToolState {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["status"], "SessionMessageAssistantToolState")?;
        Ok(
            match &*kind {
                "pending" => {
                    Self::Pending(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantToolState", "pending")?,
                    )
                }
                "running" => {
                    Self::Running(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantToolState", "running")?,
                    )
                }
                "completed" => {
                    Self::Completed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantToolState", "completed")?,
                    )
                }
                "error" => {
                    Self::Error(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SessionMessageAssistantToolState", "error")?,
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
impl serde::Serialize for SessionMessageAssistantToolState {
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
impl From<SessionMessageToolStatePending> for SessionMessageAssistantToolState {
    fn from(v: SessionMessageToolStatePending) -> Self {
        Self::Pending(v)
    }
}
impl From<SessionMessageToolStateRunning> for SessionMessageAssistantToolState {
    fn from(v: SessionMessageToolStateRunning) -> Self {
        Self::Running(v)
    }
}
impl From<SessionMessageToolStateCompleted> for SessionMessageAssistantToolState {
    fn from(v: SessionMessageToolStateCompleted) -> Self {
        Self::Completed(v)
    }
}
impl From<SessionMessageToolStateError> for SessionMessageAssistantToolState {
    fn from(v: SessionMessageToolStateError) -> Self {
        Self::Error(v)
    }
}
/// The `SessionMessageAssistantTool.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageAssistantToolTime {
    /// The `completed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<f64>,
    /// The `created` property.
    pub created: f64,
    /// The `pruned` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pruned: Option<f64>,
    /// The `ran` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ran: Option<f64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageAssistantToolTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            completed: None,
            created,
            pruned: None,
            ran: None,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageCompaction` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageCompaction {
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `reason` property.
    pub reason: SessionMessageCompactionReason,
    /// The `recent` property.
    pub recent: String,
    /// The `summary` property.
    pub summary: String,
    /// The `time` property.
    pub time: SessionMessageCompactionTime,
    /// Always `"compaction"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageCompaction {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        reason: SessionMessageCompactionReason,
        recent: impl Into<String>,
        summary: impl Into<String>,
        time: SessionMessageCompactionTime,
    ) -> Self {
        Self {
            id: id.into(),
            metadata: None,
            reason,
            recent: recent.into(),
            summary: summary.into(),
            time,
            type_: "compaction".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageCompaction.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionMessageCompactionReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SessionMessageCompactionReason {
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
impl From<&str> for SessionMessageCompactionReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SessionMessageCompactionReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SessionMessageCompactionReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SessionMessageCompactionReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SessionMessageCompaction.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageCompactionTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageCompactionTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageModelSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageModelSwitched {
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `model` property.
    pub model: ModelRef,
    /// The `time` property.
    pub time: SessionMessageModelSwitchedTime,
    /// Always `"model-switched"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageModelSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        model: ModelRef,
        time: SessionMessageModelSwitchedTime,
    ) -> Self {
        Self {
            id: id.into(),
            metadata: None,
            model,
            time,
            type_: "model-switched".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageModelSwitched.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageModelSwitchedTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageModelSwitchedTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageShell` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageShell {
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `command` property.
    pub command: String,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `output` property.
    pub output: String,
    /// The `time` property.
    pub time: SessionMessageShellTime,
    /// Always `"shell"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageShell {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        call_id: impl Into<String>,
        command: impl Into<String>,
        id: impl Into<String>,
        output: impl Into<String>,
        time: SessionMessageShellTime,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            command: command.into(),
            id: id.into(),
            metadata: None,
            output: output.into(),
            time,
            type_: "shell".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageShell.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageShellTime {
    /// The `completed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<f64>,
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageShellTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            completed: None,
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageSynthetic` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageSynthetic {
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    pub time: SessionMessageSyntheticTime,
    /// Always `"synthetic"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageSynthetic {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        session_id: impl Into<String>,
        text: impl Into<String>,
        time: SessionMessageSyntheticTime,
    ) -> Self {
        Self {
            id: id.into(),
            metadata: None,
            session_id: session_id.into(),
            text: text.into(),
            time,
            type_: "synthetic".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageSynthetic.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageSyntheticTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageSyntheticTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageSystem` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageSystem {
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    pub time: SessionMessageSystemTime,
    /// Always `"system"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageSystem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        time: SessionMessageSystemTime,
    ) -> Self {
        Self {
            id: id.into(),
            metadata: None,
            text: text.into(),
            time,
            type_: "system".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageSystem.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageSystemTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageSystemTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageToolStateCompleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageToolStateCompleted {
    /// The `attachments` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<PromptFileAttachment>>,
    /// The `content` property.
    pub content: Vec<LLMToolContent>,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `outputPaths` property.
    #[serde(rename = "outputPaths", default, skip_serializing_if = "Option::is_none")]
    pub output_paths: Option<Vec<String>>,
    /// The `result` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<serde_json::Value>,
    /// Always `"completed"`.
    pub status: String,
    /// The `structured` property.
    pub structured: serde_json::Map<String, serde_json::Value>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageToolStateCompleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        content: Vec<LLMToolContent>,
        input: serde_json::Map<String, serde_json::Value>,
        structured: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            attachments: None,
            content,
            input,
            output_paths: None,
            result: None,
            status: "completed".to_owned(),
            structured,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageToolStateError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageToolStateError {
    /// The `content` property.
    pub content: Vec<LLMToolContent>,
    /// The `error` property.
    pub error: SessionErrorUnknown,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `result` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<serde_json::Value>,
    /// Always `"error"`.
    pub status: String,
    /// The `structured` property.
    pub structured: serde_json::Map<String, serde_json::Value>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageToolStateError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        content: Vec<LLMToolContent>,
        error: SessionErrorUnknown,
        input: serde_json::Map<String, serde_json::Value>,
        structured: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            content,
            error,
            input,
            result: None,
            status: "error".to_owned(),
            structured,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageToolStatePending` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageToolStatePending {
    /// The `input` property.
    pub input: String,
    /// Always `"pending"`.
    pub status: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageToolStatePending {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(input: impl Into<String>) -> Self {
        Self {
            input: input.into(),
            status: "pending".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageToolStateRunning` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageToolStateRunning {
    /// The `content` property.
    pub content: Vec<LLMToolContent>,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// Always `"running"`.
    pub status: String,
    /// The `structured` property.
    pub structured: serde_json::Map<String, serde_json::Value>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageToolStateRunning {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        content: Vec<LLMToolContent>,
        input: serde_json::Map<String, serde_json::Value>,
        structured: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            content,
            input,
            status: "running".to_owned(),
            structured,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageUser` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageUser {
    /// The `agents` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agents: Option<Vec<PromptAgentAttachment>>,
    /// The `files` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<PromptFileAttachment>>,
    /// The `id` property.
    pub id: String,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `text` property.
    pub text: String,
    /// The `time` property.
    pub time: SessionMessageUserTime,
    /// Always `"user"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageUser {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        time: SessionMessageUserTime,
    ) -> Self {
        Self {
            agents: None,
            files: None,
            id: id.into(),
            metadata: None,
            text: text.into(),
            time,
            type_: "user".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SessionMessageUser.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessageUserTime {
    /// The `created` property.
    pub created: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessageUserTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64) -> Self {
        Self {
            created,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessagesResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessagesResponse {
    /// The `cursor` property.
    pub cursor: SessionMessagesResponseCursor,
    /// The `data` property.
    pub data: Vec<SessionMessage>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessagesResponse {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cursor: SessionMessagesResponseCursor,
        data: Vec<SessionMessage>,
    ) -> Self {
        Self {
            cursor,
            data,
            additional: Default::default(),
        }
    }
}
/// The `SessionMessagesResponse.cursor` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionMessagesResponseCursor {
    /// The `next` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionMessagesResponseCursor {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            next: None,
            previous: None,
            additional: Default::default(),
        }
    }
}
impl Default for SessionMessagesResponseCursor {
    fn default() -> Self {
        Self::new()
    }
}
/// The `SessionNextRetry_error` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionNextRetryError {
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
    pub status_code: Option<f64>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionNextRetryError {
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
/// The `SessionV2Info` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionV2Info {
    /// The `agent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The `cost` property.
    pub cost: f64,
    /// The `id` property.
    pub id: String,
    /// The `location` property.
    pub location: LocationRef,
    /// The `model` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelRef>,
    /// The `parentID` property.
    #[serde(rename = "parentID", default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// The `revert` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revert: Option<RevertState>,
    /// The `subpath` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subpath: Option<String>,
    /// The `time` property.
    pub time: SessionV2InfoTime,
    /// The `title` property.
    pub title: String,
    /// The `tokens` property.
    pub tokens: SessionV2InfoTokens,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionV2Info {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cost: f64,
        id: impl Into<String>,
        location: LocationRef,
        project_id: impl Into<String>,
        time: SessionV2InfoTime,
        title: impl Into<String>,
        tokens: SessionV2InfoTokens,
    ) -> Self {
        Self {
            agent: None,
            cost,
            id: id.into(),
            location,
            model: None,
            parent_id: None,
            project_id: project_id.into(),
            revert: None,
            subpath: None,
            time,
            title: title.into(),
            tokens,
            additional: Default::default(),
        }
    }
}
/// The `SessionV2Info.time` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionV2InfoTime {
    /// The `archived` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<f64>,
    /// The `created` property.
    pub created: f64,
    /// The `updated` property.
    pub updated: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionV2InfoTime {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(created: f64, updated: f64) -> Self {
        Self {
            archived: None,
            created,
            updated,
            additional: Default::default(),
        }
    }
}
/// The `SessionV2Info.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionV2InfoTokens {
    /// The `cache` property.
    pub cache: SessionV2InfoTokensCache,
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
impl SessionV2InfoTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: SessionV2InfoTokensCache,
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
/// The `SessionV2Info.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionV2InfoTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionV2InfoTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `SessionsResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionsResponse {
    /// The `cursor` property.
    pub cursor: SessionsResponseCursor,
    /// The `data` property.
    pub data: Vec<SessionV2Info>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionsResponse {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(cursor: SessionsResponseCursor, data: Vec<SessionV2Info>) -> Self {
        Self {
            cursor,
            data,
            additional: Default::default(),
        }
    }
}
/// The `SessionsResponse.cursor` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SessionsResponseCursor {
    /// The `next` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SessionsResponseCursor {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            next: None,
            previous: None,
            additional: Default::default(),
        }
    }
}
impl Default for SessionsResponseCursor {
    fn default() -> Self {
        Self::new()
    }
}
/// The `ToolFileContent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolFileContent {
    /// The `mime` property.
    pub mime: String,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Always `"file"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `uri` property.
    pub uri: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolFileContent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(mime: impl Into<String>, uri: impl Into<String>) -> Self {
        Self {
            mime: mime.into(),
            name: None,
            type_: "file".to_owned(),
            uri: uri.into(),
            additional: Default::default(),
        }
    }
}
/// The `ToolIDs` schema.
pub type ToolIDs = Vec<String>;
/// The `ToolList` schema.
pub type ToolList = Vec<ToolListItem>;
/// The `ToolListItem` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolListItem {
    /// The `description` property.
    pub description: String,
    /// The `id` property.
    pub id: String,
    /// The `parameters` property.
    pub parameters: serde_json::Value,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolListItem {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        description: impl Into<String>,
        id: impl Into<String>,
        parameters: serde_json::Value,
    ) -> Self {
        Self {
            description: description.into(),
            id: id.into(),
            parameters,
            additional: Default::default(),
        }
    }
}
/// The `ToolTextContent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ToolTextContent {
    /// The `text` property.
    pub text: String,
    /// Always `"text"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl ToolTextContent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            type_: "text".to_owned(),
            additional: Default::default(),
        }
    }
}
impl SessionDurableEvent {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::SessionNextAgentSwitched(v) => Some(&v.id),
            Self::SessionNextModelSwitched(v) => Some(&v.id),
            Self::SessionNextMoved(v) => Some(&v.id),
            Self::SessionNextPrompted(v) => Some(&v.id),
            Self::SessionNextPromptAdmitted(v) => Some(&v.id),
            Self::SessionNextContextUpdated(v) => Some(&v.id),
            Self::SessionNextSynthetic(v) => Some(&v.id),
            Self::SessionNextShellStarted(v) => Some(&v.id),
            Self::SessionNextShellEnded(v) => Some(&v.id),
            Self::SessionNextStepStarted(v) => Some(&v.id),
            Self::SessionNextStepEnded(v) => Some(&v.id),
            Self::SessionNextStepFailed(v) => Some(&v.id),
            Self::SessionNextTextStarted(v) => Some(&v.id),
            Self::SessionNextTextEnded(v) => Some(&v.id),
            Self::SessionNextToolInputStarted(v) => Some(&v.id),
            Self::SessionNextToolInputEnded(v) => Some(&v.id),
            Self::SessionNextToolCalled(v) => Some(&v.id),
            Self::SessionNextToolProgress(v) => Some(&v.id),
            Self::SessionNextToolSuccess(v) => Some(&v.id),
            Self::SessionNextToolFailed(v) => Some(&v.id),
            Self::SessionNextReasoningStarted(v) => Some(&v.id),
            Self::SessionNextReasoningEnded(v) => Some(&v.id),
            Self::SessionNextRetried(v) => Some(&v.id),
            Self::SessionNextCompactionStarted(v) => Some(&v.id),
            Self::SessionNextCompactionEnded(v) => Some(&v.id),
            Self::SessionNextRevertStaged(v) => Some(&v.id),
            Self::SessionNextRevertCleared(v) => Some(&v.id),
            Self::SessionNextRevertCommitted(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
}
impl SessionMessage {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::AgentSwitched(v) => Some(&v.id),
            Self::ModelSwitched(v) => Some(&v.id),
            Self::User(v) => Some(&v.id),
            Self::Synthetic(v) => Some(&v.id),
            Self::System(v) => Some(&v.id),
            Self::Shell(v) => Some(&v.id),
            Self::Assistant(v) => Some(&v.id),
            Self::Compaction(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
}
impl SessionMessageAssistantContentItem {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Text(v) => Some(&v.id),
            Self::Reasoning(v) => Some(&v.id),
            Self::Tool(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
}
