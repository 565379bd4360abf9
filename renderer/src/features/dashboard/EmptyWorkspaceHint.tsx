import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconBulb, IconFlask, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DashboardSummary } from '../../../../shared/api/overview-api';
import { useWorkspaceFlows } from '../workspace/workspace-flows-context';

/**
 * A new workspace shows only zeros, which tells nobody what to do. Point at the first step that
 * works today (people own everything else) and at the demo, which shows a full register.
 */
export function EmptyWorkspaceHint({ counts }: { counts: DashboardSummary['counts'] }) {
  const flows = useWorkspaceFlows();
  const empty = counts.services === 0 && counts.slas === 0 && counts.openRisks === 0;
  if (!empty && counts.people > 0) return null;

  if (!empty) {
    return (
      <Alert color="blue" variant="light" icon={<IconBulb size={20} />} title="Nobody is named in this workspace yet">
        <Text size="sm" mb="sm">
          Add the people who own services and risks, then choose who you are so your changes carry your name.
        </Text>
        <Button component={Link} href="/settings/people" size="xs" leftSection={<IconUserPlus size={14} />}>
          Add people in Settings
        </Button>
      </Alert>
    );
  }

  return (
    <Alert color="blue" variant="light" icon={<IconBulb size={20} />} title="This workspace is empty — here is where to start">
      <List size="sm" spacing={4} mb="sm">
        <List.Item>
          <strong>Add people in Settings</strong>: service owners, risk owners, reviewers and approvers{counts.people > 0 ? ` (${counts.people} so far)` : ''}.
        </List.Item>
        <List.Item>Choose who you are (top right), so the audit trail names you.</List.Item>
        <List.Item>Services, SLAs and risks are added on their own screens as those screens arrive.</List.Item>
      </List>
      <Group gap="sm">
        <Button component={Link} href="/settings/people" size="xs" leftSection={<IconUserPlus size={14} />}>
          Add people
        </Button>
        <Button variant="default" size="xs" leftSection={<IconFlask size={14} />} onClick={flows.openDemo} loading={flows.busy === 'demo'}>
          Look at the demo workspace
        </Button>
      </Group>
    </Alert>
  );
}
