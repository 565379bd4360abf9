// The public entry of the team feature (issue 15): what other features and the routes use. Everything else in this
// folder is its own business (lint: scripts/eslint/feature-boundaries.js).
export { TeamStatusProvider } from './TeamStatusProvider';
export { TeamStatusIndicator } from './TeamStatusIndicator';
export { TeamNavigation } from './TeamNavigation';
export { TeamTab } from './settings/TeamTab';
export { SyncLogScreen } from './log/SyncLogScreen';
export { ConflictsScreen } from './conflicts/ConflictsScreen';
export { JoinTeamModal } from './JoinTeamModal';
export { TeamMemberChip } from './TeamMemberChip';
export { useTeamStatus, useTeamWorkspace } from './team-status-context';
