//! Types of the `sync_event` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// A durable event as `/global/event` repeats it in a `sync` frame, with its per-session sequence number.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SyncEvent {
    /// `syncEvent.type` = `"session.created.1"`.
    SessionCreated1(SyncEventSessionCreated),
    /// `syncEvent.type` = `"session.updated.1"`.
    SessionUpdated1(SyncEventSessionUpdated),
    /// `syncEvent.type` = `"session.deleted.1"`.
    SessionDeleted1(SyncEventSessionDeleted),
    /// `syncEvent.type` = `"message.updated.1"`.
    MessageUpdated1(SyncEventMessageUpdated),
    /// `syncEvent.type` = `"message.removed.1"`.
    MessageRemoved1(SyncEventMessageRemoved),
    /// `syncEvent.type` = `"message.part.updated.1"`.
    MessagePartUpdated1(SyncEventMessagePartUpdated),
    /// `syncEvent.type` = `"message.part.removed.1"`.
    MessagePartRemoved1(SyncEventMessagePartRemoved),
    /// `syncEvent.type` = `"session.next.agent.switched.1"`.
    SessionNextAgentSwitched1(SyncEventSessionNextAgentSwitched),
    /// `syncEvent.type` = `"session.next.model.switched.1"`.
    SessionNextModelSwitched1(SyncEventSessionNextModelSwitched),
    /// `syncEvent.type` = `"session.next.moved.1"`.
    SessionNextMoved1(SyncEventSessionNextMoved),
    /// `syncEvent.type` = `"session.next.prompted.1"`.
    SessionNextPrompted1(SyncEventSessionNextPrompted),
    /// `syncEvent.type` = `"session.next.prompt.admitted.1"`.
    SessionNextPromptAdmitted1(SyncEventSessionNextPromptAdmitted),
    /// `syncEvent.type` = `"session.next.context.updated.1"`.
    SessionNextContextUpdated1(SyncEventSessionNextContextUpdated),
    /// `syncEvent.type` = `"session.next.synthetic.1"`.
    SessionNextSynthetic1(SyncEventSessionNextSynthetic),
    /// `syncEvent.type` = `"session.next.shell.started.1"`.
    SessionNextShellStarted1(SyncEventSessionNextShellStarted),
    /// `syncEvent.type` = `"session.next.shell.ended.1"`.
    SessionNextShellEnded1(SyncEventSessionNextShellEnded),
    /// `syncEvent.type` = `"session.next.step.started.1"`.
    SessionNextStepStarted1(SyncEventSessionNextStepStarted),
    /// `syncEvent.type` = `"session.next.step.ended.2"`.
    SessionNextStepEnded2(SyncEventSessionNextStepEnded),
    /// `syncEvent.type` = `"session.next.step.failed.2"`.
    SessionNextStepFailed2(SyncEventSessionNextStepFailed),
    /// `syncEvent.type` = `"session.next.text.started.1"`.
    SessionNextTextStarted1(SyncEventSessionNextTextStarted),
    /// `syncEvent.type` = `"session.next.text.ended.1"`.
    SessionNextTextEnded1(SyncEventSessionNextTextEnded),
    /// `syncEvent.type` = `"session.next.reasoning.started.1"`.
    SessionNextReasoningStarted1(SyncEventSessionNextReasoningStarted),
    /// `syncEvent.type` = `"session.next.reasoning.ended.1"`.
    SessionNextReasoningEnded1(SyncEventSessionNextReasoningEnded),
    /// `syncEvent.type` = `"session.next.tool.input.started.1"`.
    SessionNextToolInputStarted1(SyncEventSessionNextToolInputStarted),
    /// `syncEvent.type` = `"session.next.tool.input.ended.1"`.
    SessionNextToolInputEnded1(SyncEventSessionNextToolInputEnded),
    /// `syncEvent.type` = `"session.next.tool.called.1"`.
    SessionNextToolCalled1(SyncEventSessionNextToolCalled),
    /// `syncEvent.type` = `"session.next.tool.progress.1"`.
    SessionNextToolProgress1(SyncEventSessionNextToolProgress),
    /// `syncEvent.type` = `"session.next.tool.success.1"`.
    SessionNextToolSuccess1(SyncEventSessionNextToolSuccess),
    /// `syncEvent.type` = `"session.next.tool.failed.1"`.
    SessionNextToolFailed1(SyncEventSessionNextToolFailed),
    /// `syncEvent.type` = `"session.next.retried.1"`.
    SessionNextRetried1(SyncEventSessionNextRetried),
    /// `syncEvent.type` = `"session.next.compaction.started.1"`.
    SessionNextCompactionStarted1(SyncEventSessionNextCompactionStarted),
    /// `syncEvent.type` = `"session.next.compaction.ended.1"`.
    SessionNextCompactionEnded1(SyncEventSessionNextCompactionEnded),
    /// `syncEvent.type` = `"session.next.revert.staged.1"`.
    SessionNextRevertStaged1(SyncEventSessionNextRevertStaged),
    /// `syncEvent.type` = `"session.next.revert.cleared.1"`.
    SessionNextRevertCleared1(SyncEventSessionNextRevertCleared),
    /// `syncEvent.type` = `"session.next.revert.committed.1"`.
    SessionNextRevertCommitted1(SyncEventSessionNextRevertCommitted),
    /// A `syncEvent.type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `syncEvent.type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl SyncEvent {
    /// Every `syncEvent.type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "session.created.1",
        "session.updated.1",
        "session.deleted.1",
        "message.updated.1",
        "message.removed.1",
        "message.part.updated.1",
        "message.part.removed.1",
        "session.next.agent.switched.1",
        "session.next.model.switched.1",
        "session.next.moved.1",
        "session.next.prompted.1",
        "session.next.prompt.admitted.1",
        "session.next.context.updated.1",
        "session.next.synthetic.1",
        "session.next.shell.started.1",
        "session.next.shell.ended.1",
        "session.next.step.started.1",
        "session.next.step.ended.2",
        "session.next.step.failed.2",
        "session.next.text.started.1",
        "session.next.text.ended.1",
        "session.next.reasoning.started.1",
        "session.next.reasoning.ended.1",
        "session.next.tool.input.started.1",
        "session.next.tool.input.ended.1",
        "session.next.tool.called.1",
        "session.next.tool.progress.1",
        "session.next.tool.success.1",
        "session.next.tool.failed.1",
        "session.next.retried.1",
        "session.next.compaction.started.1",
        "session.next.compaction.ended.1",
        "session.next.revert.staged.1",
        "session.next.revert.cleared.1",
        "session.next.revert.committed.1",
    ];
    /// The `syncEvent.type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::SessionCreated1(_) => "session.created.1",
            Self::SessionUpdated1(_) => "session.updated.1",
            Self::SessionDeleted1(_) => "session.deleted.1",
            Self::MessageUpdated1(_) => "message.updated.1",
            Self::MessageRemoved1(_) => "message.removed.1",
            Self::MessagePartUpdated1(_) => "message.part.updated.1",
            Self::MessagePartRemoved1(_) => "message.part.removed.1",
            Self::SessionNextAgentSwitched1(_) => "session.next.agent.switched.1",
            Self::SessionNextModelSwitched1(_) => "session.next.model.switched.1",
            Self::SessionNextMoved1(_) => "session.next.moved.1",
            Self::SessionNextPrompted1(_) => "session.next.prompted.1",
            Self::SessionNextPromptAdmitted1(_) => "session.next.prompt.admitted.1",
            Self::SessionNextContextUpdated1(_) => "session.next.context.updated.1",
            Self::SessionNextSynthetic1(_) => "session.next.synthetic.1",
            Self::SessionNextShellStarted1(_) => "session.next.shell.started.1",
            Self::SessionNextShellEnded1(_) => "session.next.shell.ended.1",
            Self::SessionNextStepStarted1(_) => "session.next.step.started.1",
            Self::SessionNextStepEnded2(_) => "session.next.step.ended.2",
            Self::SessionNextStepFailed2(_) => "session.next.step.failed.2",
            Self::SessionNextTextStarted1(_) => "session.next.text.started.1",
            Self::SessionNextTextEnded1(_) => "session.next.text.ended.1",
            Self::SessionNextReasoningStarted1(_) => "session.next.reasoning.started.1",
            Self::SessionNextReasoningEnded1(_) => "session.next.reasoning.ended.1",
            Self::SessionNextToolInputStarted1(_) => "session.next.tool.input.started.1",
            Self::SessionNextToolInputEnded1(_) => "session.next.tool.input.ended.1",
            Self::SessionNextToolCalled1(_) => "session.next.tool.called.1",
            Self::SessionNextToolProgress1(_) => "session.next.tool.progress.1",
            Self::SessionNextToolSuccess1(_) => "session.next.tool.success.1",
            Self::SessionNextToolFailed1(_) => "session.next.tool.failed.1",
            Self::SessionNextRetried1(_) => "session.next.retried.1",
            Self::SessionNextCompactionStarted1(_) => "session.next.compaction.started.1",
            Self::SessionNextCompactionEnded1(_) => "session.next.compaction.ended.1",
            Self::SessionNextRevertStaged1(_) => "session.next.revert.staged.1",
            Self::SessionNextRevertCleared1(_) => "session.next.revert.cleared.1",
            Self::SessionNextRevertCommitted1(_) => "session.next.revert.committed.1",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for SyncEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["syncEvent", "type"], "SyncEvent")?;
        Ok(
            match &*kind {
                "session.created.1" => {
                    Self::SessionCreated1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.created.1")?,
                    )
                }
                "session.updated.1" => {
                    Self::SessionUpdated1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.updated.1")?,
                    )
                }
                "session.deleted.1" => {
                    Self::SessionDeleted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.deleted.1")?,
                    )
                }
                "message.updated.1" => {
                    Self::MessageUpdated1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "message.updated.1")?,
                    )
                }
                "message.removed.1" => {
                    Self::MessageRemoved1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "message.removed.1")?,
                    )
                }
                "message.part.updated.1" => {
                    Self::MessagePartUpdated1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "message.part.updated.1")?,
                    )
                }
                "message.part.removed.1" => {
                    Self::MessagePartRemoved1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "message.part.removed.1")?,
                    )
                }
                "session.next.agent.switched.1" => {
                    Self::SessionNextAgentSwitched1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.agent.switched.1")?,
                    )
                }
                "session.next.model.switched.1" => {
                    Self::SessionNextModelSwitched1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.model.switched.1")?,
                    )
                }
                "session.next.moved.1" => {
                    Self::SessionNextMoved1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.moved.1")?,
                    )
                }
                "session.next.prompted.1" => {
                    Self::SessionNextPrompted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.prompted.1")?,
                    )
                }
                "session.next.prompt.admitted.1" => {
                    Self::SessionNextPromptAdmitted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.prompt.admitted.1")?,
                    )
                }
                "session.next.context.updated.1" => {
                    Self::SessionNextContextUpdated1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.context.updated.1")?,
                    )
                }
                "session.next.synthetic.1" => {
                    Self::SessionNextSynthetic1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.synthetic.1")?,
                    )
                }
                "session.next.shell.started.1" => {
                    Self::SessionNextShellStarted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.shell.started.1")?,
                    )
                }
                "session.next.shell.ended.1" => {
                    Self::SessionNextShellEnded1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.shell.ended.1")?,
                    )
                }
                "session.next.step.started.1" => {
                    Self::SessionNextStepStarted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.step.started.1")?,
                    )
                }
                "session.next.step.ended.2" => {
                    Self::SessionNextStepEnded2(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.step.ended.2")?,
                    )
                }
                "session.next.step.failed.2" => {
                    Self::SessionNextStepFailed2(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.step.failed.2")?,
                    )
                }
                "session.next.text.started.1" => {
                    Self::SessionNextTextStarted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.text.started.1")?,
                    )
                }
                "session.next.text.ended.1" => {
                    Self::SessionNextTextEnded1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.text.ended.1")?,
                    )
                }
                "session.next.reasoning.started.1" => {
                    Self::SessionNextReasoningStarted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.reasoning.started.1")?,
                    )
                }
                "session.next.reasoning.ended.1" => {
                    Self::SessionNextReasoningEnded1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.reasoning.ended.1")?,
                    )
                }
                "session.next.tool.input.started.1" => {
                    Self::SessionNextToolInputStarted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.tool.input.started.1")?,
                    )
                }
                "session.next.tool.input.ended.1" => {
                    Self::SessionNextToolInputEnded1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.tool.input.ended.1")?,
                    )
                }
                "session.next.tool.called.1" => {
                    Self::SessionNextToolCalled1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.tool.called.1")?,
                    )
                }
                "session.next.tool.progress.1" => {
                    Self::SessionNextToolProgress1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.tool.progress.1")?,
                    )
                }
                "session.next.tool.success.1" => {
                    Self::SessionNextToolSuccess1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.tool.success.1")?,
                    )
                }
                "session.next.tool.failed.1" => {
                    Self::SessionNextToolFailed1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.tool.failed.1")?,
                    )
                }
                "session.next.retried.1" => {
                    Self::SessionNextRetried1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.retried.1")?,
                    )
                }
                "session.next.compaction.started.1" => {
                    Self::SessionNextCompactionStarted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.compaction.started.1")?,
                    )
                }
                "session.next.compaction.ended.1" => {
                    Self::SessionNextCompactionEnded1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.compaction.ended.1")?,
                    )
                }
                "session.next.revert.staged.1" => {
                    Self::SessionNextRevertStaged1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.revert.staged.1")?,
                    )
                }
                "session.next.revert.cleared.1" => {
                    Self::SessionNextRevertCleared1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.revert.cleared.1")?,
                    )
                }
                "session.next.revert.committed.1" => {
                    Self::SessionNextRevertCommitted1(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "SyncEvent", "session.next.revert.committed.1")?,
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
impl serde::Serialize for SyncEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SessionCreated1(v) => v.serialize(s),
            Self::SessionUpdated1(v) => v.serialize(s),
            Self::SessionDeleted1(v) => v.serialize(s),
            Self::MessageUpdated1(v) => v.serialize(s),
            Self::MessageRemoved1(v) => v.serialize(s),
            Self::MessagePartUpdated1(v) => v.serialize(s),
            Self::MessagePartRemoved1(v) => v.serialize(s),
            Self::SessionNextAgentSwitched1(v) => v.serialize(s),
            Self::SessionNextModelSwitched1(v) => v.serialize(s),
            Self::SessionNextMoved1(v) => v.serialize(s),
            Self::SessionNextPrompted1(v) => v.serialize(s),
            Self::SessionNextPromptAdmitted1(v) => v.serialize(s),
            Self::SessionNextContextUpdated1(v) => v.serialize(s),
            Self::SessionNextSynthetic1(v) => v.serialize(s),
            Self::SessionNextShellStarted1(v) => v.serialize(s),
            Self::SessionNextShellEnded1(v) => v.serialize(s),
            Self::SessionNextStepStarted1(v) => v.serialize(s),
            Self::SessionNextStepEnded2(v) => v.serialize(s),
            Self::SessionNextStepFailed2(v) => v.serialize(s),
            Self::SessionNextTextStarted1(v) => v.serialize(s),
            Self::SessionNextTextEnded1(v) => v.serialize(s),
            Self::SessionNextReasoningStarted1(v) => v.serialize(s),
            Self::SessionNextReasoningEnded1(v) => v.serialize(s),
            Self::SessionNextToolInputStarted1(v) => v.serialize(s),
            Self::SessionNextToolInputEnded1(v) => v.serialize(s),
            Self::SessionNextToolCalled1(v) => v.serialize(s),
            Self::SessionNextToolProgress1(v) => v.serialize(s),
            Self::SessionNextToolSuccess1(v) => v.serialize(s),
            Self::SessionNextToolFailed1(v) => v.serialize(s),
            Self::SessionNextRetried1(v) => v.serialize(s),
            Self::SessionNextCompactionStarted1(v) => v.serialize(s),
            Self::SessionNextCompactionEnded1(v) => v.serialize(s),
            Self::SessionNextRevertStaged1(v) => v.serialize(s),
            Self::SessionNextRevertCleared1(v) => v.serialize(s),
            Self::SessionNextRevertCommitted1(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<SyncEventSessionCreated> for SyncEvent {
    fn from(v: SyncEventSessionCreated) -> Self {
        Self::SessionCreated1(v)
    }
}
impl From<SyncEventSessionUpdated> for SyncEvent {
    fn from(v: SyncEventSessionUpdated) -> Self {
        Self::SessionUpdated1(v)
    }
}
impl From<SyncEventSessionDeleted> for SyncEvent {
    fn from(v: SyncEventSessionDeleted) -> Self {
        Self::SessionDeleted1(v)
    }
}
impl From<SyncEventMessageUpdated> for SyncEvent {
    fn from(v: SyncEventMessageUpdated) -> Self {
        Self::MessageUpdated1(v)
    }
}
impl From<SyncEventMessageRemoved> for SyncEvent {
    fn from(v: SyncEventMessageRemoved) -> Self {
        Self::MessageRemoved1(v)
    }
}
impl From<SyncEventMessagePartUpdated> for SyncEvent {
    fn from(v: SyncEventMessagePartUpdated) -> Self {
        Self::MessagePartUpdated1(v)
    }
}
impl From<SyncEventMessagePartRemoved> for SyncEvent {
    fn from(v: SyncEventMessagePartRemoved) -> Self {
        Self::MessagePartRemoved1(v)
    }
}
impl From<SyncEventSessionNextAgentSwitched> for SyncEvent {
    fn from(v: SyncEventSessionNextAgentSwitched) -> Self {
        Self::SessionNextAgentSwitched1(v)
    }
}
impl From<SyncEventSessionNextModelSwitched> for SyncEvent {
    fn from(v: SyncEventSessionNextModelSwitched) -> Self {
        Self::SessionNextModelSwitched1(v)
    }
}
impl From<SyncEventSessionNextMoved> for SyncEvent {
    fn from(v: SyncEventSessionNextMoved) -> Self {
        Self::SessionNextMoved1(v)
    }
}
impl From<SyncEventSessionNextPrompted> for SyncEvent {
    fn from(v: SyncEventSessionNextPrompted) -> Self {
        Self::SessionNextPrompted1(v)
    }
}
impl From<SyncEventSessionNextPromptAdmitted> for SyncEvent {
    fn from(v: SyncEventSessionNextPromptAdmitted) -> Self {
        Self::SessionNextPromptAdmitted1(v)
    }
}
impl From<SyncEventSessionNextContextUpdated> for SyncEvent {
    fn from(v: SyncEventSessionNextContextUpdated) -> Self {
        Self::SessionNextContextUpdated1(v)
    }
}
impl From<SyncEventSessionNextSynthetic> for SyncEvent {
    fn from(v: SyncEventSessionNextSynthetic) -> Self {
        Self::SessionNextSynthetic1(v)
    }
}
impl From<SyncEventSessionNextShellStarted> for SyncEvent {
    fn from(v: SyncEventSessionNextShellStarted) -> Self {
        Self::SessionNextShellStarted1(v)
    }
}
impl From<SyncEventSessionNextShellEnded> for SyncEvent {
    fn from(v: SyncEventSessionNextShellEnded) -> Self {
        Self::SessionNextShellEnded1(v)
    }
}
impl From<SyncEventSessionNextStepStarted> for SyncEvent {
    fn from(v: SyncEventSessionNextStepStarted) -> Self {
        Self::SessionNextStepStarted1(v)
    }
}
impl From<SyncEventSessionNextStepEnded> for SyncEvent {
    fn from(v: SyncEventSessionNextStepEnded) -> Self {
        Self::SessionNextStepEnded2(v)
    }
}
impl From<SyncEventSessionNextStepFailed> for SyncEvent {
    fn from(v: SyncEventSessionNextStepFailed) -> Self {
        Self::SessionNextStepFailed2(v)
    }
}
impl From<SyncEventSessionNextTextStarted> for SyncEvent {
    fn from(v: SyncEventSessionNextTextStarted) -> Self {
        Self::SessionNextTextStarted1(v)
    }
}
impl From<SyncEventSessionNextTextEnded> for SyncEvent {
    fn from(v: SyncEventSessionNextTextEnded) -> Self {
        Self::SessionNextTextEnded1(v)
    }
}
impl From<SyncEventSessionNextReasoningStarted> for SyncEvent {
    fn from(v: SyncEventSessionNextReasoningStarted) -> Self {
        Self::SessionNextReasoningStarted1(v)
    }
}
impl From<SyncEventSessionNextReasoningEnded> for SyncEvent {
    fn from(v: SyncEventSessionNextReasoningEnded) -> Self {
        Self::SessionNextReasoningEnded1(v)
    }
}
impl From<SyncEventSessionNextToolInputStarted> for SyncEvent {
    fn from(v: SyncEventSessionNextToolInputStarted) -> Self {
        Self::SessionNextToolInputStarted1(v)
    }
}
impl From<SyncEventSessionNextToolInputEnded> for SyncEvent {
    fn from(v: SyncEventSessionNextToolInputEnded) -> Self {
        Self::SessionNextToolInputEnded1(v)
    }
}
impl From<SyncEventSessionNextToolCalled> for SyncEvent {
    fn from(v: SyncEventSessionNextToolCalled) -> Self {
        Self::SessionNextToolCalled1(v)
    }
}
impl From<SyncEventSessionNextToolProgress> for SyncEvent {
    fn from(v: SyncEventSessionNextToolProgress) -> Self {
        Self::SessionNextToolProgress1(v)
    }
}
impl From<SyncEventSessionNextToolSuccess> for SyncEvent {
    fn from(v: SyncEventSessionNextToolSuccess) -> Self {
        Self::SessionNextToolSuccess1(v)
    }
}
impl From<SyncEventSessionNextToolFailed> for SyncEvent {
    fn from(v: SyncEventSessionNextToolFailed) -> Self {
        Self::SessionNextToolFailed1(v)
    }
}
impl From<SyncEventSessionNextRetried> for SyncEvent {
    fn from(v: SyncEventSessionNextRetried) -> Self {
        Self::SessionNextRetried1(v)
    }
}
impl From<SyncEventSessionNextCompactionStarted> for SyncEvent {
    fn from(v: SyncEventSessionNextCompactionStarted) -> Self {
        Self::SessionNextCompactionStarted1(v)
    }
}
impl From<SyncEventSessionNextCompactionEnded> for SyncEvent {
    fn from(v: SyncEventSessionNextCompactionEnded) -> Self {
        Self::SessionNextCompactionEnded1(v)
    }
}
impl From<SyncEventSessionNextRevertStaged> for SyncEvent {
    fn from(v: SyncEventSessionNextRevertStaged) -> Self {
        Self::SessionNextRevertStaged1(v)
    }
}
impl From<SyncEventSessionNextRevertCleared> for SyncEvent {
    fn from(v: SyncEventSessionNextRevertCleared) -> Self {
        Self::SessionNextRevertCleared1(v)
    }
}
impl From<SyncEventSessionNextRevertCommitted> for SyncEvent {
    fn from(v: SyncEventSessionNextRevertCommitted) -> Self {
        Self::SessionNextRevertCommitted1(v)
    }
}
/// The `SyncEventMessagePartRemoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessagePartRemoved {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventMessagePartRemovedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessagePartRemoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventMessagePartRemovedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessagePartRemoved.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessagePartRemovedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventMessagePartRemovedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"message.part.removed.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessagePartRemovedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventMessagePartRemovedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "message.part.removed.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessagePartRemoved.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessagePartRemovedSyncEventData {
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
impl SyncEventMessagePartRemovedSyncEventData {
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
/// The `SyncEventMessagePartUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessagePartUpdated {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventMessagePartUpdatedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessagePartUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventMessagePartUpdatedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessagePartUpdated.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessagePartUpdatedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventMessagePartUpdatedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"message.part.updated.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessagePartUpdatedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventMessagePartUpdatedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "message.part.updated.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessagePartUpdated.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessagePartUpdatedSyncEventData {
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
impl SyncEventMessagePartUpdatedSyncEventData {
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
/// The `SyncEventMessageRemoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessageRemoved {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventMessageRemovedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessageRemoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventMessageRemovedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessageRemoved.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessageRemovedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventMessageRemovedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"message.removed.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessageRemovedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventMessageRemovedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "message.removed.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessageRemoved.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessageRemovedSyncEventData {
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
impl SyncEventMessageRemovedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessageUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessageUpdated {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventMessageUpdatedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessageUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventMessageUpdatedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessageUpdated.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessageUpdatedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventMessageUpdatedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"message.updated.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessageUpdatedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventMessageUpdatedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "message.updated.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventMessageUpdated.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventMessageUpdatedSyncEventData {
    /// The `info` property.
    pub info: Message,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventMessageUpdatedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Message, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionCreated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionCreated {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionCreatedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionCreated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionCreatedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionCreated.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionCreatedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionCreatedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.created.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionCreatedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionCreatedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.created.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionCreated.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionCreatedSyncEventData {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionCreatedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionDeleted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionDeletedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionDeleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionDeletedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionDeleted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionDeletedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionDeletedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.deleted.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionDeletedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionDeletedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.deleted.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionDeleted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionDeletedSyncEventData {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionDeletedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextAgentSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextAgentSwitched {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextAgentSwitchedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextAgentSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextAgentSwitchedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextAgentSwitched.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextAgentSwitchedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextAgentSwitchedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.agent.switched.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextAgentSwitchedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextAgentSwitchedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.agent.switched.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextAgentSwitched.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextAgentSwitchedSyncEventData {
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
impl SyncEventSessionNextAgentSwitchedSyncEventData {
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
/// The `SyncEventSessionNextCompactionEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextCompactionEnded {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextCompactionEndedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextCompactionEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextCompactionEndedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextCompactionEnded.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextCompactionEndedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextCompactionEndedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.compaction.ended.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextCompactionEndedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextCompactionEndedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.compaction.ended.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextCompactionEnded.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextCompactionEndedSyncEventData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: SyncEventSessionNextCompactionEndedSyncEventDataReason,
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
impl SyncEventSessionNextCompactionEndedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        reason: SyncEventSessionNextCompactionEndedSyncEventDataReason,
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
/// The `SyncEventSessionNextCompactionEnded.syncEvent.data.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SyncEventSessionNextCompactionEndedSyncEventDataReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SyncEventSessionNextCompactionEndedSyncEventDataReason {
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
impl From<&str> for SyncEventSessionNextCompactionEndedSyncEventDataReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SyncEventSessionNextCompactionEndedSyncEventDataReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SyncEventSessionNextCompactionEndedSyncEventDataReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for SyncEventSessionNextCompactionEndedSyncEventDataReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SyncEventSessionNextCompactionStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextCompactionStarted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextCompactionStartedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextCompactionStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextCompactionStartedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextCompactionStarted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextCompactionStartedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextCompactionStartedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.compaction.started.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextCompactionStartedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextCompactionStartedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.compaction.started.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextCompactionStarted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextCompactionStartedSyncEventData {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: SyncEventSessionNextCompactionStartedSyncEventDataReason,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextCompactionStartedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        reason: SyncEventSessionNextCompactionStartedSyncEventDataReason,
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
/// The `SyncEventSessionNextCompactionStarted.syncEvent.data.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SyncEventSessionNextCompactionStartedSyncEventDataReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SyncEventSessionNextCompactionStartedSyncEventDataReason {
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
impl From<&str> for SyncEventSessionNextCompactionStartedSyncEventDataReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SyncEventSessionNextCompactionStartedSyncEventDataReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SyncEventSessionNextCompactionStartedSyncEventDataReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for SyncEventSessionNextCompactionStartedSyncEventDataReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SyncEventSessionNextContextUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextContextUpdated {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextContextUpdatedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextContextUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextContextUpdatedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextContextUpdated.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextContextUpdatedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextContextUpdatedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.context.updated.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextContextUpdatedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextContextUpdatedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.context.updated.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextContextUpdated.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextContextUpdatedSyncEventData {
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
impl SyncEventSessionNextContextUpdatedSyncEventData {
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
/// The `SyncEventSessionNextModelSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextModelSwitched {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextModelSwitchedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextModelSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextModelSwitchedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextModelSwitched.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextModelSwitchedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextModelSwitchedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.model.switched.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextModelSwitchedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextModelSwitchedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.model.switched.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextModelSwitched.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextModelSwitchedSyncEventData {
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
impl SyncEventSessionNextModelSwitchedSyncEventData {
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
/// The `SyncEventSessionNextMoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextMoved {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextMovedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextMoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextMovedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextMoved.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextMovedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextMovedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.moved.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextMovedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextMovedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.moved.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextMoved.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextMovedSyncEventData {
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
impl SyncEventSessionNextMovedSyncEventData {
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
/// The `SyncEventSessionNextPromptAdmitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextPromptAdmitted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextPromptAdmittedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextPromptAdmitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextPromptAdmittedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextPromptAdmitted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextPromptAdmittedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextPromptAdmittedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.prompt.admitted.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextPromptAdmittedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextPromptAdmittedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.prompt.admitted.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextPromptAdmitted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextPromptAdmittedSyncEventData {
    /// The `delivery` property.
    pub delivery: SyncEventSessionNextPromptAdmittedSyncEventDataDelivery,
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
impl SyncEventSessionNextPromptAdmittedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delivery: SyncEventSessionNextPromptAdmittedSyncEventDataDelivery,
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
/// The `SyncEventSessionNextPromptAdmitted.syncEvent.data.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SyncEventSessionNextPromptAdmittedSyncEventDataDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SyncEventSessionNextPromptAdmittedSyncEventDataDelivery {
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
impl From<&str> for SyncEventSessionNextPromptAdmittedSyncEventDataDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SyncEventSessionNextPromptAdmittedSyncEventDataDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SyncEventSessionNextPromptAdmittedSyncEventDataDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for SyncEventSessionNextPromptAdmittedSyncEventDataDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SyncEventSessionNextPrompted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextPrompted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextPromptedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextPrompted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextPromptedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextPrompted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextPromptedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextPromptedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.prompted.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextPromptedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextPromptedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.prompted.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextPrompted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextPromptedSyncEventData {
    /// The `delivery` property.
    pub delivery: SyncEventSessionNextPromptedSyncEventDataDelivery,
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
impl SyncEventSessionNextPromptedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delivery: SyncEventSessionNextPromptedSyncEventDataDelivery,
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
/// The `SyncEventSessionNextPrompted.syncEvent.data.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SyncEventSessionNextPromptedSyncEventDataDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl SyncEventSessionNextPromptedSyncEventDataDelivery {
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
impl From<&str> for SyncEventSessionNextPromptedSyncEventDataDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for SyncEventSessionNextPromptedSyncEventDataDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for SyncEventSessionNextPromptedSyncEventDataDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SyncEventSessionNextPromptedSyncEventDataDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `SyncEventSessionNextReasoningEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextReasoningEnded {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextReasoningEndedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextReasoningEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextReasoningEndedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextReasoningEnded.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextReasoningEndedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextReasoningEndedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.reasoning.ended.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextReasoningEndedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextReasoningEndedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.reasoning.ended.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextReasoningEnded.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextReasoningEndedSyncEventData {
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
impl SyncEventSessionNextReasoningEndedSyncEventData {
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
/// The `SyncEventSessionNextReasoningStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextReasoningStarted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextReasoningStartedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextReasoningStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextReasoningStartedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextReasoningStarted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextReasoningStartedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextReasoningStartedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.reasoning.started.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextReasoningStartedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextReasoningStartedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.reasoning.started.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextReasoningStarted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextReasoningStartedSyncEventData {
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
impl SyncEventSessionNextReasoningStartedSyncEventData {
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
/// The `SyncEventSessionNextRetried` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRetried {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextRetriedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRetried {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextRetriedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRetried.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRetriedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextRetriedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.retried.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRetriedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextRetriedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.retried.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRetried.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRetriedSyncEventData {
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
impl SyncEventSessionNextRetriedSyncEventData {
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
/// The `SyncEventSessionNextRevertCleared` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertCleared {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextRevertClearedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertCleared {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextRevertClearedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertCleared.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertClearedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextRevertClearedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.revert.cleared.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertClearedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextRevertClearedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.revert.cleared.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertCleared.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertClearedSyncEventData {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertClearedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, timestamp: f64) -> Self {
        Self {
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertCommitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertCommitted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextRevertCommittedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertCommitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextRevertCommittedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertCommitted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertCommittedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextRevertCommittedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.revert.committed.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertCommittedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextRevertCommittedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.revert.committed.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertCommitted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertCommittedSyncEventData {
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
impl SyncEventSessionNextRevertCommittedSyncEventData {
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
/// The `SyncEventSessionNextRevertStaged` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertStaged {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextRevertStagedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertStaged {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextRevertStagedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertStaged.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertStagedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextRevertStagedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.revert.staged.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextRevertStagedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextRevertStagedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.revert.staged.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextRevertStaged.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextRevertStagedSyncEventData {
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
impl SyncEventSessionNextRevertStagedSyncEventData {
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
/// The `SyncEventSessionNextShellEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextShellEnded {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextShellEndedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextShellEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextShellEndedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextShellEnded.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextShellEndedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextShellEndedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.shell.ended.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextShellEndedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextShellEndedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.shell.ended.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextShellEnded.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextShellEndedSyncEventData {
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
impl SyncEventSessionNextShellEndedSyncEventData {
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
/// The `SyncEventSessionNextShellStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextShellStarted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextShellStartedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextShellStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextShellStartedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextShellStarted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextShellStartedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextShellStartedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.shell.started.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextShellStartedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextShellStartedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.shell.started.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextShellStarted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextShellStartedSyncEventData {
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
impl SyncEventSessionNextShellStartedSyncEventData {
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
/// The `SyncEventSessionNextStepEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepEnded {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextStepEndedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextStepEndedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepEnded.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepEndedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextStepEndedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.step.ended.2"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepEndedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextStepEndedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.step.ended.2".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepEnded.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepEndedSyncEventData {
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
    pub tokens: SyncEventSessionNextStepEndedSyncEventDataTokens,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepEndedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        cost: f64,
        finish: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
        tokens: SyncEventSessionNextStepEndedSyncEventDataTokens,
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
/// The `SyncEventSessionNextStepEnded.syncEvent.data.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepEndedSyncEventDataTokens {
    /// The `cache` property.
    pub cache: SyncEventSessionNextStepEndedSyncEventDataTokensCache,
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
impl SyncEventSessionNextStepEndedSyncEventDataTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: SyncEventSessionNextStepEndedSyncEventDataTokensCache,
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
/// The `SyncEventSessionNextStepEnded.syncEvent.data.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepEndedSyncEventDataTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepEndedSyncEventDataTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepFailed {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextStepFailedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextStepFailedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepFailed.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepFailedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextStepFailedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.step.failed.2"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepFailedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextStepFailedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.step.failed.2".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepFailed.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepFailedSyncEventData {
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
impl SyncEventSessionNextStepFailedSyncEventData {
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
/// The `SyncEventSessionNextStepStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepStarted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextStepStartedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextStepStartedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepStarted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepStartedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextStepStartedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.step.started.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextStepStartedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextStepStartedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.step.started.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextStepStarted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextStepStartedSyncEventData {
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
impl SyncEventSessionNextStepStartedSyncEventData {
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
/// The `SyncEventSessionNextSynthetic` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextSynthetic {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextSyntheticSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextSynthetic {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextSyntheticSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextSynthetic.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextSyntheticSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextSyntheticSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.synthetic.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextSyntheticSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextSyntheticSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.synthetic.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextSynthetic.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextSyntheticSyncEventData {
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
impl SyncEventSessionNextSyntheticSyncEventData {
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
/// The `SyncEventSessionNextTextEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextTextEnded {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextTextEndedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextTextEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextTextEndedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextTextEnded.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextTextEndedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextTextEndedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.text.ended.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextTextEndedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextTextEndedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.text.ended.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextTextEnded.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextTextEndedSyncEventData {
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
impl SyncEventSessionNextTextEndedSyncEventData {
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
/// The `SyncEventSessionNextTextStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextTextStarted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextTextStartedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextTextStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextTextStartedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextTextStarted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextTextStartedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextTextStartedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.text.started.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextTextStartedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextTextStartedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.text.started.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextTextStarted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextTextStartedSyncEventData {
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
impl SyncEventSessionNextTextStartedSyncEventData {
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
/// The `SyncEventSessionNextToolCalled` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolCalled {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextToolCalledSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolCalled {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextToolCalledSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolCalled.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolCalledSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextToolCalledSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.tool.called.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolCalledSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextToolCalledSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.tool.called.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolCalled.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolCalledSyncEventData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `provider` property.
    pub provider: SyncEventSessionNextToolCalledSyncEventDataProvider,
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
impl SyncEventSessionNextToolCalledSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        input: serde_json::Map<String, serde_json::Value>,
        provider: SyncEventSessionNextToolCalledSyncEventDataProvider,
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
/// The `SyncEventSessionNextToolCalled.syncEvent.data.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolCalledSyncEventDataProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolCalledSyncEventDataProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolFailed {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextToolFailedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextToolFailedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolFailed.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolFailedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextToolFailedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.tool.failed.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolFailedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextToolFailedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.tool.failed.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolFailed.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolFailedSyncEventData {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `error` property.
    pub error: SessionErrorUnknown,
    /// The `provider` property.
    pub provider: SyncEventSessionNextToolFailedSyncEventDataProvider,
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
impl SyncEventSessionNextToolFailedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        error: SessionErrorUnknown,
        provider: SyncEventSessionNextToolFailedSyncEventDataProvider,
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
/// The `SyncEventSessionNextToolFailed.syncEvent.data.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolFailedSyncEventDataProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolFailedSyncEventDataProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolInputEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolInputEnded {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextToolInputEndedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolInputEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextToolInputEndedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolInputEnded.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolInputEndedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextToolInputEndedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.tool.input.ended.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolInputEndedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextToolInputEndedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.tool.input.ended.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolInputEnded.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolInputEndedSyncEventData {
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
impl SyncEventSessionNextToolInputEndedSyncEventData {
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
/// The `SyncEventSessionNextToolInputStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolInputStarted {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextToolInputStartedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolInputStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextToolInputStartedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolInputStarted.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolInputStartedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextToolInputStartedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.tool.input.started.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolInputStartedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextToolInputStartedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.tool.input.started.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolInputStarted.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolInputStartedSyncEventData {
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
impl SyncEventSessionNextToolInputStartedSyncEventData {
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
/// The `SyncEventSessionNextToolProgress` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolProgress {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextToolProgressSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolProgress {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextToolProgressSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolProgress.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolProgressSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextToolProgressSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.tool.progress.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolProgressSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextToolProgressSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.tool.progress.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolProgress.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolProgressSyncEventData {
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
impl SyncEventSessionNextToolProgressSyncEventData {
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
/// The `SyncEventSessionNextToolSuccess` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolSuccess {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionNextToolSuccessSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolSuccess {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionNextToolSuccessSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolSuccess.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolSuccessSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionNextToolSuccessSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.next.tool.success.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolSuccessSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionNextToolSuccessSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.next.tool.success.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionNextToolSuccess.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolSuccessSyncEventData {
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
    pub provider: SyncEventSessionNextToolSuccessSyncEventDataProvider,
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
impl SyncEventSessionNextToolSuccessSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        content: Vec<LLMToolContent>,
        provider: SyncEventSessionNextToolSuccessSyncEventDataProvider,
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
/// The `SyncEventSessionNextToolSuccess.syncEvent.data.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionNextToolSuccessSyncEventDataProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionNextToolSuccessSyncEventDataProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionUpdated {
    /// The `id` property.
    pub id: String,
    /// The `syncEvent` property.
    #[serde(rename = "syncEvent")]
    pub sync_event: SyncEventSessionUpdatedSyncEvent,
    /// Always `"sync"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        sync_event: SyncEventSessionUpdatedSyncEvent,
    ) -> Self {
        Self {
            id: id.into(),
            sync_event,
            type_: "sync".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionUpdated.syncEvent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionUpdatedSyncEvent {
    /// The `aggregateID` property.
    #[serde(rename = "aggregateID")]
    pub aggregate_id: String,
    /// The `data` property.
    pub data: SyncEventSessionUpdatedSyncEventData,
    /// The `id` property.
    pub id: String,
    /// The `seq` property.
    pub seq: f64,
    /// Always `"session.updated.1"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionUpdatedSyncEvent {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        aggregate_id: impl Into<String>,
        data: SyncEventSessionUpdatedSyncEventData,
        id: impl Into<String>,
        seq: f64,
    ) -> Self {
        Self {
            aggregate_id: aggregate_id.into(),
            data,
            id: id.into(),
            seq,
            type_: "session.updated.1".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `SyncEventSessionUpdated.syncEvent.data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SyncEventSessionUpdatedSyncEventData {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl SyncEventSessionUpdatedSyncEventData {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
impl SyncEvent {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::SessionCreated1(v) => Some(&v.id),
            Self::SessionUpdated1(v) => Some(&v.id),
            Self::SessionDeleted1(v) => Some(&v.id),
            Self::MessageUpdated1(v) => Some(&v.id),
            Self::MessageRemoved1(v) => Some(&v.id),
            Self::MessagePartUpdated1(v) => Some(&v.id),
            Self::MessagePartRemoved1(v) => Some(&v.id),
            Self::SessionNextAgentSwitched1(v) => Some(&v.id),
            Self::SessionNextModelSwitched1(v) => Some(&v.id),
            Self::SessionNextMoved1(v) => Some(&v.id),
            Self::SessionNextPrompted1(v) => Some(&v.id),
            Self::SessionNextPromptAdmitted1(v) => Some(&v.id),
            Self::SessionNextContextUpdated1(v) => Some(&v.id),
            Self::SessionNextSynthetic1(v) => Some(&v.id),
            Self::SessionNextShellStarted1(v) => Some(&v.id),
            Self::SessionNextShellEnded1(v) => Some(&v.id),
            Self::SessionNextStepStarted1(v) => Some(&v.id),
            Self::SessionNextStepEnded2(v) => Some(&v.id),
            Self::SessionNextStepFailed2(v) => Some(&v.id),
            Self::SessionNextTextStarted1(v) => Some(&v.id),
            Self::SessionNextTextEnded1(v) => Some(&v.id),
            Self::SessionNextReasoningStarted1(v) => Some(&v.id),
            Self::SessionNextReasoningEnded1(v) => Some(&v.id),
            Self::SessionNextToolInputStarted1(v) => Some(&v.id),
            Self::SessionNextToolInputEnded1(v) => Some(&v.id),
            Self::SessionNextToolCalled1(v) => Some(&v.id),
            Self::SessionNextToolProgress1(v) => Some(&v.id),
            Self::SessionNextToolSuccess1(v) => Some(&v.id),
            Self::SessionNextToolFailed1(v) => Some(&v.id),
            Self::SessionNextRetried1(v) => Some(&v.id),
            Self::SessionNextCompactionStarted1(v) => Some(&v.id),
            Self::SessionNextCompactionEnded1(v) => Some(&v.id),
            Self::SessionNextRevertStaged1(v) => Some(&v.id),
            Self::SessionNextRevertCleared1(v) => Some(&v.id),
            Self::SessionNextRevertCommitted1(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
    /// The session this event is about, if any.
    pub fn session_id(&self) -> Option<&str> {
        match self {
            Self::SessionCreated1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionUpdated1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionDeleted1(v) => Some(&v.sync_event.data.session_id),
            Self::MessageUpdated1(v) => Some(&v.sync_event.data.session_id),
            Self::MessageRemoved1(v) => Some(&v.sync_event.data.session_id),
            Self::MessagePartUpdated1(v) => Some(&v.sync_event.data.session_id),
            Self::MessagePartRemoved1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextAgentSwitched1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextModelSwitched1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextMoved1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextPrompted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextPromptAdmitted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextContextUpdated1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextSynthetic1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextShellStarted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextShellEnded1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextStepStarted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextStepEnded2(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextStepFailed2(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextTextStarted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextTextEnded1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextReasoningStarted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextReasoningEnded1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextToolInputStarted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextToolInputEnded1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextToolCalled1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextToolProgress1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextToolSuccess1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextToolFailed1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextRetried1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextCompactionStarted1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextCompactionEnded1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextRevertStaged1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextRevertCleared1(v) => Some(&v.sync_event.data.session_id),
            Self::SessionNextRevertCommitted1(v) => Some(&v.sync_event.data.session_id),
            Self::Unknown { .. } => None,
        }
    }
}
