import { Tabs } from '@mantine/core';
import { IconArchive, IconBuilding, IconCalendarRepeat, IconDatabase, IconGridDots, IconHistory, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useLocation, useParams } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import { useOpenWorkspace } from '../../app/workspace-context';
import { AuditTrailTab } from './audit/AuditTrailTab';
import { BackupsTab } from './backups/BackupsTab';
import { OrganisationTab } from './organisation/OrganisationTab';
import { PeopleTab } from './people/PeopleTab';
import { RiskMatrixTab } from './risk-matrix/RiskMatrixTab';
import { ReviewPolicyTab } from './review-policy/ReviewPolicyTab';
import { WorkspaceFileTab } from './workspace-file/WorkspaceFileTab';
import { TeamTab } from '../team';

export const settingsTabs = [
  { value: 'organisation', label: 'Organisation', icon: IconBuilding, panel: OrganisationTab },
  { value: 'people', label: 'People', icon: IconUsers, panel: PeopleTab },
  { value: 'risk-matrix', label: 'Risk matrix', icon: IconGridDots, panel: RiskMatrixTab },
  { value: 'review-policy', label: 'Review policy', icon: IconCalendarRepeat, panel: ReviewPolicyTab },
  { value: 'workspace', label: 'Workspace file', icon: IconDatabase, panel: WorkspaceFileTab },
  { value: 'team', label: 'Team', icon: IconUsersGroup, panel: TeamTab },
  { value: 'backups', label: 'Backups', icon: IconArchive, panel: BackupsTab },
  { value: 'audit', label: 'Audit trail', icon: IconHistory, panel: AuditTrailTab },
] as const;

/** Settings, one tab per concern; the tab is part of the address (`#/settings/people`) so it can be linked. */
export function SettingsScreen() {
  const workspace = useOpenWorkspace();
  const params = useParams<{ tab?: string }>();
  const [, navigate] = useLocation();
  const active = settingsTabs.find((tab) => tab.value === params.tab)?.value ?? 'organisation';

  return (
    <>
      <PageHeader
        title="Settings"
        description={`Organisation, people, the risk matrix, the review policy, the team, backups and the audit trail of ${workspace.fileName}.`}
      />
      <Tabs value={active} onChange={(value) => value && navigate(`/settings/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {settingsTabs.map(({ value, label, icon: TabIcon }) => (
            <Tabs.Tab key={value} value={value} leftSection={<TabIcon size={16} />}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {settingsTabs.map(({ value, panel: Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
