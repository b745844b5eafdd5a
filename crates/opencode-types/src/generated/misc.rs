//! Types of the `misc` domain.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::*;
/// The `V2Event` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum V2Event {
    /// `type` = `"models-dev.refreshed"`.
    ModelsDevRefreshed(ModelsDevRefreshed),
    /// `type` = `"integration.updated"`.
    IntegrationUpdated(IntegrationUpdated),
    /// `type` = `"integration.connection.updated"`.
    IntegrationConnectionUpdated(IntegrationConnectionUpdated),
    /// `type` = `"catalog.updated"`.
    CatalogUpdated(CatalogUpdated),
    /// `type` = `"session.created"`.
    SessionCreated(SessionCreated),
    /// `type` = `"session.updated"`.
    SessionUpdated(SessionUpdated),
    /// `type` = `"session.deleted"`.
    SessionDeleted(SessionDeleted),
    /// `type` = `"message.updated"`.
    MessageUpdated(MessageUpdated),
    /// `type` = `"message.removed"`.
    MessageRemoved(MessageRemoved),
    /// `type` = `"message.part.updated"`.
    MessagePartUpdated(MessagePartUpdated),
    /// `type` = `"message.part.removed"`.
    MessagePartRemoved(MessagePartRemoved),
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
    /// `type` = `"session.next.text.delta"`.
    SessionNextTextDelta(SessionNextTextDelta),
    /// `type` = `"session.next.text.ended"`.
    SessionNextTextEnded(SessionNextTextEnded),
    /// `type` = `"session.next.reasoning.started"`.
    SessionNextReasoningStarted(SessionNextReasoningStarted),
    /// `type` = `"session.next.reasoning.delta"`.
    SessionNextReasoningDelta(SessionNextReasoningDelta),
    /// `type` = `"session.next.reasoning.ended"`.
    SessionNextReasoningEnded(SessionNextReasoningEnded),
    /// `type` = `"session.next.tool.input.started"`.
    SessionNextToolInputStarted(SessionNextToolInputStarted),
    /// `type` = `"session.next.tool.input.delta"`.
    SessionNextToolInputDelta(SessionNextToolInputDelta),
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
    /// `type` = `"session.next.retried"`.
    SessionNextRetried(SessionNextRetried),
    /// `type` = `"session.next.compaction.started"`.
    SessionNextCompactionStarted(SessionNextCompactionStarted),
    /// `type` = `"session.next.compaction.delta"`.
    SessionNextCompactionDelta(SessionNextCompactionDelta),
    /// `type` = `"session.next.compaction.ended"`.
    SessionNextCompactionEnded(SessionNextCompactionEnded),
    /// `type` = `"session.next.revert.staged"`.
    SessionNextRevertStaged(SessionNextRevertStaged),
    /// `type` = `"session.next.revert.cleared"`.
    SessionNextRevertCleared(SessionNextRevertCleared),
    /// `type` = `"session.next.revert.committed"`.
    SessionNextRevertCommitted(SessionNextRevertCommitted),
    /// `type` = `"message.part.delta"`.
    MessagePartDelta(MessagePartDelta),
    /// `type` = `"session.diff"`.
    SessionDiff(SessionDiff),
    /// `type` = `"session.error"`.
    SessionError(SessionError),
    /// `type` = `"installation.updated"`.
    InstallationUpdated(InstallationUpdated),
    /// `type` = `"installation.update-available"`.
    InstallationUpdateAvailable(InstallationUpdateAvailable),
    /// `type` = `"file.edited"`.
    FileEdited(FileEdited),
    /// `type` = `"reference.updated"`.
    ReferenceUpdated(ReferenceUpdated),
    /// `type` = `"permission.v2.asked"`.
    PermissionV2Asked(PermissionV2Asked),
    /// `type` = `"permission.v2.replied"`.
    PermissionV2Replied(PermissionV2Replied),
    /// `type` = `"plugin.added"`.
    PluginAdded(PluginAdded),
    /// `type` = `"project.directories.updated"`.
    ProjectDirectoriesUpdated(ProjectDirectoriesUpdated),
    /// `type` = `"file.watcher.updated"`.
    FileWatcherUpdated(FileWatcherUpdated),
    /// `type` = `"pty.created"`.
    PtyCreated(PtyCreated),
    /// `type` = `"pty.updated"`.
    PtyUpdated(PtyUpdated),
    /// `type` = `"pty.exited"`.
    PtyExited(PtyExited),
    /// `type` = `"pty.deleted"`.
    PtyDeleted(PtyDeleted),
    /// `type` = `"question.v2.asked"`.
    QuestionV2Asked(QuestionV2Asked),
    /// `type` = `"question.v2.replied"`.
    QuestionV2Replied(QuestionV2Replied),
    /// `type` = `"question.v2.rejected"`.
    QuestionV2Rejected(QuestionV2Rejected),
    /// `type` = `"todo.updated"`.
    TodoUpdated(TodoUpdated),
    /// `type` = `"lsp.updated"`.
    LspUpdated(LspUpdated),
    /// `type` = `"permission.asked"`.
    PermissionAsked(PermissionAsked),
    /// `type` = `"permission.replied"`.
    PermissionReplied(PermissionReplied),
    /// `type` = `"tui.prompt.append"`.
    TuiPromptAppend(TuiPromptAppend),
    /// `type` = `"tui.command.execute"`.
    TuiCommandExecute(TuiCommandExecute),
    /// `type` = `"tui.toast.show"`.
    TuiToastShow(TuiToastShow),
    /// `type` = `"tui.session.select"`.
    TuiSessionSelect(TuiSessionSelect),
    /// `type` = `"mcp.tools.changed"`.
    McpToolsChanged(McpToolsChanged),
    /// `type` = `"mcp.browser.open.failed"`.
    McpBrowserOpenFailed(McpBrowserOpenFailed),
    /// `type` = `"command.executed"`.
    CommandExecuted(CommandExecuted),
    /// `type` = `"project.updated"`.
    ProjectUpdated(ProjectUpdated),
    /// `type` = `"session.status"`.
    SessionStatus(SessionStatusV2),
    /// `type` = `"session.idle"`.
    SessionIdle(SessionIdle),
    /// `type` = `"question.asked"`.
    QuestionAsked(QuestionAsked),
    /// `type` = `"question.replied"`.
    QuestionReplied(QuestionRepliedV2),
    /// `type` = `"question.rejected"`.
    QuestionRejected(QuestionRejectedV2),
    /// `type` = `"session.compacted"`.
    SessionCompacted(SessionCompacted),
    /// `type` = `"vcs.branch.updated"`.
    VcsBranchUpdated(VcsBranchUpdated),
    /// `type` = `"workspace.ready"`.
    WorkspaceReady(WorkspaceReady),
    /// `type` = `"workspace.failed"`.
    WorkspaceFailed(WorkspaceFailed),
    /// `type` = `"workspace.status"`.
    WorkspaceStatus(WorkspaceStatus),
    /// `type` = `"worktree.ready"`.
    WorktreeReady(WorktreeReady),
    /// `type` = `"worktree.failed"`.
    WorktreeFailed(WorktreeFailed),
    /// `type` = `"server.connected"`.
    ServerConnected(ServerConnected),
    /// `type` = `"global.disposed"`.
    GlobalDisposed(GlobalDisposed),
    /// A `type` this version of the SDK does not know; the whole JSON is kept.
    Unknown {
        /// The `type` value.
        kind: String,
        /// The whole value as received.
        raw: serde_json::Value,
    },
}
impl V2Event {
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
            Self::Unknown { kind, .. } => kind,
        }
    }
    /// Whether this is a kind this version of the SDK does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}
