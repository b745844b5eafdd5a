//! Types of the `event` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `Event` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `type` = `"models-dev.refreshed"`.
    ModelsDevRefreshed(EventModelsDevRefreshed),
    /// `type` = `"integration.updated"`.
    IntegrationUpdated(EventIntegrationUpdated),
    /// `type` = `"integration.connection.updated"`.
    IntegrationConnectionUpdated(EventIntegrationConnectionUpdated),
    /// `type` = `"catalog.updated"`.
    CatalogUpdated(EventCatalogUpdated),
    /// `type` = `"session.created"`.
    SessionCreated(EventSessionCreated),
    /// `type` = `"session.updated"`.
    SessionUpdated(EventSessionUpdated),
    /// `type` = `"session.deleted"`.
    SessionDeleted(EventSessionDeleted),
    /// `type` = `"message.updated"`.
    MessageUpdated(EventMessageUpdated),
    /// `type` = `"message.removed"`.
    MessageRemoved(EventMessageRemoved),
    /// `type` = `"message.part.updated"`.
    MessagePartUpdated(EventMessagePartUpdated),
    /// `type` = `"message.part.removed"`.
    MessagePartRemoved(EventMessagePartRemoved),
    /// `type` = `"session.next.agent.switched"`.
    SessionNextAgentSwitched(EventSessionNextAgentSwitched),
    /// `type` = `"session.next.model.switched"`.
    SessionNextModelSwitched(EventSessionNextModelSwitched),
    /// `type` = `"session.next.moved"`.
    SessionNextMoved(EventSessionNextMoved),
    /// `type` = `"session.next.prompted"`.
    SessionNextPrompted(EventSessionNextPrompted),
    /// `type` = `"session.next.prompt.admitted"`.
    SessionNextPromptAdmitted(EventSessionNextPromptAdmitted),
    /// `type` = `"session.next.context.updated"`.
    SessionNextContextUpdated(EventSessionNextContextUpdated),
    /// `type` = `"session.next.synthetic"`.
    SessionNextSynthetic(EventSessionNextSynthetic),
    /// `type` = `"session.next.shell.started"`.
    SessionNextShellStarted(EventSessionNextShellStarted),
    /// `type` = `"session.next.shell.ended"`.
    SessionNextShellEnded(EventSessionNextShellEnded),
    /// `type` = `"session.next.step.started"`.
    SessionNextStepStarted(EventSessionNextStepStarted),
    /// `type` = `"session.next.step.ended"`.
    SessionNextStepEnded(EventSessionNextStepEnded),
    /// `type` = `"session.next.step.failed"`.
    SessionNextStepFailed(EventSessionNextStepFailed),
    /// `type` = `"session.next.text.started"`.
    SessionNextTextStarted(EventSessionNextTextStarted),
    /// `type` = `"session.next.text.delta"`.
    SessionNextTextDelta(EventSessionNextTextDelta),
    /// `type` = `"session.next.text.ended"`.
    SessionNextTextEnded(EventSessionNextTextEnded),
    /// `type` = `"session.next.reasoning.started"`.
    SessionNextReasoningStarted(EventSessionNextReasoningStarted),
    /// `type` = `"session.next.reasoning.delta"`.
    SessionNextReasoningDelta(EventSessionNextReasoningDelta),
    /// `type` = `"session.next.reasoning.ended"`.
    SessionNextReasoningEnded(EventSessionNextReasoningEnded),
    /// `type` = `"session.next.tool.input.started"`.
    SessionNextToolInputStarted(EventSessionNextToolInputStarted),
    /// `type` = `"session.next.tool.input.delta"`.
    SessionNextToolInputDelta(EventSessionNextToolInputDelta),
    /// `type` = `"session.next.tool.input.ended"`.
    SessionNextToolInputEnded(EventSessionNextToolInputEnded),
    /// `type` = `"session.next.tool.called"`.
    SessionNextToolCalled(EventSessionNextToolCalled),
    /// `type` = `"session.next.tool.progress"`.
    SessionNextToolProgress(EventSessionNextToolProgress),
    /// `type` = `"session.next.tool.success"`.
    SessionNextToolSuccess(EventSessionNextToolSuccess),
    /// `type` = `"session.next.tool.failed"`.
    SessionNextToolFailed(EventSessionNextToolFailed),
    /// `type` = `"session.next.retried"`.
    SessionNextRetried(EventSessionNextRetried),
    /// `type` = `"session.next.compaction.started"`.
    SessionNextCompactionStarted(EventSessionNextCompactionStarted),
    /// `type` = `"session.next.compaction.delta"`.
    SessionNextCompactionDelta(EventSessionNextCompactionDelta),
    /// `type` = `"session.next.compaction.ended"`.
    SessionNextCompactionEnded(EventSessionNextCompactionEnded),
    /// `type` = `"session.next.revert.staged"`.
    SessionNextRevertStaged(EventSessionNextRevertStaged),
    /// `type` = `"session.next.revert.cleared"`.
    SessionNextRevertCleared(EventSessionNextRevertCleared),
    /// `type` = `"session.next.revert.committed"`.
    SessionNextRevertCommitted(EventSessionNextRevertCommitted),
    /// `type` = `"message.part.delta"`.
    MessagePartDelta(EventMessagePartDelta),
    /// `type` = `"session.diff"`.
    SessionDiff(EventSessionDiff),
    /// `type` = `"session.error"`.
    SessionError(EventSessionError),
    /// `type` = `"installation.updated"`.
    InstallationUpdated(EventInstallationUpdated),
    /// `type` = `"installation.update-available"`.
    InstallationUpdateAvailable(EventInstallationUpdateAvailable),
    /// `type` = `"file.edited"`.
    FileEdited(EventFileEdited),
    /// `type` = `"reference.updated"`.
    ReferenceUpdated(EventReferenceUpdated),
    /// `type` = `"permission.v2.asked"`.
    PermissionV2Asked(EventPermissionV2Asked),
    /// `type` = `"permission.v2.replied"`.
    PermissionV2Replied(EventPermissionV2Replied),
    /// `type` = `"plugin.added"`.
    PluginAdded(EventPluginAdded),
    /// `type` = `"project.directories.updated"`.
    ProjectDirectoriesUpdated(EventProjectDirectoriesUpdated),
    /// `type` = `"file.watcher.updated"`.
    FileWatcherUpdated(EventFileWatcherUpdated),
    /// `type` = `"pty.created"`.
    PtyCreated(EventPtyCreated),
    /// `type` = `"pty.updated"`.
    PtyUpdated(EventPtyUpdated),
    /// `type` = `"pty.exited"`.
    PtyExited(EventPtyExited),
    /// `type` = `"pty.deleted"`.
    PtyDeleted(EventPtyDeleted),
    /// `type` = `"question.v2.asked"`.
    QuestionV2Asked(EventQuestionV2Asked),
    /// `type` = `"question.v2.replied"`.
    QuestionV2Replied(EventQuestionV2Replied),
    /// `type` = `"question.v2.rejected"`.
    QuestionV2Rejected(EventQuestionV2Rejected),
    /// `type` = `"todo.updated"`.
    TodoUpdated(EventTodoUpdated),
    /// `type` = `"lsp.updated"`.
    LspUpdated(EventLspUpdated),
    /// `type` = `"permission.asked"`.
    PermissionAsked(EventPermissionAsked),
    /// `type` = `"permission.replied"`.
    PermissionReplied(EventPermissionReplied),
    /// `type` = `"tui.prompt.append"`.
    TuiPromptAppend(EventTuiPromptAppend2),
    /// `type` = `"tui.command.execute"`.
    TuiCommandExecute(EventTuiCommandExecute2),
    /// `type` = `"tui.toast.show"`.
    TuiToastShow(EventTuiToastShow2),
    /// `type` = `"tui.session.select"`.
    TuiSessionSelect(EventTuiSessionSelect2),
    /// `type` = `"mcp.tools.changed"`.
    McpToolsChanged(EventMcpToolsChanged),
    /// `type` = `"mcp.browser.open.failed"`.
    McpBrowserOpenFailed(EventMcpBrowserOpenFailed),
    /// `type` = `"command.executed"`.
    CommandExecuted(EventCommandExecuted),
    /// `type` = `"project.updated"`.
    ProjectUpdated(EventProjectUpdated),
    /// `type` = `"session.status"`.
    SessionStatus(EventSessionStatus),
    /// `type` = `"session.idle"`.
    SessionIdle(EventSessionIdle),
    /// `type` = `"question.asked"`.
    QuestionAsked(EventQuestionAsked),
    /// `type` = `"question.replied"`.
    QuestionReplied(EventQuestionReplied),
    /// `type` = `"question.rejected"`.
    QuestionRejected(EventQuestionRejected),
    /// `type` = `"session.compacted"`.
    SessionCompacted(EventSessionCompacted),
    /// `type` = `"vcs.branch.updated"`.
    VcsBranchUpdated(EventVcsBranchUpdated),
    /// `type` = `"workspace.ready"`.
    WorkspaceReady(EventWorkspaceReady),
    /// `type` = `"workspace.failed"`.
    WorkspaceFailed(EventWorkspaceFailed),
    /// `type` = `"workspace.status"`.
    WorkspaceStatus(EventWorkspaceStatus),
    /// `type` = `"worktree.ready"`.
    WorktreeReady(EventWorktreeReady),
    /// `type` = `"worktree.failed"`.
    WorktreeFailed(EventWorktreeFailed),
    /// `type` = `"server.connected"`.
    ServerConnected(EventServerConnected),
    /// `type` = `"global.disposed"`.
    GlobalDisposed(EventGlobalDisposed),
    /// `type` = `"server.instance.disposed"`.
    ServerInstanceDisposed(EventServerInstanceDisposed),
    /// `type` = `"server.heartbeat"`.
    ServerHeartbeat(EventServerHeartbeat),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl Event {
    /// Every `type` value this version knows, in spec order.
    pub const KINDS: &'static [&'static str] = &[
        "models-dev.refreshed",
        "integration.updated",
        "integration.connection.updated",
        "catalog.updated",
        "session.created",
        "session.updated",
        "session.deleted",
        "message.updated",
        "message.removed",
        "message.part.updated",
        "message.part.removed",
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
        "session.next.text.delta",
        "session.next.text.ended",
        "session.next.reasoning.started",
        "session.next.reasoning.delta",
        "session.next.reasoning.ended",
        "session.next.tool.input.started",
        "session.next.tool.input.delta",
        "session.next.tool.input.ended",
        "session.next.tool.called",
        "session.next.tool.progress",
        "session.next.tool.success",
        "session.next.tool.failed",
        "session.next.retried",
        "session.next.compaction.started",
        "session.next.compaction.delta",
        "session.next.compaction.ended",
        "session.next.revert.staged",
        "session.next.revert.cleared",
        "session.next.revert.committed",
        "message.part.delta",
        "session.diff",
        "session.error",
        "installation.updated",
        "installation.update-available",
        "file.edited",
        "reference.updated",
        "permission.v2.asked",
        "permission.v2.replied",
        "plugin.added",
        "project.directories.updated",
        "file.watcher.updated",
        "pty.created",
        "pty.updated",
        "pty.exited",
        "pty.deleted",
        "question.v2.asked",
        "question.v2.replied",
        "question.v2.rejected",
        "todo.updated",
        "lsp.updated",
        "permission.asked",
        "permission.replied",
        "tui.prompt.append",
        "tui.command.execute",
        "tui.toast.show",
        "tui.session.select",
        "mcp.tools.changed",
        "mcp.browser.open.failed",
        "command.executed",
        "project.updated",
        "session.status",
        "session.idle",
        "question.asked",
        "question.replied",
        "question.rejected",
        "session.compacted",
        "vcs.branch.updated",
        "workspace.ready",
        "workspace.failed",
        "workspace.status",
        "worktree.ready",
        "worktree.failed",
        "server.connected",
        "global.disposed",
        "server.instance.disposed",
        "server.heartbeat",
    ];
    /// The `type` value, known or not.
    pub fn kind(&self) -> &str {
        match self {
            Self::ModelsDevRefreshed(_) => "models-dev.refreshed",
            Self::IntegrationUpdated(_) => "integration.updated",
            Self::IntegrationConnectionUpdated(_) => "integration.connection.updated",
            Self::CatalogUpdated(_) => "catalog.updated",
            Self::SessionCreated(_) => "session.created",
            Self::SessionUpdated(_) => "session.updated",
            Self::SessionDeleted(_) => "session.deleted",
            Self::MessageUpdated(_) => "message.updated",
            Self::MessageRemoved(_) => "message.removed",
            Self::MessagePartUpdated(_) => "message.part.updated",
            Self::MessagePartRemoved(_) => "message.part.removed",
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
            Self::SessionNextTextDelta(_) => "session.next.text.delta",
            Self::SessionNextTextEnded(_) => "session.next.text.ended",
            Self::SessionNextReasoningStarted(_) => "session.next.reasoning.started",
            Self::SessionNextReasoningDelta(_) => "session.next.reasoning.delta",
            Self::SessionNextReasoningEnded(_) => "session.next.reasoning.ended",
            Self::SessionNextToolInputStarted(_) => "session.next.tool.input.started",
            Self::SessionNextToolInputDelta(_) => "session.next.tool.input.delta",
            Self::SessionNextToolInputEnded(_) => "session.next.tool.input.ended",
            Self::SessionNextToolCalled(_) => "session.next.tool.called",
            Self::SessionNextToolProgress(_) => "session.next.tool.progress",
            Self::SessionNextToolSuccess(_) => "session.next.tool.success",
            Self::SessionNextToolFailed(_) => "session.next.tool.failed",
            Self::SessionNextRetried(_) => "session.next.retried",
            Self::SessionNextCompactionStarted(_) => "session.next.compaction.started",
            Self::SessionNextCompactionDelta(_) => "session.next.compaction.delta",
            Self::SessionNextCompactionEnded(_) => "session.next.compaction.ended",
            Self::SessionNextRevertStaged(_) => "session.next.revert.staged",
            Self::SessionNextRevertCleared(_) => "session.next.revert.cleared",
            Self::SessionNextRevertCommitted(_) => "session.next.revert.committed",
            Self::MessagePartDelta(_) => "message.part.delta",
            Self::SessionDiff(_) => "session.diff",
            Self::SessionError(_) => "session.error",
            Self::InstallationUpdated(_) => "installation.updated",
            Self::InstallationUpdateAvailable(_) => "installation.update-available",
            Self::FileEdited(_) => "file.edited",
            Self::ReferenceUpdated(_) => "reference.updated",
            Self::PermissionV2Asked(_) => "permission.v2.asked",
            Self::PermissionV2Replied(_) => "permission.v2.replied",
            Self::PluginAdded(_) => "plugin.added",
            Self::ProjectDirectoriesUpdated(_) => "project.directories.updated",
            Self::FileWatcherUpdated(_) => "file.watcher.updated",
            Self::PtyCreated(_) => "pty.created",
            Self::PtyUpdated(_) => "pty.updated",
            Self::PtyExited(_) => "pty.exited",
            Self::PtyDeleted(_) => "pty.deleted",
            Self::QuestionV2Asked(_) => "question.v2.asked",
            Self::QuestionV2Replied(_) => "question.v2.replied",
            Self::QuestionV2Rejected(_) => "question.v2.rejected",
            Self::TodoUpdated(_) => "todo.updated",
            Self::LspUpdated(_) => "lsp.updated",
            Self::PermissionAsked(_) => "permission.asked",
            Self::PermissionReplied(_) => "permission.replied",
            Self::TuiPromptAppend(_) => "tui.prompt.append",
            Self::TuiCommandExecute(_) => "tui.command.execute",
            Self::TuiToastShow(_) => "tui.toast.show",
            Self::TuiSessionSelect(_) => "tui.session.select",
            Self::McpToolsChanged(_) => "mcp.tools.changed",
            Self::McpBrowserOpenFailed(_) => "mcp.browser.open.failed",
            Self::CommandExecuted(_) => "command.executed",
            Self::ProjectUpdated(_) => "project.updated",
            Self::SessionStatus(_) => "session.status",
            Self::SessionIdle(_) => "session.idle",
            Self::QuestionAsked(_) => "question.asked",
            Self::QuestionReplied(_) => "question.replied",
            Self::QuestionRejected(_) => "question.rejected",
            Self::SessionCompacted(_) => "session.compacted",
            Self::VcsBranchUpdated(_) => "vcs.branch.updated",
            Self::WorkspaceReady(_) => "workspace.ready",
            Self::WorkspaceFailed(_) => "workspace.failed",
            Self::WorkspaceStatus(_) => "workspace.status",
            Self::WorktreeReady(_) => "worktree.ready",
            Self::WorktreeFailed(_) => "worktree.failed",
            Self::ServerConnected(_) => "server.connected",
            Self::GlobalDisposed(_) => "global.disposed",
            Self::ServerInstanceDisposed(_) => "server.instance.disposed",
            Self::ServerHeartbeat(_) => "server.heartbeat",
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "Event")?;
        Ok(
            match &*kind {
                "models-dev.refreshed" => {
                    Self::ModelsDevRefreshed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "models-dev.refreshed")?,
                    )
                }
                "integration.updated" => {
                    Self::IntegrationUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "integration.updated")?,
                    )
                }
                "integration.connection.updated" => {
                    Self::IntegrationConnectionUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "integration.connection.updated")?,
                    )
                }
                "catalog.updated" => {
                    Self::CatalogUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "catalog.updated")?,
                    )
                }
                "session.created" => {
                    Self::SessionCreated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.created")?,
                    )
                }
                "session.updated" => {
                    Self::SessionUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.updated")?,
                    )
                }
                "session.deleted" => {
                    Self::SessionDeleted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.deleted")?,
                    )
                }
                "message.updated" => {
                    Self::MessageUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "message.updated")?,
                    )
                }
                "message.removed" => {
                    Self::MessageRemoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "message.removed")?,
                    )
                }
                "message.part.updated" => {
                    Self::MessagePartUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "message.part.updated")?,
                    )
                }
                "message.part.removed" => {
                    Self::MessagePartRemoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "message.part.removed")?,
                    )
                }
                "session.next.agent.switched" => {
                    Self::SessionNextAgentSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.agent.switched")?,
                    )
                }
                "session.next.model.switched" => {
                    Self::SessionNextModelSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.model.switched")?,
                    )
                }
                "session.next.moved" => {
                    Self::SessionNextMoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.moved")?,
                    )
                }
                "session.next.prompted" => {
                    Self::SessionNextPrompted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.prompted")?,
                    )
                }
                "session.next.prompt.admitted" => {
                    Self::SessionNextPromptAdmitted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.prompt.admitted")?,
                    )
                }
                "session.next.context.updated" => {
                    Self::SessionNextContextUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.context.updated")?,
                    )
                }
                "session.next.synthetic" => {
                    Self::SessionNextSynthetic(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.synthetic")?,
                    )
                }
                "session.next.shell.started" => {
                    Self::SessionNextShellStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.shell.started")?,
                    )
                }
                "session.next.shell.ended" => {
                    Self::SessionNextShellEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.shell.ended")?,
                    )
                }
                "session.next.step.started" => {
                    Self::SessionNextStepStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.step.started")?,
                    )
                }
                "session.next.step.ended" => {
                    Self::SessionNextStepEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.step.ended")?,
                    )
                }
                "session.next.step.failed" => {
                    Self::SessionNextStepFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.step.failed")?,
                    )
                }
                "session.next.text.started" => {
                    Self::SessionNextTextStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.text.started")?,
                    )
                }
                "session.next.text.delta" => {
                    Self::SessionNextTextDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.text.delta")?,
                    )
                }
                "session.next.text.ended" => {
                    Self::SessionNextTextEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.text.ended")?,
                    )
                }
                "session.next.reasoning.started" => {
                    Self::SessionNextReasoningStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.reasoning.started")?,
                    )
                }
                "session.next.reasoning.delta" => {
                    Self::SessionNextReasoningDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.reasoning.delta")?,
                    )
                }
                "session.next.reasoning.ended" => {
                    Self::SessionNextReasoningEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.reasoning.ended")?,
                    )
                }
                "session.next.tool.input.started" => {
                    Self::SessionNextToolInputStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.input.started")?,
                    )
                }
                "session.next.tool.input.delta" => {
                    Self::SessionNextToolInputDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.input.delta")?,
                    )
                }
                "session.next.tool.input.ended" => {
                    Self::SessionNextToolInputEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.input.ended")?,
                    )
                }
                "session.next.tool.called" => {
                    Self::SessionNextToolCalled(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.called")?,
                    )
                }
                "session.next.tool.progress" => {
                    Self::SessionNextToolProgress(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.progress")?,
                    )
                }
                "session.next.tool.success" => {
                    Self::SessionNextToolSuccess(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.success")?,
                    )
                }
                "session.next.tool.failed" => {
                    Self::SessionNextToolFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.tool.failed")?,
                    )
                }
                "session.next.retried" => {
                    Self::SessionNextRetried(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.retried")?,
                    )
                }
                "session.next.compaction.started" => {
                    Self::SessionNextCompactionStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.compaction.started")?,
                    )
                }
                "session.next.compaction.delta" => {
                    Self::SessionNextCompactionDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.compaction.delta")?,
                    )
                }
                "session.next.compaction.ended" => {
                    Self::SessionNextCompactionEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.compaction.ended")?,
                    )
                }
                "session.next.revert.staged" => {
                    Self::SessionNextRevertStaged(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.revert.staged")?,
                    )
                }
                "session.next.revert.cleared" => {
                    Self::SessionNextRevertCleared(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.revert.cleared")?,
                    )
                }
                "session.next.revert.committed" => {
                    Self::SessionNextRevertCommitted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.next.revert.committed")?,
                    )
                }
                "message.part.delta" => {
                    Self::MessagePartDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "message.part.delta")?,
                    )
                }
                "session.diff" => {
                    Self::SessionDiff(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.diff")?,
                    )
                }
                "session.error" => {
                    Self::SessionError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.error")?,
                    )
                }
                "installation.updated" => {
                    Self::InstallationUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "installation.updated")?,
                    )
                }
                "installation.update-available" => {
                    Self::InstallationUpdateAvailable(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "installation.update-available")?,
                    )
                }
                "file.edited" => {
                    Self::FileEdited(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "file.edited")?,
                    )
                }
                "reference.updated" => {
                    Self::ReferenceUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "reference.updated")?,
                    )
                }
                "permission.v2.asked" => {
                    Self::PermissionV2Asked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "permission.v2.asked")?,
                    )
                }
                "permission.v2.replied" => {
                    Self::PermissionV2Replied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "permission.v2.replied")?,
                    )
                }
                "plugin.added" => {
                    Self::PluginAdded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "plugin.added")?,
                    )
                }
                "project.directories.updated" => {
                    Self::ProjectDirectoriesUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "project.directories.updated")?,
                    )
                }
                "file.watcher.updated" => {
                    Self::FileWatcherUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "file.watcher.updated")?,
                    )
                }
                "pty.created" => {
                    Self::PtyCreated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "pty.created")?,
                    )
                }
                "pty.updated" => {
                    Self::PtyUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "pty.updated")?,
                    )
                }
                "pty.exited" => {
                    Self::PtyExited(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "pty.exited")?,
                    )
                }
                "pty.deleted" => {
                    Self::PtyDeleted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "pty.deleted")?,
                    )
                }
                "question.v2.asked" => {
                    Self::QuestionV2Asked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "question.v2.asked")?,
                    )
                }
                "question.v2.replied" => {
                    Self::QuestionV2Replied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "question.v2.replied")?,
                    )
                }
                "question.v2.rejected" => {
                    Self::QuestionV2Rejected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "question.v2.rejected")?,
                    )
                }
                "todo.updated" => {
                    Self::TodoUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "todo.updated")?,
                    )
                }
                "lsp.updated" => {
                    Self::LspUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "lsp.updated")?,
                    )
                }
                "permission.asked" => {
                    Self::PermissionAsked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "permission.asked")?,
                    )
                }
                "permission.replied" => {
                    Self::PermissionReplied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "permission.replied")?,
                    )
                }
                "tui.prompt.append" => {
                    Self::TuiPromptAppend(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "tui.prompt.append")?,
                    )
                }
                "tui.command.execute" => {
                    Self::TuiCommandExecute(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "tui.command.execute")?,
                    )
                }
                "tui.toast.show" => {
                    Self::TuiToastShow(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "tui.toast.show")?,
                    )
                }
                "tui.session.select" => {
                    Self::TuiSessionSelect(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "tui.session.select")?,
                    )
                }
                "mcp.tools.changed" => {
                    Self::McpToolsChanged(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "mcp.tools.changed")?,
                    )
                }
                "mcp.browser.open.failed" => {
                    Self::McpBrowserOpenFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "mcp.browser.open.failed")?,
                    )
                }
                "command.executed" => {
                    Self::CommandExecuted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "command.executed")?,
                    )
                }
                "project.updated" => {
                    Self::ProjectUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "project.updated")?,
                    )
                }
                "session.status" => {
                    Self::SessionStatus(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.status")?,
                    )
                }
                "session.idle" => {
                    Self::SessionIdle(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.idle")?,
                    )
                }
                "question.asked" => {
                    Self::QuestionAsked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "question.asked")?,
                    )
                }
                "question.replied" => {
                    Self::QuestionReplied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "question.replied")?,
                    )
                }
                "question.rejected" => {
                    Self::QuestionRejected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "question.rejected")?,
                    )
                }
                "session.compacted" => {
                    Self::SessionCompacted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "session.compacted")?,
                    )
                }
                "vcs.branch.updated" => {
                    Self::VcsBranchUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "vcs.branch.updated")?,
                    )
                }
                "workspace.ready" => {
                    Self::WorkspaceReady(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "workspace.ready")?,
                    )
                }
                "workspace.failed" => {
                    Self::WorkspaceFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "workspace.failed")?,
                    )
                }
                "workspace.status" => {
                    Self::WorkspaceStatus(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "workspace.status")?,
                    )
                }
                "worktree.ready" => {
                    Self::WorktreeReady(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "worktree.ready")?,
                    )
                }
                "worktree.failed" => {
                    Self::WorktreeFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "worktree.failed")?,
                    )
                }
                "server.connected" => {
                    Self::ServerConnected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "server.connected")?,
                    )
                }
                "global.disposed" => {
                    Self::GlobalDisposed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "global.disposed")?,
                    )
                }
                "server.instance.disposed" => {
                    Self::ServerInstanceDisposed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "server.instance.disposed")?,
                    )
                }
                "server.heartbeat" => {
                    Self::ServerHeartbeat(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "Event", "server.heartbeat")?,
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
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ModelsDevRefreshed(v) => v.serialize(s),
            Self::IntegrationUpdated(v) => v.serialize(s),
            Self::IntegrationConnectionUpdated(v) => v.serialize(s),
            Self::CatalogUpdated(v) => v.serialize(s),
            Self::SessionCreated(v) => v.serialize(s),
            Self::SessionUpdated(v) => v.serialize(s),
            Self::SessionDeleted(v) => v.serialize(s),
            Self::MessageUpdated(v) => v.serialize(s),
            Self::MessageRemoved(v) => v.serialize(s),
            Self::MessagePartUpdated(v) => v.serialize(s),
            Self::MessagePartRemoved(v) => v.serialize(s),
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
            Self::SessionNextTextDelta(v) => v.serialize(s),
            Self::SessionNextTextEnded(v) => v.serialize(s),
            Self::SessionNextReasoningStarted(v) => v.serialize(s),
            Self::SessionNextReasoningDelta(v) => v.serialize(s),
            Self::SessionNextReasoningEnded(v) => v.serialize(s),
            Self::SessionNextToolInputStarted(v) => v.serialize(s),
            Self::SessionNextToolInputDelta(v) => v.serialize(s),
            Self::SessionNextToolInputEnded(v) => v.serialize(s),
            Self::SessionNextToolCalled(v) => v.serialize(s),
            Self::SessionNextToolProgress(v) => v.serialize(s),
            Self::SessionNextToolSuccess(v) => v.serialize(s),
            Self::SessionNextToolFailed(v) => v.serialize(s),
            Self::SessionNextRetried(v) => v.serialize(s),
            Self::SessionNextCompactionStarted(v) => v.serialize(s),
            Self::SessionNextCompactionDelta(v) => v.serialize(s),
            Self::SessionNextCompactionEnded(v) => v.serialize(s),
            Self::SessionNextRevertStaged(v) => v.serialize(s),
            Self::SessionNextRevertCleared(v) => v.serialize(s),
            Self::SessionNextRevertCommitted(v) => v.serialize(s),
            Self::MessagePartDelta(v) => v.serialize(s),
            Self::SessionDiff(v) => v.serialize(s),
            Self::SessionError(v) => v.serialize(s),
            Self::InstallationUpdated(v) => v.serialize(s),
            Self::InstallationUpdateAvailable(v) => v.serialize(s),
            Self::FileEdited(v) => v.serialize(s),
            Self::ReferenceUpdated(v) => v.serialize(s),
            Self::PermissionV2Asked(v) => v.serialize(s),
            Self::PermissionV2Replied(v) => v.serialize(s),
            Self::PluginAdded(v) => v.serialize(s),
            Self::ProjectDirectoriesUpdated(v) => v.serialize(s),
            Self::FileWatcherUpdated(v) => v.serialize(s),
            Self::PtyCreated(v) => v.serialize(s),
            Self::PtyUpdated(v) => v.serialize(s),
            Self::PtyExited(v) => v.serialize(s),
            Self::PtyDeleted(v) => v.serialize(s),
            Self::QuestionV2Asked(v) => v.serialize(s),
            Self::QuestionV2Replied(v) => v.serialize(s),
            Self::QuestionV2Rejected(v) => v.serialize(s),
            Self::TodoUpdated(v) => v.serialize(s),
            Self::LspUpdated(v) => v.serialize(s),
            Self::PermissionAsked(v) => v.serialize(s),
            Self::PermissionReplied(v) => v.serialize(s),
            Self::TuiPromptAppend(v) => v.serialize(s),
            Self::TuiCommandExecute(v) => v.serialize(s),
            Self::TuiToastShow(v) => v.serialize(s),
            Self::TuiSessionSelect(v) => v.serialize(s),
            Self::McpToolsChanged(v) => v.serialize(s),
            Self::McpBrowserOpenFailed(v) => v.serialize(s),
            Self::CommandExecuted(v) => v.serialize(s),
            Self::ProjectUpdated(v) => v.serialize(s),
            Self::SessionStatus(v) => v.serialize(s),
            Self::SessionIdle(v) => v.serialize(s),
            Self::QuestionAsked(v) => v.serialize(s),
            Self::QuestionReplied(v) => v.serialize(s),
            Self::QuestionRejected(v) => v.serialize(s),
            Self::SessionCompacted(v) => v.serialize(s),
            Self::VcsBranchUpdated(v) => v.serialize(s),
            Self::WorkspaceReady(v) => v.serialize(s),
            Self::WorkspaceFailed(v) => v.serialize(s),
            Self::WorkspaceStatus(v) => v.serialize(s),
            Self::WorktreeReady(v) => v.serialize(s),
            Self::WorktreeFailed(v) => v.serialize(s),
            Self::ServerConnected(v) => v.serialize(s),
            Self::GlobalDisposed(v) => v.serialize(s),
            Self::ServerInstanceDisposed(v) => v.serialize(s),
            Self::ServerHeartbeat(v) => v.serialize(s),
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<EventModelsDevRefreshed> for Event {
    fn from(v: EventModelsDevRefreshed) -> Self {
        Self::ModelsDevRefreshed(v)
    }
}
impl From<EventIntegrationUpdated> for Event {
    fn from(v: EventIntegrationUpdated) -> Self {
        Self::IntegrationUpdated(v)
    }
}
impl From<EventIntegrationConnectionUpdated> for Event {
    fn from(v: EventIntegrationConnectionUpdated) -> Self {
        Self::IntegrationConnectionUpdated(v)
    }
}
impl From<EventCatalogUpdated> for Event {
    fn from(v: EventCatalogUpdated) -> Self {
        Self::CatalogUpdated(v)
    }
}
impl From<EventSessionCreated> for Event {
    fn from(v: EventSessionCreated) -> Self {
        Self::SessionCreated(v)
    }
}
impl From<EventSessionUpdated> for Event {
    fn from(v: EventSessionUpdated) -> Self {
        Self::SessionUpdated(v)
    }
}
impl From<EventSessionDeleted> for Event {
    fn from(v: EventSessionDeleted) -> Self {
        Self::SessionDeleted(v)
    }
}
impl From<EventMessageUpdated> for Event {
    fn from(v: EventMessageUpdated) -> Self {
        Self::MessageUpdated(v)
    }
}
impl From<EventMessageRemoved> for Event {
    fn from(v: EventMessageRemoved) -> Self {
        Self::MessageRemoved(v)
    }
}
impl From<EventMessagePartUpdated> for Event {
    fn from(v: EventMessagePartUpdated) -> Self {
        Self::MessagePartUpdated(v)
    }
}
impl From<EventMessagePartRemoved> for Event {
    fn from(v: EventMessagePartRemoved) -> Self {
        Self::MessagePartRemoved(v)
    }
}
impl From<EventSessionNextAgentSwitched> for Event {
    fn from(v: EventSessionNextAgentSwitched) -> Self {
        Self::SessionNextAgentSwitched(v)
    }
}
impl From<EventSessionNextModelSwitched> for Event {
    fn from(v: EventSessionNextModelSwitched) -> Self {
        Self::SessionNextModelSwitched(v)
    }
}
impl From<EventSessionNextMoved> for Event {
    fn from(v: EventSessionNextMoved) -> Self {
        Self::SessionNextMoved(v)
    }
}
impl From<EventSessionNextPrompted> for Event {
    fn from(v: EventSessionNextPrompted) -> Self {
        Self::SessionNextPrompted(v)
    }
}
impl From<EventSessionNextPromptAdmitted> for Event {
    fn from(v: EventSessionNextPromptAdmitted) -> Self {
        Self::SessionNextPromptAdmitted(v)
    }
}
impl From<EventSessionNextContextUpdated> for Event {
    fn from(v: EventSessionNextContextUpdated) -> Self {
        Self::SessionNextContextUpdated(v)
    }
}
impl From<EventSessionNextSynthetic> for Event {
    fn from(v: EventSessionNextSynthetic) -> Self {
        Self::SessionNextSynthetic(v)
    }
}
impl From<EventSessionNextShellStarted> for Event {
    fn from(v: EventSessionNextShellStarted) -> Self {
        Self::SessionNextShellStarted(v)
    }
}
impl From<EventSessionNextShellEnded> for Event {
    fn from(v: EventSessionNextShellEnded) -> Self {
        Self::SessionNextShellEnded(v)
    }
}
impl From<EventSessionNextStepStarted> for Event {
    fn from(v: EventSessionNextStepStarted) -> Self {
        Self::SessionNextStepStarted(v)
    }
}
impl From<EventSessionNextStepEnded> for Event {
    fn from(v: EventSessionNextStepEnded) -> Self {
        Self::SessionNextStepEnded(v)
    }
}
impl From<EventSessionNextStepFailed> for Event {
    fn from(v: EventSessionNextStepFailed) -> Self {
        Self::SessionNextStepFailed(v)
    }
}
impl From<EventSessionNextTextStarted> for Event {
    fn from(v: EventSessionNextTextStarted) -> Self {
        Self::SessionNextTextStarted(v)
    }
}
impl From<EventSessionNextTextDelta> for Event {
    fn from(v: EventSessionNextTextDelta) -> Self {
        Self::SessionNextTextDelta(v)
    }
}
impl From<EventSessionNextTextEnded> for Event {
    fn from(v: EventSessionNextTextEnded) -> Self {
        Self::SessionNextTextEnded(v)
    }
}
impl From<EventSessionNextReasoningStarted> for Event {
    fn from(v: EventSessionNextReasoningStarted) -> Self {
        Self::SessionNextReasoningStarted(v)
    }
}
impl From<EventSessionNextReasoningDelta> for Event {
    fn from(v: EventSessionNextReasoningDelta) -> Self {
        Self::SessionNextReasoningDelta(v)
    }
}
impl From<EventSessionNextReasoningEnded> for Event {
    fn from(v: EventSessionNextReasoningEnded) -> Self {
        Self::SessionNextReasoningEnded(v)
    }
}
impl From<EventSessionNextToolInputStarted> for Event {
    fn from(v: EventSessionNextToolInputStarted) -> Self {
        Self::SessionNextToolInputStarted(v)
    }
}
impl From<EventSessionNextToolInputDelta> for Event {
    fn from(v: EventSessionNextToolInputDelta) -> Self {
        Self::SessionNextToolInputDelta(v)
    }
}
impl From<EventSessionNextToolInputEnded> for Event {
    fn from(v: EventSessionNextToolInputEnded) -> Self {
        Self::SessionNextToolInputEnded(v)
    }
}
impl From<EventSessionNextToolCalled> for Event {
    fn from(v: EventSessionNextToolCalled) -> Self {
        Self::SessionNextToolCalled(v)
    }
}
impl From<EventSessionNextToolProgress> for Event {
    fn from(v: EventSessionNextToolProgress) -> Self {
        Self::SessionNextToolProgress(v)
    }
}
impl From<EventSessionNextToolSuccess> for Event {
    fn from(v: EventSessionNextToolSuccess) -> Self {
        Self::SessionNextToolSuccess(v)
    }
}
impl From<EventSessionNextToolFailed> for Event {
    fn from(v: EventSessionNextToolFailed) -> Self {
        Self::SessionNextToolFailed(v)
    }
}
impl From<EventSessionNextRetried> for Event {
    fn from(v: EventSessionNextRetried) -> Self {
        Self::SessionNextRetried(v)
    }
}
impl From<EventSessionNextCompactionStarted> for Event {
    fn from(v: EventSessionNextCompactionStarted) -> Self {
        Self::SessionNextCompactionStarted(v)
    }
}
impl From<EventSessionNextCompactionDelta> for Event {
    fn from(v: EventSessionNextCompactionDelta) -> Self {
        Self::SessionNextCompactionDelta(v)
    }
}
impl From<EventSessionNextCompactionEnded> for Event {
    fn from(v: EventSessionNextCompactionEnded) -> Self {
        Self::SessionNextCompactionEnded(v)
    }
}
impl From<EventSessionNextRevertStaged> for Event {
    fn from(v: EventSessionNextRevertStaged) -> Self {
        Self::SessionNextRevertStaged(v)
    }
}
impl From<EventSessionNextRevertCleared> for Event {
    fn from(v: EventSessionNextRevertCleared) -> Self {
        Self::SessionNextRevertCleared(v)
    }
}
impl From<EventSessionNextRevertCommitted> for Event {
    fn from(v: EventSessionNextRevertCommitted) -> Self {
        Self::SessionNextRevertCommitted(v)
    }
}
impl From<EventMessagePartDelta> for Event {
    fn from(v: EventMessagePartDelta) -> Self {
        Self::MessagePartDelta(v)
    }
}
impl From<EventSessionDiff> for Event {
    fn from(v: EventSessionDiff) -> Self {
        Self::SessionDiff(v)
    }
}
impl From<EventSessionError> for Event {
    fn from(v: EventSessionError) -> Self {
        Self::SessionError(v)
    }
}
impl From<EventInstallationUpdated> for Event {
    fn from(v: EventInstallationUpdated) -> Self {
        Self::InstallationUpdated(v)
    }
}
impl From<EventInstallationUpdateAvailable> for Event {
    fn from(v: EventInstallationUpdateAvailable) -> Self {
        Self::InstallationUpdateAvailable(v)
    }
}
impl From<EventFileEdited> for Event {
    fn from(v: EventFileEdited) -> Self {
        Self::FileEdited(v)
    }
}
impl From<EventReferenceUpdated> for Event {
    fn from(v: EventReferenceUpdated) -> Self {
        Self::ReferenceUpdated(v)
    }
}
impl From<EventPermissionV2Asked> for Event {
    fn from(v: EventPermissionV2Asked) -> Self {
        Self::PermissionV2Asked(v)
    }
}
impl From<EventPermissionV2Replied> for Event {
    fn from(v: EventPermissionV2Replied) -> Self {
        Self::PermissionV2Replied(v)
    }
}
impl From<EventPluginAdded> for Event {
    fn from(v: EventPluginAdded) -> Self {
        Self::PluginAdded(v)
    }
}
impl From<EventProjectDirectoriesUpdated> for Event {
    fn from(v: EventProjectDirectoriesUpdated) -> Self {
        Self::ProjectDirectoriesUpdated(v)
    }
}
impl From<EventFileWatcherUpdated> for Event {
    fn from(v: EventFileWatcherUpdated) -> Self {
        Self::FileWatcherUpdated(v)
    }
}
impl From<EventPtyCreated> for Event {
    fn from(v: EventPtyCreated) -> Self {
        Self::PtyCreated(v)
    }
}
impl From<EventPtyUpdated> for Event {
    fn from(v: EventPtyUpdated) -> Self {
        Self::PtyUpdated(v)
    }
}
impl From<EventPtyExited> for Event {
    fn from(v: EventPtyExited) -> Self {
        Self::PtyExited(v)
    }
}
impl From<EventPtyDeleted> for Event {
    fn from(v: EventPtyDeleted) -> Self {
        Self::PtyDeleted(v)
    }
}
impl From<EventQuestionV2Asked> for Event {
    fn from(v: EventQuestionV2Asked) -> Self {
        Self::QuestionV2Asked(v)
    }
}
impl From<EventQuestionV2Replied> for Event {
    fn from(v: EventQuestionV2Replied) -> Self {
        Self::QuestionV2Replied(v)
    }
}
impl From<EventQuestionV2Rejected> for Event {
    fn from(v: EventQuestionV2Rejected) -> Self {
        Self::QuestionV2Rejected(v)
    }
}
impl From<EventTodoUpdated> for Event {
    fn from(v: EventTodoUpdated) -> Self {
        Self::TodoUpdated(v)
    }
}
impl From<EventLspUpdated> for Event {
    fn from(v: EventLspUpdated) -> Self {
        Self::LspUpdated(v)
    }
}
impl From<EventPermissionAsked> for Event {
    fn from(v: EventPermissionAsked) -> Self {
        Self::PermissionAsked(v)
    }
}
impl From<EventPermissionReplied> for Event {
    fn from(v: EventPermissionReplied) -> Self {
        Self::PermissionReplied(v)
    }
}
impl From<EventTuiPromptAppend2> for Event {
    fn from(v: EventTuiPromptAppend2) -> Self {
        Self::TuiPromptAppend(v)
    }
}
impl From<EventTuiCommandExecute2> for Event {
    fn from(v: EventTuiCommandExecute2) -> Self {
        Self::TuiCommandExecute(v)
    }
}
impl From<EventTuiToastShow2> for Event {
    fn from(v: EventTuiToastShow2) -> Self {
        Self::TuiToastShow(v)
    }
}
impl From<EventTuiSessionSelect2> for Event {
    fn from(v: EventTuiSessionSelect2) -> Self {
        Self::TuiSessionSelect(v)
    }
}
impl From<EventMcpToolsChanged> for Event {
    fn from(v: EventMcpToolsChanged) -> Self {
        Self::McpToolsChanged(v)
    }
}
impl From<EventMcpBrowserOpenFailed> for Event {
    fn from(v: EventMcpBrowserOpenFailed) -> Self {
        Self::McpBrowserOpenFailed(v)
    }
}
impl From<EventCommandExecuted> for Event {
    fn from(v: EventCommandExecuted) -> Self {
        Self::CommandExecuted(v)
    }
}
impl From<EventProjectUpdated> for Event {
    fn from(v: EventProjectUpdated) -> Self {
        Self::ProjectUpdated(v)
    }
}
impl From<EventSessionStatus> for Event {
    fn from(v: EventSessionStatus) -> Self {
        Self::SessionStatus(v)
    }
}
impl From<EventSessionIdle> for Event {
    fn from(v: EventSessionIdle) -> Self {
        Self::SessionIdle(v)
    }
}
impl From<EventQuestionAsked> for Event {
    fn from(v: EventQuestionAsked) -> Self {
        Self::QuestionAsked(v)
    }
}
impl From<EventQuestionReplied> for Event {
    fn from(v: EventQuestionReplied) -> Self {
        Self::QuestionReplied(v)
    }
}
impl From<EventQuestionRejected> for Event {
    fn from(v: EventQuestionRejected) -> Self {
        Self::QuestionRejected(v)
    }
}
impl From<EventSessionCompacted> for Event {
    fn from(v: EventSessionCompacted) -> Self {
        Self::SessionCompacted(v)
    }
}
impl From<EventVcsBranchUpdated> for Event {
    fn from(v: EventVcsBranchUpdated) -> Self {
        Self::VcsBranchUpdated(v)
    }
}
impl From<EventWorkspaceReady> for Event {
    fn from(v: EventWorkspaceReady) -> Self {
        Self::WorkspaceReady(v)
    }
}
impl From<EventWorkspaceFailed> for Event {
    fn from(v: EventWorkspaceFailed) -> Self {
        Self::WorkspaceFailed(v)
    }
}
impl From<EventWorkspaceStatus> for Event {
    fn from(v: EventWorkspaceStatus) -> Self {
        Self::WorkspaceStatus(v)
    }
}
impl From<EventWorktreeReady> for Event {
    fn from(v: EventWorktreeReady) -> Self {
        Self::WorktreeReady(v)
    }
}
impl From<EventWorktreeFailed> for Event {
    fn from(v: EventWorktreeFailed) -> Self {
        Self::WorktreeFailed(v)
    }
}
impl From<EventServerConnected> for Event {
    fn from(v: EventServerConnected) -> Self {
        Self::ServerConnected(v)
    }
}
impl From<EventGlobalDisposed> for Event {
    fn from(v: EventGlobalDisposed) -> Self {
        Self::GlobalDisposed(v)
    }
}
impl From<EventServerInstanceDisposed> for Event {
    fn from(v: EventServerInstanceDisposed) -> Self {
        Self::ServerInstanceDisposed(v)
    }
}
impl From<EventServerHeartbeat> for Event {
    fn from(v: EventServerHeartbeat) -> Self {
        Self::ServerHeartbeat(v)
    }
}
/// The `EventCatalogUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventCatalogUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"catalog.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventCatalogUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "catalog.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventCommandExecuted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventCommandExecuted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventCommandExecutedProperties,
    /// Always `"command.executed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventCommandExecuted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventCommandExecutedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "command.executed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventCommandExecuted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventCommandExecutedProperties {
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
impl EventCommandExecutedProperties {
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
/// The `EventFileEdited` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventFileEdited {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventFileEditedProperties,
    /// Always `"file.edited"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventFileEdited {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventFileEditedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "file.edited".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventFileEdited.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventFileEditedProperties {
    /// The `file` property.
    pub file: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventFileEditedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(file: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventFileWatcherUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventFileWatcherUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventFileWatcherUpdatedProperties,
    /// Always `"file.watcher.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventFileWatcherUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventFileWatcherUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "file.watcher.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventFileWatcherUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventFileWatcherUpdatedProperties {
    /// The `event` property.
    pub event: EventFileWatcherUpdatedPropertiesEvent,
    /// The `file` property.
    pub file: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventFileWatcherUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        event: EventFileWatcherUpdatedPropertiesEvent,
        file: impl Into<String>,
    ) -> Self {
        Self {
            event,
            file: file.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventFileWatcherUpdated.properties.event` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventFileWatcherUpdatedPropertiesEvent {
    /// The wire value `"add"`.
    Add,
    /// The wire value `"change"`.
    Change,
    /// The wire value `"unlink"`.
    Unlink,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl EventFileWatcherUpdatedPropertiesEvent {
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
impl From<&str> for EventFileWatcherUpdatedPropertiesEvent {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventFileWatcherUpdatedPropertiesEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventFileWatcherUpdatedPropertiesEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventFileWatcherUpdatedPropertiesEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventGlobalDisposed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventGlobalDisposed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"global.disposed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventGlobalDisposed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "global.disposed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventInstallationUpdate-available` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventInstallationUpdateAvailable {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventInstallationUpdateAvailableProperties,
    /// Always `"installation.update-available"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventInstallationUpdateAvailable {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventInstallationUpdateAvailableProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "installation.update-available".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventInstallationUpdate-available.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventInstallationUpdateAvailableProperties {
    /// The `version` property.
    pub version: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventInstallationUpdateAvailableProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(version: impl Into<String>) -> Self {
        Self {
            version: version.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventInstallationUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventInstallationUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventInstallationUpdatedProperties,
    /// Always `"installation.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventInstallationUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventInstallationUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "installation.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventInstallationUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventInstallationUpdatedProperties {
    /// The `version` property.
    pub version: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventInstallationUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(version: impl Into<String>) -> Self {
        Self {
            version: version.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventIntegrationConnectionUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventIntegrationConnectionUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventIntegrationConnectionUpdatedProperties,
    /// Always `"integration.connection.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventIntegrationConnectionUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventIntegrationConnectionUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "integration.connection.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventIntegrationConnectionUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventIntegrationConnectionUpdatedProperties {
    /// The `integrationID` property.
    #[serde(rename = "integrationID")]
    pub integration_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventIntegrationConnectionUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(integration_id: impl Into<String>) -> Self {
        Self {
            integration_id: integration_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventIntegrationUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventIntegrationUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"integration.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventIntegrationUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "integration.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventLspUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventLspUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"lsp.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventLspUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "lsp.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMcpBrowserOpenFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMcpBrowserOpenFailed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMcpBrowserOpenFailedProperties,
    /// Always `"mcp.browser.open.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMcpBrowserOpenFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMcpBrowserOpenFailedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "mcp.browser.open.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMcpBrowserOpenFailed.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMcpBrowserOpenFailedProperties {
    /// The `mcpName` property.
    #[serde(rename = "mcpName")]
    pub mcp_name: String,
    /// The `url` property.
    pub url: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMcpBrowserOpenFailedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(mcp_name: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            mcp_name: mcp_name.into(),
            url: url.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventMcpToolsChanged` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMcpToolsChanged {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMcpToolsChangedProperties,
    /// Always `"mcp.tools.changed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMcpToolsChanged {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMcpToolsChangedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "mcp.tools.changed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMcpToolsChanged.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMcpToolsChangedProperties {
    /// The `server` property.
    pub server: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMcpToolsChangedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(server: impl Into<String>) -> Self {
        Self {
            server: server.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessagePartDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessagePartDelta {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMessagePartDeltaProperties,
    /// Always `"message.part.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMessagePartDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMessagePartDeltaProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "message.part.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessagePartDelta.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessagePartDeltaProperties {
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
impl EventMessagePartDeltaProperties {
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
/// The `EventMessagePartRemoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessagePartRemoved {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMessagePartRemovedProperties,
    /// Always `"message.part.removed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMessagePartRemoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMessagePartRemovedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "message.part.removed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessagePartRemoved.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessagePartRemovedProperties {
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
impl EventMessagePartRemovedProperties {
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
/// The `EventMessagePartUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessagePartUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMessagePartUpdatedProperties,
    /// Always `"message.part.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMessagePartUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMessagePartUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "message.part.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessagePartUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessagePartUpdatedProperties {
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
impl EventMessagePartUpdatedProperties {
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
/// The `EventMessageRemoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessageRemoved {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMessageRemovedProperties,
    /// Always `"message.removed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMessageRemoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMessageRemovedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "message.removed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessageRemoved.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessageRemovedProperties {
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
impl EventMessageRemovedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            message_id: message_id.into(),
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessageUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessageUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventMessageUpdatedProperties,
    /// Always `"message.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMessageUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventMessageUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "message.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventMessageUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventMessageUpdatedProperties {
    /// The `info` property.
    pub info: Message,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventMessageUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Message, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventModels-devRefreshed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventModelsDevRefreshed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"models-dev.refreshed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventModelsDevRefreshed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "models-dev.refreshed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPermissionAsked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPermissionAsked {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: PermissionRequest,
    /// Always `"permission.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPermissionAsked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: PermissionRequest) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "permission.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPermissionReplied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPermissionReplied {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPermissionRepliedProperties,
    /// Always `"permission.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPermissionReplied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventPermissionRepliedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "permission.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPermissionReplied.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPermissionRepliedProperties {
    /// The `reply` property.
    pub reply: EventPermissionRepliedPropertiesReply,
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
impl EventPermissionRepliedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        reply: EventPermissionRepliedPropertiesReply,
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
/// The `EventPermissionReplied.properties.reply` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventPermissionRepliedPropertiesReply {
    /// The wire value `"once"`.
    Once,
    /// The wire value `"always"`.
    Always,
    /// The wire value `"reject"`.
    Reject,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl EventPermissionRepliedPropertiesReply {
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
impl From<&str> for EventPermissionRepliedPropertiesReply {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventPermissionRepliedPropertiesReply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventPermissionRepliedPropertiesReply {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventPermissionRepliedPropertiesReply {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventPermissionV2Asked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPermissionV2Asked {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: PermissionV2Request,
    /// Always `"permission.v2.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPermissionV2Asked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: PermissionV2Request) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "permission.v2.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPermissionV2Replied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPermissionV2Replied {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPermissionV2RepliedProperties,
    /// Always `"permission.v2.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPermissionV2Replied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventPermissionV2RepliedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "permission.v2.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPermissionV2Replied.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPermissionV2RepliedProperties {
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
impl EventPermissionV2RepliedProperties {
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
/// The `EventPluginAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPluginAdded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPluginAddedProperties,
    /// Always `"plugin.added"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPluginAdded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventPluginAddedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "plugin.added".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPluginAdded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPluginAddedProperties {
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPluginAddedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventProjectDirectoriesUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventProjectDirectoriesUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventProjectDirectoriesUpdatedProperties,
    /// Always `"project.directories.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventProjectDirectoriesUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventProjectDirectoriesUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "project.directories.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventProjectDirectoriesUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventProjectDirectoriesUpdatedProperties {
    /// The `projectID` property.
    #[serde(rename = "projectID")]
    pub project_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventProjectDirectoriesUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(project_id: impl Into<String>) -> Self {
        Self {
            project_id: project_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventProjectUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventProjectUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: Project,
    /// Always `"project.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventProjectUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: Project) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "project.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyCreated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyCreated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPtyCreatedProperties,
    /// Always `"pty.created"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyCreated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventPtyCreatedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "pty.created".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyCreated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyCreatedProperties {
    /// The `info` property.
    pub info: Pty,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyCreatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Pty) -> Self {
        Self {
            info,
            additional: Default::default(),
        }
    }
}
/// The `EventPtyDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyDeleted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPtyDeletedProperties,
    /// Always `"pty.deleted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyDeleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventPtyDeletedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "pty.deleted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyDeleted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyDeletedProperties {
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyDeletedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyExited` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyExited {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPtyExitedProperties,
    /// Always `"pty.exited"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyExited {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventPtyExitedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "pty.exited".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyExited.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyExitedProperties {
    /// The `exitCode` property.
    #[serde(rename = "exitCode")]
    pub exit_code: i64,
    /// The `id` property.
    pub id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyExitedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(exit_code: i64, id: impl Into<String>) -> Self {
        Self {
            exit_code,
            id: id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventPtyUpdatedProperties,
    /// Always `"pty.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventPtyUpdatedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "pty.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventPtyUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventPtyUpdatedProperties {
    /// The `info` property.
    pub info: Pty,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventPtyUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Pty) -> Self {
        Self {
            info,
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionAsked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionAsked {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: QuestionRequest,
    /// Always `"question.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventQuestionAsked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: QuestionRequest) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "question.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionRejected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionRejected {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: QuestionRejected,
    /// Always `"question.rejected"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventQuestionRejected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: QuestionRejected) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "question.rejected".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionReplied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionReplied {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: QuestionReplied,
    /// Always `"question.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventQuestionReplied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: QuestionReplied) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "question.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionV2Asked` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionV2Asked {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: QuestionV2Request,
    /// Always `"question.v2.asked"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventQuestionV2Asked {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: QuestionV2Request) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "question.v2.asked".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionV2Rejected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionV2Rejected {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: QuestionRejected,
    /// Always `"question.v2.rejected"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventQuestionV2Rejected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: QuestionRejected) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "question.v2.rejected".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionV2Replied` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionV2Replied {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventQuestionV2RepliedProperties,
    /// Always `"question.v2.replied"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventQuestionV2Replied {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventQuestionV2RepliedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "question.v2.replied".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventQuestionV2Replied.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventQuestionV2RepliedProperties {
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
impl EventQuestionV2RepliedProperties {
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
/// The `EventReferenceUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventReferenceUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"reference.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventReferenceUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "reference.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventServerConnected` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventServerConnected {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"server.connected"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventServerConnected {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "server.connected".to_owned(),
            additional: Default::default(),
        }
    }
}
/// Sent by the server every 10 seconds on `/event` and `/global/event` (not in the spec).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventServerHeartbeat {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Always `"server.heartbeat"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventServerHeartbeat {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "server.heartbeat".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventServerInstanceDisposed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventServerInstanceDisposed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: WorktreeResetInput,
    /// Always `"server.instance.disposed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventServerInstanceDisposed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: WorktreeResetInput) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "server.instance.disposed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionCompacted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionCompacted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionCompactedProperties,
    /// Always `"session.compacted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionCompacted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionCompactedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.compacted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionCompacted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionCompactedProperties {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionCompactedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionCreated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionCreated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionCreatedProperties,
    /// Always `"session.created"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionCreated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionCreatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.created".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionCreated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionCreatedProperties {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionCreatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionDeleted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionDeletedProperties,
    /// Always `"session.deleted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionDeleted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionDeletedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.deleted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionDeleted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionDeletedProperties {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionDeletedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionDiff` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionDiff {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionDiffProperties,
    /// Always `"session.diff"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionDiff {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventSessionDiffProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.diff".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionDiff.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionDiffProperties {
    /// The `diff` property.
    pub diff: Vec<SnapshotFileDiff>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionDiffProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(diff: Vec<SnapshotFileDiff>, session_id: impl Into<String>) -> Self {
        Self {
            diff,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionError {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionErrorProperties,
    /// Always `"session.error"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionError {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventSessionErrorProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.error".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionError.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionErrorProperties {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<EventSessionErrorPropertiesError>,
    /// The `sessionID` property.
    #[serde(rename = "sessionID", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionErrorProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            error: None,
            session_id: None,
            additional: Default::default(),
        }
    }
}
impl Default for EventSessionErrorProperties {
    fn default() -> Self {
        Self::new()
    }
}
/// The `EventSessionError.properties.error` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum EventSessionErrorPropertiesError {
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
impl EventSessionErrorPropertiesError {
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
impl<'de> serde::Deserialize<'de> for EventSessionErrorPropertiesError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<
            D::Error,
        >(&raw, &["name"], "EventSessionErrorPropertiesError")?;
        Ok(
            match &*kind {
                "ProviderAuthError" => {
                    Self::ProviderAuthError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "EventSessionErrorPropertiesError", "ProviderAuthError")?,
                    )
                }
                "UnknownError" => {
                    Self::UnknownError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "EventSessionErrorPropertiesError", "UnknownError")?,
                    )
                }
                "MessageOutputLengthError" => {
                    Self::MessageOutputLengthError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "EventSessionErrorPropertiesError",
                            "MessageOutputLengthError",
                        )?,
                    )
                }
                "MessageAbortedError" => {
                    Self::MessageAbortedError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "EventSessionErrorPropertiesError",
                            "MessageAbortedError",
                        )?,
                    )
                }
                "StructuredOutputError" => {
                    Self::StructuredOutputError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "EventSessionErrorPropertiesError",
                            "StructuredOutputError",
                        )?,
                    )
                }
                "ContextOverflowError" => {
                    Self::ContextOverflowError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "EventSessionErrorPropertiesError",
                            "ContextOverflowError",
                        )?,
                    )
                }
                "ContentFilterError" => {
                    Self::ContentFilterError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(
                            &raw,
                            "EventSessionErrorPropertiesError",
                            "ContentFilterError",
                        )?,
                    )
                }
                "APIError" => {
                    Self::ApiError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "EventSessionErrorPropertiesError", "APIError")?,
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
impl serde::Serialize for EventSessionErrorPropertiesError {
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
impl From<ProviderAuthError> for EventSessionErrorPropertiesError {
    fn from(v: ProviderAuthError) -> Self {
        Self::ProviderAuthError(v)
    }
}
impl From<UnknownError> for EventSessionErrorPropertiesError {
    fn from(v: UnknownError) -> Self {
        Self::UnknownError(v)
    }
}
impl From<MessageOutputLengthError> for EventSessionErrorPropertiesError {
    fn from(v: MessageOutputLengthError) -> Self {
        Self::MessageOutputLengthError(v)
    }
}
impl From<MessageAbortedError> for EventSessionErrorPropertiesError {
    fn from(v: MessageAbortedError) -> Self {
        Self::MessageAbortedError(v)
    }
}
impl From<StructuredOutputError> for EventSessionErrorPropertiesError {
    fn from(v: StructuredOutputError) -> Self {
        Self::StructuredOutputError(v)
    }
}
impl From<ContextOverflowError> for EventSessionErrorPropertiesError {
    fn from(v: ContextOverflowError) -> Self {
        Self::ContextOverflowError(v)
    }
}
impl From<ContentFilterError> for EventSessionErrorPropertiesError {
    fn from(v: ContentFilterError) -> Self {
        Self::ContentFilterError(v)
    }
}
impl From<APIError> for EventSessionErrorPropertiesError {
    fn from(v: APIError) -> Self {
        Self::ApiError(v)
    }
}
/// The `EventSessionIdle` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionIdle {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionIdleProperties,
    /// Always `"session.idle"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionIdle {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventSessionIdleProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.idle".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionIdle.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionIdleProperties {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionIdleProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextAgentSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextAgentSwitched {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextAgentSwitchedProperties,
    /// Always `"session.next.agent.switched"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextAgentSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextAgentSwitchedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.agent.switched".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextAgentSwitched.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextAgentSwitchedProperties {
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
impl EventSessionNextAgentSwitchedProperties {
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
/// The `EventSessionNextCompactionDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextCompactionDelta {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextCompactionDeltaProperties,
    /// Always `"session.next.compaction.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextCompactionDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextCompactionDeltaProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.compaction.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextCompactionDelta.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextCompactionDeltaProperties {
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
impl EventSessionNextCompactionDeltaProperties {
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
/// The `EventSessionNextCompactionEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextCompactionEnded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextCompactionEndedProperties,
    /// Always `"session.next.compaction.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextCompactionEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextCompactionEndedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.compaction.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextCompactionEnded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextCompactionEndedProperties {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: EventSessionNextCompactionEndedPropertiesReason,
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
impl EventSessionNextCompactionEndedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        reason: EventSessionNextCompactionEndedPropertiesReason,
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
/// The `EventSessionNextCompactionEnded.properties.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventSessionNextCompactionEndedPropertiesReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl EventSessionNextCompactionEndedPropertiesReason {
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
impl From<&str> for EventSessionNextCompactionEndedPropertiesReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventSessionNextCompactionEndedPropertiesReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventSessionNextCompactionEndedPropertiesReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventSessionNextCompactionEndedPropertiesReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventSessionNextCompactionStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextCompactionStarted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextCompactionStartedProperties,
    /// Always `"session.next.compaction.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextCompactionStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextCompactionStartedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.compaction.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextCompactionStarted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextCompactionStartedProperties {
    /// The `messageID` property.
    #[serde(rename = "messageID")]
    pub message_id: String,
    /// The `reason` property.
    pub reason: EventSessionNextCompactionStartedPropertiesReason,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextCompactionStartedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message_id: impl Into<String>,
        reason: EventSessionNextCompactionStartedPropertiesReason,
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
/// The `EventSessionNextCompactionStarted.properties.reason` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventSessionNextCompactionStartedPropertiesReason {
    /// The wire value `"auto"`.
    Auto,
    /// The wire value `"manual"`.
    Manual,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl EventSessionNextCompactionStartedPropertiesReason {
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
impl From<&str> for EventSessionNextCompactionStartedPropertiesReason {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventSessionNextCompactionStartedPropertiesReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventSessionNextCompactionStartedPropertiesReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventSessionNextCompactionStartedPropertiesReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventSessionNextContextUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextContextUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextContextUpdatedProperties,
    /// Always `"session.next.context.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextContextUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextContextUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.context.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextContextUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextContextUpdatedProperties {
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
impl EventSessionNextContextUpdatedProperties {
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
/// The `EventSessionNextModelSwitched` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextModelSwitched {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextModelSwitchedProperties,
    /// Always `"session.next.model.switched"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextModelSwitched {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextModelSwitchedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.model.switched".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextModelSwitched.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextModelSwitchedProperties {
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
impl EventSessionNextModelSwitchedProperties {
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
/// The `EventSessionNextMoved` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextMoved {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextMovedProperties,
    /// Always `"session.next.moved"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextMoved {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextMovedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.moved".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextMoved.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextMovedProperties {
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
impl EventSessionNextMovedProperties {
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
/// The `EventSessionNextPromptAdmitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextPromptAdmitted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextPromptAdmittedProperties,
    /// Always `"session.next.prompt.admitted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextPromptAdmitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextPromptAdmittedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.prompt.admitted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextPromptAdmitted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextPromptAdmittedProperties {
    /// The `delivery` property.
    pub delivery: EventSessionNextPromptAdmittedPropertiesDelivery,
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
impl EventSessionNextPromptAdmittedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delivery: EventSessionNextPromptAdmittedPropertiesDelivery,
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
/// The `EventSessionNextPromptAdmitted.properties.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventSessionNextPromptAdmittedPropertiesDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl EventSessionNextPromptAdmittedPropertiesDelivery {
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
impl From<&str> for EventSessionNextPromptAdmittedPropertiesDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventSessionNextPromptAdmittedPropertiesDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventSessionNextPromptAdmittedPropertiesDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventSessionNextPromptAdmittedPropertiesDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventSessionNextPrompted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextPrompted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextPromptedProperties,
    /// Always `"session.next.prompted"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextPrompted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextPromptedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.prompted".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextPrompted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextPromptedProperties {
    /// The `delivery` property.
    pub delivery: EventSessionNextPromptedPropertiesDelivery,
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
impl EventSessionNextPromptedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        delivery: EventSessionNextPromptedPropertiesDelivery,
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
/// The `EventSessionNextPrompted.properties.delivery` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventSessionNextPromptedPropertiesDelivery {
    /// The wire value `"steer"`.
    Steer,
    /// The wire value `"queue"`.
    Queue,
    /// A value this version of the SDK does not know, kept as sent.
    Unknown(String),
}
impl EventSessionNextPromptedPropertiesDelivery {
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
impl From<&str> for EventSessionNextPromptedPropertiesDelivery {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventSessionNextPromptedPropertiesDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventSessionNextPromptedPropertiesDelivery {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventSessionNextPromptedPropertiesDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventSessionNextReasoningDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextReasoningDelta {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextReasoningDeltaProperties,
    /// Always `"session.next.reasoning.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextReasoningDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextReasoningDeltaProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.reasoning.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextReasoningDelta.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextReasoningDeltaProperties {
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
impl EventSessionNextReasoningDeltaProperties {
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
/// The `EventSessionNextReasoningEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextReasoningEnded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextReasoningEndedProperties,
    /// Always `"session.next.reasoning.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextReasoningEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextReasoningEndedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.reasoning.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextReasoningEnded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextReasoningEndedProperties {
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
impl EventSessionNextReasoningEndedProperties {
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
/// The `EventSessionNextReasoningStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextReasoningStarted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextReasoningStartedProperties,
    /// Always `"session.next.reasoning.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextReasoningStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextReasoningStartedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.reasoning.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextReasoningStarted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextReasoningStartedProperties {
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
impl EventSessionNextReasoningStartedProperties {
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
/// The `EventSessionNextRetried` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRetried {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextRetriedProperties,
    /// Always `"session.next.retried"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextRetried {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextRetriedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.retried".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextRetried.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRetriedProperties {
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
impl EventSessionNextRetriedProperties {
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
/// The `EventSessionNextRevertCleared` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRevertCleared {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextRevertClearedProperties,
    /// Always `"session.next.revert.cleared"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextRevertCleared {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextRevertClearedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.revert.cleared".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextRevertCleared.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRevertClearedProperties {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `timestamp` property.
    pub timestamp: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextRevertClearedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, timestamp: f64) -> Self {
        Self {
            session_id: session_id.into(),
            timestamp,
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextRevertCommitted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRevertCommitted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextRevertCommittedProperties,
    /// Always `"session.next.revert.committed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextRevertCommitted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextRevertCommittedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.revert.committed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextRevertCommitted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRevertCommittedProperties {
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
impl EventSessionNextRevertCommittedProperties {
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
/// The `EventSessionNextRevertStaged` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRevertStaged {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextRevertStagedProperties,
    /// Always `"session.next.revert.staged"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextRevertStaged {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextRevertStagedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.revert.staged".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextRevertStaged.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextRevertStagedProperties {
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
impl EventSessionNextRevertStagedProperties {
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
/// The `EventSessionNextShellEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextShellEnded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextShellEndedProperties,
    /// Always `"session.next.shell.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextShellEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextShellEndedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.shell.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextShellEnded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextShellEndedProperties {
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
impl EventSessionNextShellEndedProperties {
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
/// The `EventSessionNextShellStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextShellStarted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextShellStartedProperties,
    /// Always `"session.next.shell.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextShellStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextShellStartedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.shell.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextShellStarted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextShellStartedProperties {
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
impl EventSessionNextShellStartedProperties {
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
/// The `EventSessionNextStepEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepEnded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextStepEndedProperties,
    /// Always `"session.next.step.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextStepEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextStepEndedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.step.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextStepEnded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepEndedProperties {
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
    pub tokens: EventSessionNextStepEndedPropertiesTokens,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextStepEndedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        cost: f64,
        finish: impl Into<String>,
        session_id: impl Into<String>,
        timestamp: f64,
        tokens: EventSessionNextStepEndedPropertiesTokens,
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
/// The `EventSessionNextStepEnded.properties.tokens` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepEndedPropertiesTokens {
    /// The `cache` property.
    pub cache: EventSessionNextStepEndedPropertiesTokensCache,
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
impl EventSessionNextStepEndedPropertiesTokens {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        cache: EventSessionNextStepEndedPropertiesTokensCache,
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
/// The `EventSessionNextStepEnded.properties.tokens.cache` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepEndedPropertiesTokensCache {
    /// The `read` property.
    pub read: f64,
    /// The `write` property.
    pub write: f64,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextStepEndedPropertiesTokensCache {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(read: f64, write: f64) -> Self {
        Self {
            read,
            write,
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextStepFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepFailed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextStepFailedProperties,
    /// Always `"session.next.step.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextStepFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextStepFailedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.step.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextStepFailed.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepFailedProperties {
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
impl EventSessionNextStepFailedProperties {
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
/// The `EventSessionNextStepStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepStarted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextStepStartedProperties,
    /// Always `"session.next.step.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextStepStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextStepStartedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.step.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextStepStarted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextStepStartedProperties {
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
impl EventSessionNextStepStartedProperties {
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
/// The `EventSessionNextSynthetic` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextSynthetic {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextSyntheticProperties,
    /// Always `"session.next.synthetic"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextSynthetic {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextSyntheticProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.synthetic".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextSynthetic.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextSyntheticProperties {
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
impl EventSessionNextSyntheticProperties {
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
/// The `EventSessionNextTextDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextTextDelta {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextTextDeltaProperties,
    /// Always `"session.next.text.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextTextDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextTextDeltaProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.text.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextTextDelta.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextTextDeltaProperties {
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
impl EventSessionNextTextDeltaProperties {
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
/// The `EventSessionNextTextEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextTextEnded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextTextEndedProperties,
    /// Always `"session.next.text.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextTextEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextTextEndedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.text.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextTextEnded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextTextEndedProperties {
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
impl EventSessionNextTextEndedProperties {
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
/// The `EventSessionNextTextStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextTextStarted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextTextStartedProperties,
    /// Always `"session.next.text.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextTextStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextTextStartedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.text.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextTextStarted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextTextStartedProperties {
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
impl EventSessionNextTextStartedProperties {
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
/// The `EventSessionNextToolCalled` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolCalled {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolCalledProperties,
    /// Always `"session.next.tool.called"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolCalled {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolCalledProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.called".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolCalled.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolCalledProperties {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `input` property.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// The `provider` property.
    pub provider: EventSessionNextToolCalledPropertiesProvider,
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
impl EventSessionNextToolCalledProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        input: serde_json::Map<String, serde_json::Value>,
        provider: EventSessionNextToolCalledPropertiesProvider,
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
/// The `EventSessionNextToolCalled.properties.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolCalledPropertiesProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolCalledPropertiesProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolFailed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolFailedProperties,
    /// Always `"session.next.tool.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolFailedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolFailed.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolFailedProperties {
    /// The `assistantMessageID` property.
    #[serde(rename = "assistantMessageID")]
    pub assistant_message_id: String,
    /// The `callID` property.
    #[serde(rename = "callID")]
    pub call_id: String,
    /// The `error` property.
    pub error: SessionErrorUnknown,
    /// The `provider` property.
    pub provider: EventSessionNextToolFailedPropertiesProvider,
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
impl EventSessionNextToolFailedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        error: SessionErrorUnknown,
        provider: EventSessionNextToolFailedPropertiesProvider,
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
/// The `EventSessionNextToolFailed.properties.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolFailedPropertiesProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolFailedPropertiesProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolInputDelta` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolInputDelta {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolInputDeltaProperties,
    /// Always `"session.next.tool.input.delta"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolInputDelta {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolInputDeltaProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.input.delta".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolInputDelta.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolInputDeltaProperties {
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
impl EventSessionNextToolInputDeltaProperties {
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
/// The `EventSessionNextToolInputEnded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolInputEnded {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolInputEndedProperties,
    /// Always `"session.next.tool.input.ended"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolInputEnded {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolInputEndedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.input.ended".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolInputEnded.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolInputEndedProperties {
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
impl EventSessionNextToolInputEndedProperties {
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
/// The `EventSessionNextToolInputStarted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolInputStarted {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolInputStartedProperties,
    /// Always `"session.next.tool.input.started"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolInputStarted {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolInputStartedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.input.started".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolInputStarted.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolInputStartedProperties {
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
impl EventSessionNextToolInputStartedProperties {
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
/// The `EventSessionNextToolProgress` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolProgress {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolProgressProperties,
    /// Always `"session.next.tool.progress"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolProgress {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolProgressProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.progress".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolProgress.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolProgressProperties {
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
impl EventSessionNextToolProgressProperties {
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
/// The `EventSessionNextToolSuccess` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolSuccess {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionNextToolSuccessProperties,
    /// Always `"session.next.tool.success"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolSuccess {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionNextToolSuccessProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.next.tool.success".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionNextToolSuccess.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolSuccessProperties {
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
    pub provider: EventSessionNextToolSuccessPropertiesProvider,
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
impl EventSessionNextToolSuccessProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        assistant_message_id: impl Into<String>,
        call_id: impl Into<String>,
        content: Vec<LLMToolContent>,
        provider: EventSessionNextToolSuccessPropertiesProvider,
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
/// The `EventSessionNextToolSuccess.properties.provider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionNextToolSuccessPropertiesProvider {
    /// The `executed` property.
    pub executed: bool,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LLMProviderMetadata>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionNextToolSuccessPropertiesProvider {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(executed: bool) -> Self {
        Self {
            executed,
            metadata: None,
            additional: Default::default(),
        }
    }
}
/// The `EventSessionStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionStatus {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionStatusProperties,
    /// Always `"session.status"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventSessionStatusProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.status".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionStatus.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionStatusProperties {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `status` property.
    pub status: SessionStatus,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionStatusProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, status: SessionStatus) -> Self {
        Self {
            session_id: session_id.into(),
            status,
            additional: Default::default(),
        }
    }
}
/// The `EventSessionUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventSessionUpdatedProperties,
    /// Always `"session.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventSessionUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "session.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventSessionUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventSessionUpdatedProperties {
    /// The `info` property.
    pub info: Session,
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventSessionUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(info: Session, session_id: impl Into<String>) -> Self {
        Self {
            info,
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventTodoUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTodoUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventTodoUpdatedProperties,
    /// Always `"todo.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTodoUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventTodoUpdatedProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "todo.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventTodoUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTodoUpdatedProperties {
    /// The `sessionID` property.
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// The `todos` property.
    pub todos: Vec<Todo>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTodoUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>, todos: Vec<Todo>) -> Self {
        Self {
            session_id: session_id.into(),
            todos,
            additional: Default::default(),
        }
    }
}
/// The `EventTuiCommandExecute` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiCommandExecute {
    /// The `properties` property.
    pub properties: EventTuiCommandExecuteProperties,
    /// Always `"tui.command.execute"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiCommandExecute {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(properties: EventTuiCommandExecuteProperties) -> Self {
        Self {
            properties,
            type_: "tui.command.execute".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.command.execute` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiCommandExecute2 {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventTuiCommandExecute2Properties,
    /// Always `"tui.command.execute"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiCommandExecute2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventTuiCommandExecute2Properties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "tui.command.execute".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.command.execute.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiCommandExecute2Properties {
    /// The `command` property.
    pub command: EventTuiCommandExecute2PropertiesCommand,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiCommandExecute2Properties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(command: EventTuiCommandExecute2PropertiesCommand) -> Self {
        Self {
            command,
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.command.execute.properties.command` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventTuiCommandExecute2PropertiesCommand {
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
impl EventTuiCommandExecute2PropertiesCommand {
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
impl From<&str> for EventTuiCommandExecute2PropertiesCommand {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventTuiCommandExecute2PropertiesCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventTuiCommandExecute2PropertiesCommand {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventTuiCommandExecute2PropertiesCommand {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventTuiCommandExecute.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiCommandExecuteProperties {
    /// The `command` property.
    pub command: EventTuiCommandExecutePropertiesCommand,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiCommandExecuteProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(command: EventTuiCommandExecutePropertiesCommand) -> Self {
        Self {
            command,
            additional: Default::default(),
        }
    }
}
/// The `EventTuiCommandExecute.properties.command` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventTuiCommandExecutePropertiesCommand {
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
impl EventTuiCommandExecutePropertiesCommand {
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
impl From<&str> for EventTuiCommandExecutePropertiesCommand {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventTuiCommandExecutePropertiesCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventTuiCommandExecutePropertiesCommand {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventTuiCommandExecutePropertiesCommand {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventTuiPromptAppend` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiPromptAppend {
    /// The `properties` property.
    pub properties: EventTuiPromptAppendProperties,
    /// Always `"tui.prompt.append"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiPromptAppend {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(properties: EventTuiPromptAppendProperties) -> Self {
        Self {
            properties,
            type_: "tui.prompt.append".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.prompt.append` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiPromptAppend2 {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventTuiPromptAppend2Properties,
    /// Always `"tui.prompt.append"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiPromptAppend2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventTuiPromptAppend2Properties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "tui.prompt.append".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.prompt.append.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiPromptAppend2Properties {
    /// The `text` property.
    pub text: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiPromptAppend2Properties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventTuiPromptAppend.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiPromptAppendProperties {
    /// The `text` property.
    pub text: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiPromptAppendProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventTuiSessionSelect` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiSessionSelect {
    /// The `properties` property.
    pub properties: EventTuiSessionSelectProperties,
    /// Always `"tui.session.select"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiSessionSelect {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(properties: EventTuiSessionSelectProperties) -> Self {
        Self {
            properties,
            type_: "tui.session.select".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.session.select` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiSessionSelect2 {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventTuiSessionSelect2Properties,
    /// Always `"tui.session.select"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiSessionSelect2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventTuiSessionSelect2Properties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "tui.session.select".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.session.select.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiSessionSelect2Properties {
    /// Session ID to navigate to
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiSessionSelect2Properties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventTuiSessionSelect.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiSessionSelectProperties {
    /// Session ID to navigate to
    #[serde(rename = "sessionID")]
    pub session_id: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiSessionSelectProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventTuiToastShow` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiToastShow {
    /// The `properties` property.
    pub properties: EventTuiToastShowProperties,
    /// Always `"tui.toast.show"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiToastShow {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(properties: EventTuiToastShowProperties) -> Self {
        Self {
            properties,
            type_: "tui.toast.show".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.toast.show` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiToastShow2 {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventTuiToastShow2Properties,
    /// Always `"tui.toast.show"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiToastShow2 {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventTuiToastShow2Properties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "tui.toast.show".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.toast.show.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiToastShow2Properties {
    /// The `duration` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `message` property.
    pub message: String,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `variant` property.
    pub variant: EventTuiToastShow2PropertiesVariant,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiToastShow2Properties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message: impl Into<String>,
        variant: EventTuiToastShow2PropertiesVariant,
    ) -> Self {
        Self {
            duration: None,
            message: message.into(),
            title: None,
            variant,
            additional: Default::default(),
        }
    }
}
/// The `Event.tui.toast.show.properties.variant` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventTuiToastShow2PropertiesVariant {
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
impl EventTuiToastShow2PropertiesVariant {
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
impl From<&str> for EventTuiToastShow2PropertiesVariant {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventTuiToastShow2PropertiesVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventTuiToastShow2PropertiesVariant {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventTuiToastShow2PropertiesVariant {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventTuiToastShow.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventTuiToastShowProperties {
    /// The `duration` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `message` property.
    pub message: String,
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `variant` property.
    pub variant: EventTuiToastShowPropertiesVariant,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventTuiToastShowProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        message: impl Into<String>,
        variant: EventTuiToastShowPropertiesVariant,
    ) -> Self {
        Self {
            duration: None,
            message: message.into(),
            title: None,
            variant,
            additional: Default::default(),
        }
    }
}
/// The `EventTuiToastShow.properties.variant` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventTuiToastShowPropertiesVariant {
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
impl EventTuiToastShowPropertiesVariant {
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
impl From<&str> for EventTuiToastShowPropertiesVariant {
    fn from(s: &str) -> Self {
        Self::from_wire(s)
    }
}
impl std::fmt::Display for EventTuiToastShowPropertiesVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventTuiToastShowPropertiesVariant {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventTuiToastShowPropertiesVariant {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::__private::str_enum(d, Self::from_wire)
    }
}
/// The `EventVcsBranchUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventVcsBranchUpdated {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventVcsBranchUpdatedProperties,
    /// Always `"vcs.branch.updated"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventVcsBranchUpdated {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventVcsBranchUpdatedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "vcs.branch.updated".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventVcsBranchUpdated.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventVcsBranchUpdatedProperties {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventVcsBranchUpdatedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new() -> Self {
        Self {
            branch: None,
            additional: Default::default(),
        }
    }
}
impl Default for EventVcsBranchUpdatedProperties {
    fn default() -> Self {
        Self::new()
    }
}
/// The `EventWorkspaceFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorkspaceFailed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventWorkspaceFailedProperties,
    /// Always `"workspace.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorkspaceFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventWorkspaceFailedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "workspace.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorkspaceFailed.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorkspaceFailedProperties {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorkspaceFailedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorkspaceReady` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorkspaceReady {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventWorkspaceReadyProperties,
    /// Always `"workspace.ready"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorkspaceReady {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventWorkspaceReadyProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "workspace.ready".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorkspaceReady.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorkspaceReadyProperties {
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorkspaceReadyProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorkspaceStatus` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorkspaceStatus {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: WorkspaceEventConnectionStatus,
    /// Always `"workspace.status"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorkspaceStatus {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: WorkspaceEventConnectionStatus,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "workspace.status".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorktreeFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorktreeFailed {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventWorktreeFailedProperties,
    /// Always `"worktree.failed"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorktreeFailed {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        properties: EventWorktreeFailedProperties,
    ) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "worktree.failed".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorktreeFailed.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorktreeFailedProperties {
    /// The `message` property.
    pub message: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorktreeFailedProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorktreeReady` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorktreeReady {
    /// The `id` property.
    pub id: String,
    /// The `properties` property.
    pub properties: EventWorktreeReadyProperties,
    /// Always `"worktree.ready"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorktreeReady {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(id: impl Into<String>, properties: EventWorktreeReadyProperties) -> Self {
        Self {
            id: id.into(),
            properties,
            type_: "worktree.ready".to_owned(),
            additional: Default::default(),
        }
    }
}
/// The `EventWorktreeReady.properties` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventWorktreeReadyProperties {
    /// The `branch` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The `name` property.
    pub name: String,
    /// Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back.
    #[serde(flatten)]
    pub additional: serde_json::Map<String, serde_json::Value>,
}
impl EventWorktreeReadyProperties {
    /// A value with the required properties set and the optional ones unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            branch: None,
            name: name.into(),
            additional: Default::default(),
        }
    }
}
impl Event {
    /// The `id` every variant carries (`None` for an unknown variant).
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::ModelsDevRefreshed(v) => Some(&v.id),
            Self::IntegrationUpdated(v) => Some(&v.id),
            Self::IntegrationConnectionUpdated(v) => Some(&v.id),
            Self::CatalogUpdated(v) => Some(&v.id),
            Self::SessionCreated(v) => Some(&v.id),
            Self::SessionUpdated(v) => Some(&v.id),
            Self::SessionDeleted(v) => Some(&v.id),
            Self::MessageUpdated(v) => Some(&v.id),
            Self::MessageRemoved(v) => Some(&v.id),
            Self::MessagePartUpdated(v) => Some(&v.id),
            Self::MessagePartRemoved(v) => Some(&v.id),
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
            Self::SessionNextTextDelta(v) => Some(&v.id),
            Self::SessionNextTextEnded(v) => Some(&v.id),
            Self::SessionNextReasoningStarted(v) => Some(&v.id),
            Self::SessionNextReasoningDelta(v) => Some(&v.id),
            Self::SessionNextReasoningEnded(v) => Some(&v.id),
            Self::SessionNextToolInputStarted(v) => Some(&v.id),
            Self::SessionNextToolInputDelta(v) => Some(&v.id),
            Self::SessionNextToolInputEnded(v) => Some(&v.id),
            Self::SessionNextToolCalled(v) => Some(&v.id),
            Self::SessionNextToolProgress(v) => Some(&v.id),
            Self::SessionNextToolSuccess(v) => Some(&v.id),
            Self::SessionNextToolFailed(v) => Some(&v.id),
            Self::SessionNextRetried(v) => Some(&v.id),
            Self::SessionNextCompactionStarted(v) => Some(&v.id),
            Self::SessionNextCompactionDelta(v) => Some(&v.id),
            Self::SessionNextCompactionEnded(v) => Some(&v.id),
            Self::SessionNextRevertStaged(v) => Some(&v.id),
            Self::SessionNextRevertCleared(v) => Some(&v.id),
            Self::SessionNextRevertCommitted(v) => Some(&v.id),
            Self::MessagePartDelta(v) => Some(&v.id),
            Self::SessionDiff(v) => Some(&v.id),
            Self::SessionError(v) => Some(&v.id),
            Self::InstallationUpdated(v) => Some(&v.id),
            Self::InstallationUpdateAvailable(v) => Some(&v.id),
            Self::FileEdited(v) => Some(&v.id),
            Self::ReferenceUpdated(v) => Some(&v.id),
            Self::PermissionV2Asked(v) => Some(&v.id),
            Self::PermissionV2Replied(v) => Some(&v.id),
            Self::PluginAdded(v) => Some(&v.id),
            Self::ProjectDirectoriesUpdated(v) => Some(&v.id),
            Self::FileWatcherUpdated(v) => Some(&v.id),
            Self::PtyCreated(v) => Some(&v.id),
            Self::PtyUpdated(v) => Some(&v.id),
            Self::PtyExited(v) => Some(&v.id),
            Self::PtyDeleted(v) => Some(&v.id),
            Self::QuestionV2Asked(v) => Some(&v.id),
            Self::QuestionV2Replied(v) => Some(&v.id),
            Self::QuestionV2Rejected(v) => Some(&v.id),
            Self::TodoUpdated(v) => Some(&v.id),
            Self::LspUpdated(v) => Some(&v.id),
            Self::PermissionAsked(v) => Some(&v.id),
            Self::PermissionReplied(v) => Some(&v.id),
            Self::TuiPromptAppend(v) => Some(&v.id),
            Self::TuiCommandExecute(v) => Some(&v.id),
            Self::TuiToastShow(v) => Some(&v.id),
            Self::TuiSessionSelect(v) => Some(&v.id),
            Self::McpToolsChanged(v) => Some(&v.id),
            Self::McpBrowserOpenFailed(v) => Some(&v.id),
            Self::CommandExecuted(v) => Some(&v.id),
            Self::ProjectUpdated(v) => Some(&v.id),
            Self::SessionStatus(v) => Some(&v.id),
            Self::SessionIdle(v) => Some(&v.id),
            Self::QuestionAsked(v) => Some(&v.id),
            Self::QuestionReplied(v) => Some(&v.id),
            Self::QuestionRejected(v) => Some(&v.id),
            Self::SessionCompacted(v) => Some(&v.id),
            Self::VcsBranchUpdated(v) => Some(&v.id),
            Self::WorkspaceReady(v) => Some(&v.id),
            Self::WorkspaceFailed(v) => Some(&v.id),
            Self::WorkspaceStatus(v) => Some(&v.id),
            Self::WorktreeReady(v) => Some(&v.id),
            Self::WorktreeFailed(v) => Some(&v.id),
            Self::ServerConnected(v) => Some(&v.id),
            Self::GlobalDisposed(v) => Some(&v.id),
            Self::ServerInstanceDisposed(v) => Some(&v.id),
            Self::ServerHeartbeat(v) => Some(&v.id),
            Self::Unknown { .. } => None,
        }
    }
    /// The session this event is about, if any.
    pub fn session_id(&self) -> Option<&str> {
        match self {
            Self::ModelsDevRefreshed(_) => None,
            Self::IntegrationUpdated(_) => None,
            Self::IntegrationConnectionUpdated(_) => None,
            Self::CatalogUpdated(_) => None,
            Self::SessionCreated(v) => Some(&v.properties.session_id),
            Self::SessionUpdated(v) => Some(&v.properties.session_id),
            Self::SessionDeleted(v) => Some(&v.properties.session_id),
            Self::MessageUpdated(v) => Some(&v.properties.session_id),
            Self::MessageRemoved(v) => Some(&v.properties.session_id),
            Self::MessagePartUpdated(v) => Some(&v.properties.session_id),
            Self::MessagePartRemoved(v) => Some(&v.properties.session_id),
            Self::SessionNextAgentSwitched(v) => Some(&v.properties.session_id),
            Self::SessionNextModelSwitched(v) => Some(&v.properties.session_id),
            Self::SessionNextMoved(v) => Some(&v.properties.session_id),
            Self::SessionNextPrompted(v) => Some(&v.properties.session_id),
            Self::SessionNextPromptAdmitted(v) => Some(&v.properties.session_id),
            Self::SessionNextContextUpdated(v) => Some(&v.properties.session_id),
            Self::SessionNextSynthetic(v) => Some(&v.properties.session_id),
            Self::SessionNextShellStarted(v) => Some(&v.properties.session_id),
            Self::SessionNextShellEnded(v) => Some(&v.properties.session_id),
            Self::SessionNextStepStarted(v) => Some(&v.properties.session_id),
            Self::SessionNextStepEnded(v) => Some(&v.properties.session_id),
            Self::SessionNextStepFailed(v) => Some(&v.properties.session_id),
            Self::SessionNextTextStarted(v) => Some(&v.properties.session_id),
            Self::SessionNextTextDelta(v) => Some(&v.properties.session_id),
            Self::SessionNextTextEnded(v) => Some(&v.properties.session_id),
            Self::SessionNextReasoningStarted(v) => Some(&v.properties.session_id),
            Self::SessionNextReasoningDelta(v) => Some(&v.properties.session_id),
            Self::SessionNextReasoningEnded(v) => Some(&v.properties.session_id),
            Self::SessionNextToolInputStarted(v) => Some(&v.properties.session_id),
            Self::SessionNextToolInputDelta(v) => Some(&v.properties.session_id),
            Self::SessionNextToolInputEnded(v) => Some(&v.properties.session_id),
            Self::SessionNextToolCalled(v) => Some(&v.properties.session_id),
            Self::SessionNextToolProgress(v) => Some(&v.properties.session_id),
            Self::SessionNextToolSuccess(v) => Some(&v.properties.session_id),
            Self::SessionNextToolFailed(v) => Some(&v.properties.session_id),
            Self::SessionNextRetried(v) => Some(&v.properties.session_id),
            Self::SessionNextCompactionStarted(v) => Some(&v.properties.session_id),
            Self::SessionNextCompactionDelta(v) => Some(&v.properties.session_id),
            Self::SessionNextCompactionEnded(v) => Some(&v.properties.session_id),
            Self::SessionNextRevertStaged(v) => Some(&v.properties.session_id),
            Self::SessionNextRevertCleared(v) => Some(&v.properties.session_id),
            Self::SessionNextRevertCommitted(v) => Some(&v.properties.session_id),
            Self::MessagePartDelta(v) => Some(&v.properties.session_id),
            Self::SessionDiff(v) => Some(&v.properties.session_id),
            Self::SessionError(v) => v.properties.session_id.as_deref(),
            Self::InstallationUpdated(_) => None,
            Self::InstallationUpdateAvailable(_) => None,
            Self::FileEdited(_) => None,
            Self::ReferenceUpdated(_) => None,
            Self::PermissionV2Asked(v) => Some(&v.properties.session_id),
            Self::PermissionV2Replied(v) => Some(&v.properties.session_id),
            Self::PluginAdded(_) => None,
            Self::ProjectDirectoriesUpdated(_) => None,
            Self::FileWatcherUpdated(_) => None,
            Self::PtyCreated(_) => None,
            Self::PtyUpdated(_) => None,
            Self::PtyExited(_) => None,
            Self::PtyDeleted(_) => None,
            Self::QuestionV2Asked(v) => Some(&v.properties.session_id),
            Self::QuestionV2Replied(v) => Some(&v.properties.session_id),
            Self::QuestionV2Rejected(v) => Some(&v.properties.session_id),
            Self::TodoUpdated(v) => Some(&v.properties.session_id),
            Self::LspUpdated(_) => None,
            Self::PermissionAsked(v) => Some(&v.properties.session_id),
            Self::PermissionReplied(v) => Some(&v.properties.session_id),
            Self::TuiPromptAppend(_) => None,
            Self::TuiCommandExecute(_) => None,
            Self::TuiToastShow(_) => None,
            Self::TuiSessionSelect(v) => Some(&v.properties.session_id),
            Self::McpToolsChanged(_) => None,
            Self::McpBrowserOpenFailed(_) => None,
            Self::CommandExecuted(v) => Some(&v.properties.session_id),
            Self::ProjectUpdated(_) => None,
            Self::SessionStatus(v) => Some(&v.properties.session_id),
            Self::SessionIdle(v) => Some(&v.properties.session_id),
            Self::QuestionAsked(v) => Some(&v.properties.session_id),
            Self::QuestionReplied(v) => Some(&v.properties.session_id),
            Self::QuestionRejected(v) => Some(&v.properties.session_id),
            Self::SessionCompacted(v) => Some(&v.properties.session_id),
            Self::VcsBranchUpdated(_) => None,
            Self::WorkspaceReady(_) => None,
            Self::WorkspaceFailed(_) => None,
            Self::WorkspaceStatus(_) => None,
            Self::WorktreeReady(_) => None,
            Self::WorktreeFailed(_) => None,
            Self::ServerConnected(_) => None,
            Self::GlobalDisposed(_) => None,
            Self::ServerInstanceDisposed(_) => None,
            Self::ServerHeartbeat(_) => None,
            Self::Unknown { .. } => None,
        }
    }
}
