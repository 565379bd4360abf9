import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconBulb, IconFileImport, IconFlask, IconShieldExclamation, IconStack2, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DashboardSummary } from '../../../../shared/api/overview-api';
import { useWorkspaceFlows } from '../../app/workspace-flows-context';

/**
 * A new workspace shows only zeros, which tells nobody what to do. Point at the first steps
 * (people own everything else, then services, SLAs and risks) and at the demo, which shows a full register.
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
        <List.Item>
          <strong>Add the services</strong> you run, one by one or imported from a spreadsheet; then agree <strong>SLAs</strong> on them and record the{' '}
          <strong>risks</strong> to them (a risk register can be imported too).
        </List.Item>
      </List>
      <Group gap="sm">
        <Button component={Link} href="/settings/people" size="xs" leftSection={<IconUserPlus size={14} />}>
          Add people
        </Button>
        <Button component={Link} href="/services/new" size="xs" variant="light" leftSection={<IconStack2 size={14} />}>
          Add a service
        </Button>
        <Button component={Link} href="/services/import" size="xs" variant="light" leftSection={<IconFileImport size={14} />}>
          Import services
        </Button>
        <Button component={Link} href="/risks/new" size="xs" variant="light" leftSection={<IconShieldExclamation size={14} />}>
          Add a risk
        </Button>
        <Button variant="default" size="xs" leftSection={<IconFlask size={14} />} onClick={flows.openDemo} loading={flows.busy === 'demo'}>
          Look at the demo workspace
        </Button>
      </Group>
    </Alert>
  );
}
