import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconKey } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { TeamStatus } from '../../../../../shared/team/team-types';
import { formatDateTime, plural } from '../../../lib/format';
import { SyncNowButton } from '../SyncNowButton';
import { displayUrl } from '../team-words';
import { SavedPasswordModal } from './SavedPasswordModal';

const CONNECTION = {
  online: { label: 'Online', color: 'teal' },
  offline: { label: 'Offline', color: 'orange' },
  connecting: { label: 'Connecting', color: 'yellow' },
} as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** A team workspace in Settings: where its team database is, who I connect as, and how the sync stands. */
export function TeamOverview({ status }: { status: TeamStatus }) {
  const connection = CONNECTION[status.connection];
  const member = status.member;
  const [enteringPassword, setEnteringPassword] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              Team workspace
            </Title>
            <Text size="sm" c="dimmed">
              Everyone works on a local copy, offline too; changes are sent and received whenever the team database can be reached.
            </Text>
          </div>
          <Group gap="sm">
            {member && (
              <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setEnteringPassword(true)}>
                Enter a new password
              </Button>
            )}
            <SyncNowButton />
          </Group>
        </Group>
        {status.problem && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="The team database cannot be used right now">
            {status.problem} Your changes are kept here and sent once it works again.
          </Alert>
        )}
        {member?.access === 'read' && (
          <Alert color="blue" icon={<IconEye size={18} />} title="Read only">
            Your role may look at everything but change nothing; the team database itself refuses changes from it.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Fact label="Connection">
            <Badge color={connection.color} variant="light" mb={4}>
              {connection.label}
            </Badge>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {status.teamUrl ? displayUrl(status.teamUrl) : '—'}
            </Text>
          </Fact>
          <Fact label="Member">
            {member ? (
              <>
                {member.personName ?? 'Not linked to a person yet'} · role{' '}
                <Text span ff="monospace">
                  {member.role}
                </Text>{' '}
                · {member.access === 'edit' ? 'may edit' : 'read only'}
              </>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label="Changes waiting">
            {status.waiting === 0 ? 'None — everything is sent' : `${plural(status.waiting, 'change')} not yet accepted by the team database`}{' '}
            <Anchor component={Link} href="/team/log" size="sm">
              Sync log
            </Anchor>
          </Fact>
          <Fact label="Conflicts">
            {status.openConflicts === 0 ? (
              'None'
            ) : (
              <Anchor component={Link} href="/team/conflicts" size="sm" c="red">
                {plural(status.openConflicts, 'conflict')} to resolve
              </Anchor>
            )}
          </Fact>
          <Fact label="Last synced">{status.lastSyncedAt ? formatDateTime(status.lastSyncedAt) : 'Not yet'}</Fact>
          <Fact label="Team workspace id">
            <Text span size="sm" ff="monospace">
              {status.workspaceId ?? '—'}
            </Text>
          </Fact>
        </SimpleGrid>
      </Stack>
      {enteringPassword && member && <SavedPasswordModal role={member.role} onClose={() => setEnteringPassword(false)} />}
    </Paper>
  );
}