impl<'de> serde::Deserialize<'de> for V2Event {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = crate::__private::raw(d)?;
        let kind = crate::__private::tag::<D::Error>(&raw, &["type"], "V2Event")?;
        Ok(
            match &*kind {
                "models-dev.refreshed" => {
                    Self::ModelsDevRefreshed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "models-dev.refreshed")?,
                    )
                }
                "integration.updated" => {
                    Self::IntegrationUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "integration.updated")?,
                    )
                }
                "integration.connection.updated" => {
                    Self::IntegrationConnectionUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "integration.connection.updated")?,
                    )
                }
                "catalog.updated" => {
                    Self::CatalogUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "catalog.updated")?,
                    )
                }
                "session.created" => {
                    Self::SessionCreated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.created")?,
                    )
                }
                "session.updated" => {
                    Self::SessionUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.updated")?,
                    )
                }
                "session.deleted" => {
                    Self::SessionDeleted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.deleted")?,
                    )
                }
                "message.updated" => {
                    Self::MessageUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "message.updated")?,
                    )
                }
                "message.removed" => {
                    Self::MessageRemoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "message.removed")?,
                    )
                }
                "message.part.updated" => {
                    Self::MessagePartUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "message.part.updated")?,
                    )
                }
                "message.part.removed" => {
                    Self::MessagePartRemoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "message.part.removed")?,
                    )
                }
                "session.next.agent.switched" => {
                    Self::SessionNextAgentSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.agent.switched")?,
                    )
                }
                "session.next.model.switched" => {
                    Self::SessionNextModelSwitched(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.model.switched")?,
                    )
                }
                "session.next.moved" => {
                    Self::SessionNextMoved(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.moved")?,
                    )
                }
                "session.next.prompted" => {
                    Self::SessionNextPrompted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.prompted")?,
                    )
                }
                "session.next.prompt.admitted" => {
                    Self::SessionNextPromptAdmitted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.prompt.admitted")?,
                    )
                }
                "session.next.context.updated" => {
                    Self::SessionNextContextUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.context.updated")?,
                    )
                }
                "session.next.synthetic" => {
                    Self::SessionNextSynthetic(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.synthetic")?,
                    )
                }
                "session.next.shell.started" => {
                    Self::SessionNextShellStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.shell.started")?,
                    )
                }
                "session.next.shell.ended" => {
                    Self::SessionNextShellEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.shell.ended")?,
                    )
                }
                "session.next.step.started" => {
                    Self::SessionNextStepStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.step.started")?,
                    )
                }
                "session.next.step.ended" => {
                    Self::SessionNextStepEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.step.ended")?,
                    )
                }
                "session.next.step.failed" => {
                    Self::SessionNextStepFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.step.failed")?,
                    )
                }
                "session.next.text.started" => {
                    Self::SessionNextTextStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.text.started")?,
                    )
                }
                "session.next.text.delta" => {
                    Self::SessionNextTextDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.text.delta")?,
                    )
                }
                "session.next.text.ended" => {
                    Self::SessionNextTextEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.text.ended")?,
                    )
                }
                "session.next.reasoning.started" => {
                    Self::SessionNextReasoningStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.reasoning.started")?,
                    )
                }
                "session.next.reasoning.delta" => {
                    Self::SessionNextReasoningDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.reasoning.delta")?,
                    )
                }
                "session.next.reasoning.ended" => {
                    Self::SessionNextReasoningEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.reasoning.ended")?,
                    )
                }
                "session.next.tool.input.started" => {
                    Self::SessionNextToolInputStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.input.started")?,
                    )
                }
                "session.next.tool.input.delta" => {
                    Self::SessionNextToolInputDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.input.delta")?,
                    )
                }
                "session.next.tool.input.ended" => {
                    Self::SessionNextToolInputEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.input.ended")?,
                    )
                }
                "session.next.tool.called" => {
                    Self::SessionNextToolCalled(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.called")?,
                    )
                }
                "session.next.tool.progress" => {
                    Self::SessionNextToolProgress(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.progress")?,
                    )
                }
                "session.next.tool.success" => {
                    Self::SessionNextToolSuccess(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.success")?,
                    )
                }
                "session.next.tool.failed" => {
                    Self::SessionNextToolFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.tool.failed")?,
                    )
                }
                "session.next.retried" => {
                    Self::SessionNextRetried(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.retried")?,
                    )
                }
                "session.next.compaction.started" => {
                    Self::SessionNextCompactionStarted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.compaction.started")?,
                    )
                }
                "session.next.compaction.delta" => {
                    Self::SessionNextCompactionDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.compaction.delta")?,
                    )
                }
                "session.next.compaction.ended" => {
                    Self::SessionNextCompactionEnded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.compaction.ended")?,
                    )
                }
                "session.next.revert.staged" => {
                    Self::SessionNextRevertStaged(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.revert.staged")?,
                    )
                }
                "session.next.revert.cleared" => {
                    Self::SessionNextRevertCleared(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.revert.cleared")?,
                    )
                }
                "session.next.revert.committed" => {
                    Self::SessionNextRevertCommitted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.next.revert.committed")?,
                    )
                }
                "message.part.delta" => {
                    Self::MessagePartDelta(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "message.part.delta")?,
                    )
                }
                "session.diff" => {
                    Self::SessionDiff(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.diff")?,
                    )
                }
                "session.error" => {
                    Self::SessionError(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.error")?,
                    )
                }
                "installation.updated" => {
                    Self::InstallationUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "installation.updated")?,
                    )
                }
                "installation.update-available" => {
                    Self::InstallationUpdateAvailable(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "installation.update-available")?,
                    )
                }
                "file.edited" => {
                    Self::FileEdited(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "file.edited")?,
                    )
                }
                "reference.updated" => {
                    Self::ReferenceUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "reference.updated")?,
                    )
                }
                "permission.v2.asked" => {
                    Self::PermissionV2Asked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "permission.v2.asked")?,
                    )
                }
                "permission.v2.replied" => {
                    Self::PermissionV2Replied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "permission.v2.replied")?,
                    )
                }
                "plugin.added" => {
                    Self::PluginAdded(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "plugin.added")?,
                    )
                }
                "project.directories.updated" => {
                    Self::ProjectDirectoriesUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "project.directories.updated")?,
                    )
                }
                "file.watcher.updated" => {
                    Self::FileWatcherUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "file.watcher.updated")?,
                    )
                }
                "pty.created" => {
                    Self::PtyCreated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "pty.created")?,
                    )
                }
                "pty.updated" => {
                    Self::PtyUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "pty.updated")?,
                    )
                }
                "pty.exited" => {
                    Self::PtyExited(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "pty.exited")?,
                    )
                }
                "pty.deleted" => {
                    Self::PtyDeleted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "pty.deleted")?,
                    )
                }
                "question.v2.asked" => {
                    Self::QuestionV2Asked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "question.v2.asked")?,
                    )
                }
                "question.v2.replied" => {
                    Self::QuestionV2Replied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "question.v2.replied")?,
                    )
                }
                "question.v2.rejected" => {
                    Self::QuestionV2Rejected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "question.v2.rejected")?,
                    )
                }
                "todo.updated" => {
                    Self::TodoUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "todo.updated")?,
                    )
                }
                "lsp.updated" => {
                    Self::LspUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "lsp.updated")?,
                    )
                }
                "permission.asked" => {
                    Self::PermissionAsked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "permission.asked")?,
                    )
                }
                "permission.replied" => {
                    Self::PermissionReplied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "permission.replied")?,
                    )
                }
                "tui.prompt.append" => {
                    Self::TuiPromptAppend(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "tui.prompt.append")?,
                    )
                }
                "tui.command.execute" => {
                    Self::TuiCommandExecute(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "tui.command.execute")?,
                    )
                }
                "tui.toast.show" => {
                    Self::TuiToastShow(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "tui.toast.show")?,
                    )
                }
                "tui.session.select" => {
                    Self::TuiSessionSelect(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "tui.session.select")?,
                    )
                }
                "mcp.tools.changed" => {
                    Self::McpToolsChanged(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "mcp.tools.changed")?,
                    )
                }
                "mcp.browser.open.failed" => {
                    Self::McpBrowserOpenFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "mcp.browser.open.failed")?,
                    )
                }
                "command.executed" => {
                    Self::CommandExecuted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "command.executed")?,
                    )
                }
                "project.updated" => {
                    Self::ProjectUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "project.updated")?,
                    )
                }
                "session.status" => {
                    Self::SessionStatus(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.status")?,
                    )
                }
                "session.idle" => {
                    Self::SessionIdle(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.idle")?,
                    )
                }
                "question.asked" => {
                    Self::QuestionAsked(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "question.asked")?,
                    )
                }
                "question.replied" => {
                    Self::QuestionReplied(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "question.replied")?,
                    )
                }
                "question.rejected" => {
                    Self::QuestionRejected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "question.rejected")?,
                    )
                }
                "session.compacted" => {
                    Self::SessionCompacted(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "session.compacted")?,
                    )
                }
                "vcs.branch.updated" => {
                    Self::VcsBranchUpdated(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "vcs.branch.updated")?,
                    )
                }
                "workspace.ready" => {
                    Self::WorkspaceReady(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "workspace.ready")?,
                    )
                }
                "workspace.failed" => {
                    Self::WorkspaceFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "workspace.failed")?,
                    )
                }
                "workspace.status" => {
                    Self::WorkspaceStatus(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "workspace.status")?,
                    )
                }
                "worktree.ready" => {
                    Self::WorktreeReady(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "worktree.ready")?,
                    )
                }
                "worktree.failed" => {
                    Self::WorktreeFailed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "worktree.failed")?,
                    )
                }
                "server.connected" => {
                    Self::ServerConnected(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "server.connected")?,
                    )
                }
                "global.disposed" => {
                    Self::GlobalDisposed(
                        crate::__private::variant::<
                            _,
                            D::Error,
                        >(&raw, "V2Event", "global.disposed")?,
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
impl serde::Serialize for V2Event {
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
            Self::Unknown { raw, .. } => raw.serialize(s),
        }
    }
}
impl From<ModelsDevRefreshed> for V2Event {
    fn from(v: ModelsDevRefreshed) -> Self {
        Self::ModelsDevRefreshed(v)
    }
}
impl From<IntegrationUpdated> for V2Event {
    fn from(v: IntegrationUpdated) -> Self {
        Self::IntegrationUpdated(v)
    }
}
impl From<IntegrationConnectionUpdated> for V2Event {
    fn from(v: IntegrationConnectionUpdated) -> Self {
        Self::IntegrationConnectionUpdated(v)
    }
}
impl From<CatalogUpdated> for V2Event {
    fn from(v: CatalogUpdated) -> Self {
        Self::CatalogUpdated(v)
    }
}
impl From<SessionCreated> for V2Event {
    fn from(v: SessionCreated) -> Self {
        Self::SessionCreated(v)
    }
}
impl From<SessionUpdated> for V2Event {
    fn from(v: SessionUpdated) -> Self {
        Self::SessionUpdated(v)
    }
}
impl From<SessionDeleted> for V2Event {
    fn from(v: SessionDeleted) -> Self {
        Self::SessionDeleted(v)
    }
}
impl From<MessageUpdated> for V2Event {
    fn from(v: MessageUpdated) -> Self {
        Self::MessageUpdated(v)
    }
}
impl From<MessageRemoved> for V2Event {
    fn from(v: MessageRemoved) -> Self {
        Self::MessageRemoved(v)
    }
}
impl From<MessagePartUpdated> for V2Event {
    fn from(v: MessagePartUpdated) -> Self {
        Self::MessagePartUpdated(v)
    }
}
impl From<MessagePartRemoved> for V2Event {
    fn from(v: MessagePartRemoved) -> Self {
        Self::MessagePartRemoved(v)
    }
}
impl From<SessionNextAgentSwitched> for V2Event {
    fn from(v: SessionNextAgentSwitched) -> Self {
        Self::SessionNextAgentSwitched(v)
    }
}
impl From<SessionNextModelSwitched> for V2Event {
    fn from(v: SessionNextModelSwitched) -> Self {
        Self::SessionNextModelSwitched(v)
    }
}
impl From<SessionNextMoved> for V2Event {
    fn from(v: SessionNextMoved) -> Self {
        Self::SessionNextMoved(v)
    }
}
impl From<SessionNextPrompted> for V2Event {
    fn from(v: SessionNextPrompted) -> Self {
        Self::SessionNextPrompted(v)
    }
}
impl From<SessionNextPromptAdmitted> for V2Event {
    fn from(v: SessionNextPromptAdmitted) -> Self {
        Self::SessionNextPromptAdmitted(v)
    }
}
impl From<SessionNextContextUpdated> for V2Event {
    fn from(v: SessionNextContextUpdated) -> Self {
        Self::SessionNextContextUpdated(v)
    }
}
impl From<SessionNextSynthetic> for V2Event {
    fn from(v: SessionNextSynthetic) -> Self {
        Self::SessionNextSynthetic(v)
    }
}
impl From<SessionNextShellStarted> for V2Event {
    fn from(v: SessionNextShellStarted) -> Self {
        Self::SessionNextShellStarted(v)
    }
}
impl From<SessionNextShellEnded> for V2Event {
    fn from(v: SessionNextShellEnded) -> Self {
        Self::SessionNextShellEnded(v)
    }
}
impl From<SessionNextStepStarted> for V2Event {
    fn from(v: SessionNextStepStarted) -> Self {
        Self::SessionNextStepStarted(v)
    }
}
impl From<SessionNextStepEnded> for V2Event {
    fn from(v: SessionNextStepEnded) -> Self {
        Self::SessionNextStepEnded(v)
    }
}
impl From<SessionNextStepFailed> for V2Event {
    fn from(v: SessionNextStepFailed) -> Self {
        Self::SessionNextStepFailed(v)
    }
}
impl From<SessionNextTextStarted> for V2Event {
    fn from(v: SessionNextTextStarted) -> Self {
        Self::SessionNextTextStarted(v)
    }
}
impl From<SessionNextTextDelta> for V2Event {
    fn from(v: SessionNextTextDelta) -> Self {
        Self::SessionNextTextDelta(v)
    }
}
impl From<SessionNextTextEnded> for V2Event {
    fn from(v: SessionNextTextEnded) -> Self {
        Self::SessionNextTextEnded(v)
    }
}
impl From<SessionNextReasoningStarted> for V2Event {
    fn from(v: SessionNextReasoningStarted) -> Self {
        Self::SessionNextReasoningStarted(v)
    }
}
impl From<SessionNextReasoningDelta> for V2Event {
    fn from(v: SessionNextReasoningDelta) -> Self {
        Self::SessionNextReasoningDelta(v)
    }
}
impl From<SessionNextReasoningEnded> for V2Event {
    fn from(v: SessionNextReasoningEnded) -> Self {
        Self::SessionNextReasoningEnded(v)
    }
}
impl From<SessionNextToolInputStarted> for V2Event {
    fn from(v: SessionNextToolInputStarted) -> Self {
        Self::SessionNextToolInputStarted(v)
    }
}
impl From<SessionNextToolInputDelta> for V2Event {
    fn from(v: SessionNextToolInputDelta) -> Self {
        Self::SessionNextToolInputDelta(v)
    }
}
impl From<SessionNextToolInputEnded> for V2Event {
    fn from(v: SessionNextToolInputEnded) -> Self {
        Self::SessionNextToolInputEnded(v)
    }
}
impl From<SessionNextToolCalled> for V2Event {
    fn from(v: SessionNextToolCalled) -> Self {
        Self::SessionNextToolCalled(v)
    }
}
impl From<SessionNextToolProgress> for V2Event {
    fn from(v: SessionNextToolProgress) -> Self {
        Self::SessionNextToolProgress(v)
    }
}
impl From<SessionNextToolSuccess> for V2Event {
    fn from(v: SessionNextToolSuccess) -> Self {
        Self::SessionNextToolSuccess(v)
    }
}
impl From<SessionNextToolFailed> for V2Event {
    fn from(v: SessionNextToolFailed) -> Self {
        Self::SessionNextToolFailed(v)
    }
}
impl From<SessionNextRetried> for V2Event {
    fn from(v: SessionNextRetried) -> Self {
        Self::SessionNextRetried(v)
    }
}
impl From<SessionNextCompactionStarted> for V2Event {
    fn from(v: SessionNextCompactionStarted) -> Self {
        Self::SessionNextCompactionStarted(v)
    }
}
impl From<SessionNextCompactionDelta> for V2Event {
    fn from(v: SessionNextCompactionDelta) -> Self {
        Self::SessionNextCompactionDelta(v)
    }
}
impl From<SessionNextCompactionEnded> for V2Event {
    fn from(v: SessionNextCompactionEnded) -> Self {
        Self::SessionNextCompactionEnded(v)
    }
}
impl From<SessionNextRevertStaged> for V2Event {
    fn from(v: SessionNextRevertStaged) -> Self {
        Self::SessionNextRevertStaged(v)
    }
}
impl From<SessionNextRevertCleared> for V2Event {
    fn from(v: SessionNextRevertCleared) -> Self {
        Self::SessionNextRevertCleared(v)
    }
}
impl From<SessionNextRevertCommitted> for V2Event {
    fn from(v: SessionNextRevertCommitted) -> Self {
        Self::SessionNextRevertCommitted(v)
    }
}
impl From<MessagePartDelta> for V2Event {
    fn from(v: MessagePartDelta) -> Self {
        Self::MessagePartDelta(v)
    }
}
impl From<SessionDiff> for V2Event {
    fn from(v: SessionDiff) -> Self {
        Self::SessionDiff(v)
    }
}
impl From<SessionError> for V2Event {
    fn from(v: SessionError) -> Self {
        Self::SessionError(v)
    }
}
impl From<InstallationUpdated> for V2Event {
    fn from(v: InstallationUpdated) -> Self {
        Self::InstallationUpdated(v)
    }
}
impl From<InstallationUpdateAvailable> for V2Event {
    fn from(v: InstallationUpdateAvailable) -> Self {
        Self::InstallationUpdateAvailable(v)
    }
}
impl From<FileEdited> for V2Event {
    fn from(v: FileEdited) -> Self {
        Self::FileEdited(v)
    }
}
impl From<ReferenceUpdated> for V2Event {
    fn from(v: ReferenceUpdated) -> Self {
        Self::ReferenceUpdated(v)
    }
}
impl From<PermissionV2Asked> for V2Event {
    fn from(v: PermissionV2Asked) -> Self {
        Self::PermissionV2Asked(v)
    }
}
impl From<PermissionV2Replied> for V2Event {
    fn from(v: PermissionV2Replied) -> Self {
        Self::PermissionV2Replied(v)
    }
}
impl From<PluginAdded> for V2Event {
    fn from(v: PluginAdded) -> Self {
        Self::PluginAdded(v)
    }
}
impl From<ProjectDirectoriesUpdated> for V2Event {
    fn from(v: ProjectDirectoriesUpdated) -> Self {
        Self::ProjectDirectoriesUpdated(v)
    }
}
impl From<FileWatcherUpdated> for V2Event {
    fn from(v: FileWatcherUpdated) -> Self {
        Self::FileWatcherUpdated(v)
    }
}
impl From<PtyCreated> for V2Event {
    fn from(v: PtyCreated) -> Self {
        Self::PtyCreated(v)
    }
}
impl From<PtyUpdated> for V2Event {
    fn from(v: PtyUpdated) -> Self {
        Self::PtyUpdated(v)
    }
}
impl From<PtyExited> for V2Event {
    fn from(v: PtyExited) -> Self {
        Self::PtyExited(v)
    }
}
impl From<PtyDeleted> for V2Event {
    fn from(v: PtyDeleted) -> Self {
        Self::PtyDeleted(v)
    }
}
impl From<QuestionV2Asked> for V2Event {
    fn from(v: QuestionV2Asked) -> Self {
        Self::QuestionV2Asked(v)
    }
}
impl From<QuestionV2Replied> for V2Event {
    fn from(v: QuestionV2Replied) -> Self {
        Self::QuestionV2Replied(v)
    }
}
impl From<QuestionV2Rejected> for V2Event {
    fn from(v: QuestionV2Rejected) -> Self {
        Self::QuestionV2Rejected(v)
    }
}
impl From<TodoUpdated> for V2Event {
    fn from(v: TodoUpdated) -> Self {
        Self::TodoUpdated(v)
    }
}
impl From<LspUpdated> for V2Event {
    fn from(v: LspUpdated) -> Self {
        Self::LspUpdated(v)
    }
}
impl From<PermissionAsked> for V2Event {
    fn from(v: PermissionAsked) -> Self {
        Self::PermissionAsked(v)
    }
}
impl From<PermissionReplied> for V2Event {
    fn from(v: PermissionReplied) -> Self {
        Self::PermissionReplied(v)
    }
}
impl From<TuiPromptAppend> for V2Event {
    fn from(v: TuiPromptAppend) -> Self {
        Self::TuiPromptAppend(v)
    }
}
impl From<TuiCommandExecute> for V2Event {
    fn from(v: TuiCommandExecute) -> Self {
        Self::TuiCommandExecute(v)
    }
}
impl From<TuiToastShow> for V2Event {
    fn from(v: TuiToastShow) -> Self {
        Self::TuiToastShow(v)
    }
}
impl From<TuiSessionSelect> for V2Event {
    fn from(v: TuiSessionSelect) -> Self {
        Self::TuiSessionSelect(v)
    }
}
impl From<McpToolsChanged> for V2Event {
    fn from(v: McpToolsChanged) -> Self {
        Self::McpToolsChanged(v)
    }
}
impl From<McpBrowserOpenFailed> for V2Event {
    fn from(v: McpBrowserOpenFailed) -> Self {
        Self::McpBrowserOpenFailed(v)
    }
}
impl From<CommandExecuted> for V2Event {
    fn from(v: CommandExecuted) -> Self {
        Self::CommandExecuted(v)
    }
}
impl From<ProjectUpdated> for V2Event {
    fn from(v: ProjectUpdated) -> Self {
        Self::ProjectUpdated(v)
    }
}
impl From<SessionStatusV2> for V2Event {
    fn from(v: SessionStatusV2) -> Self {
        Self::SessionStatus(v)
    }
}
impl From<SessionIdle> for V2Event {
    fn from(v: SessionIdle) -> Self {
        Self::SessionIdle(v)
    }
}
impl From<QuestionAsked> for V2Event {
    fn from(v: QuestionAsked) -> Self {
        Self::QuestionAsked(v)
    }
}
impl From<QuestionRepliedV2> for V2Event {
    fn from(v: QuestionRepliedV2) -> Self {
        Self::QuestionReplied(v)
    }
}
impl From<QuestionRejectedV2> for V2Event {
    fn from(v: QuestionRejectedV2) -> Self {
        Self::QuestionRejected(v)
    }
}
impl From<SessionCompacted> for V2Event {
    fn from(v: SessionCompacted) -> Self {
        Self::SessionCompacted(v)
    }
}
impl From<VcsBranchUpdated> for V2Event {
    fn from(v: VcsBranchUpdated) -> Self {
        Self::VcsBranchUpdated(v)
    }
}
impl From<WorkspaceReady> for V2Event {
    fn from(v: WorkspaceReady) -> Self {
        Self::WorkspaceReady(v)
    }
}
impl From<WorkspaceFailed> for V2Event {
    fn from(v: WorkspaceFailed) -> Self {
        Self::WorkspaceFailed(v)
    }
}
impl From<WorkspaceStatus> for V2Event {
    fn from(v: WorkspaceStatus) -> Self {
        Self::WorkspaceStatus(v)
    }
}
impl From<WorktreeReady> for V2Event {
    fn from(v: WorktreeReady) -> Self {
        Self::WorktreeReady(v)
    }
}
impl From<WorktreeFailed> for V2Event {
    fn from(v: WorktreeFailed) -> Self {
        Self::WorktreeFailed(v)
    }
}
impl From<ServerConnected> for V2Event {
    fn from(v: ServerConnected) -> Self {
        Self::ServerConnected(v)
    }
}
impl From<GlobalDisposed> for V2Event {
    fn from(v: GlobalDisposed) -> Self {
        Self::GlobalDisposed(v)
    }
}
/// The `V2EventStream` schema.
pub type V2EventStream = String;
impl V2Event {
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
            Self::SessionCreated(v) => Some(&v.data.session_id),
            Self::SessionUpdated(v) => Some(&v.data.session_id),
            Self::SessionDeleted(v) => Some(&v.data.session_id),
            Self::MessageUpdated(v) => Some(&v.data.session_id),
            Self::MessageRemoved(v) => Some(&v.data.session_id),
            Self::MessagePartUpdated(v) => Some(&v.data.session_id),
            Self::MessagePartRemoved(v) => Some(&v.data.session_id),
            Self::SessionNextAgentSwitched(v) => Some(&v.data.session_id),
            Self::SessionNextModelSwitched(v) => Some(&v.data.session_id),
            Self::SessionNextMoved(v) => Some(&v.data.session_id),
            Self::SessionNextPrompted(v) => Some(&v.data.session_id),
            Self::SessionNextPromptAdmitted(v) => Some(&v.data.session_id),
            Self::SessionNextContextUpdated(v) => Some(&v.data.session_id),
            Self::SessionNextSynthetic(v) => Some(&v.data.session_id),
            Self::SessionNextShellStarted(v) => Some(&v.data.session_id),
            Self::SessionNextShellEnded(v) => Some(&v.data.session_id),
            Self::SessionNextStepStarted(v) => Some(&v.data.session_id),
            Self::SessionNextStepEnded(v) => Some(&v.data.session_id),
            Self::SessionNextStepFailed(v) => Some(&v.data.session_id),
            Self::SessionNextTextStarted(v) => Some(&v.data.session_id),
            Self::SessionNextTextDelta(v) => Some(&v.data.session_id),
            Self::SessionNextTextEnded(v) => Some(&v.data.session_id),
            Self::SessionNextReasoningStarted(v) => Some(&v.data.session_id),
            Self::SessionNextReasoningDelta(v) => Some(&v.data.session_id),
            Self::SessionNextReasoningEnded(v) => Some(&v.data.session_id),
            Self::SessionNextToolInputStarted(v) => Some(&v.data.session_id),
            Self::SessionNextToolInputDelta(v) => Some(&v.data.session_id),
            Self::SessionNextToolInputEnded(v) => Some(&v.data.session_id),
            Self::SessionNextToolCalled(v) => Some(&v.data.session_id),
            Self::SessionNextToolProgress(v) => Some(&v.data.session_id),
            Self::SessionNextToolSuccess(v) => Some(&v.data.session_id),
            Self::SessionNextToolFailed(v) => Some(&v.data.session_id),
            Self::SessionNextRetried(v) => Some(&v.data.session_id),
            Self::SessionNextCompactionStarted(v) => Some(&v.data.session_id),
            Self::SessionNextCompactionDelta(v) => Some(&v.data.session_id),
            Self::SessionNextCompactionEnded(v) => Some(&v.data.session_id),
            Self::SessionNextRevertStaged(v) => Some(&v.data.session_id),
            Self::SessionNextRevertCleared(v) => Some(&v.data.session_id),
            Self::SessionNextRevertCommitted(v) => Some(&v.data.session_id),
            Self::MessagePartDelta(v) => Some(&v.data.session_id),
            Self::SessionDiff(v) => Some(&v.data.session_id),
            Self::SessionError(v) => v.data.session_id.as_deref(),
            Self::InstallationUpdated(_) => None,
            Self::InstallationUpdateAvailable(_) => None,
            Self::FileEdited(_) => None,
            Self::ReferenceUpdated(_) => None,
            Self::PermissionV2Asked(v) => Some(&v.data.session_id),
            Self::PermissionV2Replied(v) => Some(&v.data.session_id),
            Self::PluginAdded(_) => None,
            Self::ProjectDirectoriesUpdated(_) => None,
            Self::FileWatcherUpdated(_) => None,
            Self::PtyCreated(_) => None,
            Self::PtyUpdated(_) => None,
            Self::PtyExited(_) => None,
            Self::PtyDeleted(_) => None,
            Self::QuestionV2Asked(v) => Some(&v.data.session_id),
            Self::QuestionV2Replied(v) => Some(&v.data.session_id),
            Self::QuestionV2Rejected(v) => Some(&v.data.session_id),
            Self::TodoUpdated(v) => Some(&v.data.session_id),
            Self::LspUpdated(_) => None,
            Self::PermissionAsked(v) => Some(&v.data.session_id),
            Self::PermissionReplied(v) => Some(&v.data.session_id),
            Self::TuiPromptAppend(_) => None,
            Self::TuiCommandExecute(_) => None,
            Self::TuiToastShow(_) => None,
            Self::TuiSessionSelect(v) => Some(&v.data.session_id),
            Self::McpToolsChanged(_) => None,
            Self::McpBrowserOpenFailed(_) => None,
            Self::CommandExecuted(v) => Some(&v.data.session_id),
            Self::ProjectUpdated(_) => None,
            Self::SessionStatus(v) => Some(&v.data.session_id),
            Self::SessionIdle(v) => Some(&v.data.session_id),
            Self::QuestionAsked(v) => Some(&v.data.session_id),
            Self::QuestionReplied(v) => Some(&v.data.session_id),
            Self::QuestionRejected(v) => Some(&v.data.session_id),
            Self::SessionCompacted(v) => Some(&v.data.session_id),
            Self::VcsBranchUpdated(_) => None,
            Self::WorkspaceReady(_) => None,
            Self::WorkspaceFailed(_) => None,
            Self::WorkspaceStatus(_) => None,
            Self::WorktreeReady(_) => None,
            Self::WorktreeFailed(_) => None,
            Self::ServerConnected(_) => None,
            Self::GlobalDisposed(_) => None,
            Self::Unknown { .. } => None,
        }
    }
}
