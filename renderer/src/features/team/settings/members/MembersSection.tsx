import { ActionIcon, Badge, Button, Group, Paper, Select, Skeleton, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconKey, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState, type CSSProperties } from 'react';
import type { TeamMemberView } from '../../../../../../shared/team/team-types';
import { useApiAction } from '../../../../api/use-api-action';
import { useApiQuery } from '../../../../api/use-api-query';
import { formatDate } from '../../../../lib/format';
import { ConfirmDeleteModal } from '../../../../ui/ConfirmDeleteModal';
import { ErrorPanel } from '../../../../ui/ErrorPanel';
import { AddMemberModal } from './AddMemberModal';
import { SetPasswordModal } from './SetPasswordModal';
import { ACCESS_CHOICES, ACCESS_LABEL, type PersonOption } from './member-words';

/** What the Person column says about a role: the person, or why there is none. */
function personText(member: TeamMemberView): string {
  if (member.person) return member.person.name;
  return member.linked ? 'A person this copy has not received yet' : 'Not linked';
}

/**
 * The row's actions stay at the right edge while the table scrolls sideways: in a 1024-pixel
 * window the columns do not all fit, and Set password / Remove must not hide off screen.
 */
const STICKY_ACTIONS: CSSProperties = {
  position: 'sticky',
  right: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  // A soft edge shows that the columns to its left scroll on under it.
  boxShadow: '-8px 0 8px -8px rgba(0, 0, 0, 0.35)',
};

interface RowProps {
  member: TeamMemberView;
  people: PersonOption[];
  canManage: boolean;
  onRemove: (member: TeamMemberView) => void;
  onSetPassword: (member: TeamMemberView) => void;
}

/** One member; for the publisher, their access and person are changed right in the row. */
function MemberRow({ member, people, canManage, onRemove, onSetPassword }: RowProps) {
  const setAccess = useApiAction('team.setMemberAccess', {
    success: (changed) => `${changed.displayName} now has ${ACCESS_LABEL[changed.access].toLowerCase()} access`,
    failure: 'Could not change the access',
  });
  const link = useApiAction('team.linkPerson', {
    success: (changed) => (changed.person ? `${changed.role} is now ${changed.person.name}` : `${changed.role} is no longer linked to a person`),
    failure: 'Could not link the person',
  });
  const editable = canManage && member.removedAt === null;
  const who = `${member.displayName} (${member.role})`;
  return (
    <Table.Tr c={member.removedAt ? 'dimmed' : undefined}>
      <Table.Td miw={170}>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {member.displayName}
        </Text>
        {member.isYou && (
          <Badge size="xs" variant="light" color="indigo">
            You
          </Badge>
        )}
      </Table.Td>
      <Table.Td miw={140}>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {member.role}
        </Text>
      </Table.Td>
      <Table.Td miw={200}>
        {editable ? (
          <Select
            aria-label={`Person of ${who}`}
            size="xs"
            data={people.map((person) => ({ value: String(person.id), label: person.name }))}
            value={member.person ? String(member.person.id) : null}
            placeholder={personText(member)}
            searchable
            clearable
            nothingFoundMessage="Nobody of that name"
            disabled={link.running}
            onChange={(value) => void link.run({ role: member.role, personId: value === null ? null : Number(value) })}
          />
        ) : (
          <Text size="sm">{personText(member)}</Text>
        )}
      </Table.Td>
      <Table.Td miw={150}>
        {editable ? (
          <Select
            aria-label={`Access of ${who}`}
            size="xs"
            data={ACCESS_CHOICES.map((choice) => ({ value: choice.value, label: choice.label }))}
            value={member.access}
            allowDeselect={false}
            disabled={setAccess.running}
            onChange={(value) => {
              if (value === 'edit' || value === 'read') void setAccess.run({ role: member.role, access: value });
            }}
          />
        ) : (
          <Text size="sm">{ACCESS_LABEL[member.access]}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(member.addedAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {member.removedAt ? formatDate(member.removedAt) : '—'}
        </Text>
      </Table.Td>
      {canManage && (
        <Table.Td style={STICKY_ACTIONS}>
          {editable && (
            <Group gap={4} wrap="nowrap" justify="flex-end">
              <Tooltip label="Set password">
                <ActionIcon variant="subtle" color="gray" aria-label={`Set password of ${who}`} onClick={() => onSetPassword(member)}>
                  <IconKey size={16} />
                </ActionIcon>
              </Tooltip>
              {!member.isYou && (
                <Tooltip label="Remove from the team">
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove ${who}`} onClick={() => onRemove(member)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/**
 * Settings ▸ Team ▸ Members: who may use the team workspace, read from the team database. The
 * publisher (who owns it) adds people, changes their access, links their role to a person and
 * removes them; everyone else sees the list.
 */
export function MembersSection() {
  const members = useApiQuery('team.members', {});
  const people = useApiQuery('people.list', {});
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TeamMemberView | null>(null);
  const [settingPassword, setSettingPassword] = useState<TeamMemberView | null>(null);
  const remove = useApiAction('team.removeMember', {
    success: (removed) => `${removed.displayName} was removed from the team`,
    failure: null,
  });
  const personOptions: PersonOption[] = (people.data ?? []).map((person) => ({ id: person.id, name: person.name }));
  const canManage = members.data?.canManage === true;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              Members
            </Title>
            <Text size="sm" c="dimmed">
              Each person logs in to the team database with a role of their own; the database itself enforces what their access allows.
              {members.data && !canManage && ' Only the person who published the team workspace can change this list.'}
            </Text>
          </div>
          {canManage && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              Add member
            </Button>
          )}
        </Group>
        {members.error !== null && !members.loading ? (
          <ErrorPanel title="The members could not be read" error={members.error} onRetry={members.reload} p="md" />
        ) : !members.data ? (
          <Skeleton height={120} aria-label="Loading the members" />
        ) : members.data.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody is a member yet.{canManage && ' Add the colleagues who will work in this workspace, each with a role of their own.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" aria-label="Members of the team workspace">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Access</Table.Th>
                  <Table.Th>Added</Table.Th>
                  <Table.Th>Removed</Table.Th>
                  {canManage && (
                    <Table.Th style={STICKY_ACTIONS}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.members.map((member) => (
                  <MemberRow
                    key={member.role}
                    member={member}
                    people={personOptions}
                    canManage={canManage}
                    onRemove={setRemoving}
                    onSetPassword={setSettingPassword}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {adding && <AddMemberModal people={personOptions} onClose={() => setAdding(false)} />}
      {settingPassword && <SetPasswordModal member={settingPassword} onClose={() => setSettingPassword(null)} />}
      {removing && (
        <ConfirmDeleteModal
          title={`Remove ${removing.displayName} from the team?`}
          confirmLabel="Remove member"
          refusalTitle={`${removing.displayName} was not removed`}
          running={remove.running}
          onConfirm={() => remove.run({ role: removing.role })}
          onClose={() => setRemoving(null)}
        >
          {removing.displayName} can no longer connect to the team database as <strong>{removing.role}</strong>: their copy stops syncing from now on. Their
          history is kept: the changes they made stay, and the audit trail and sync log still name them. You can add the role again later.
        </ConfirmDeleteModal>
      )}
    </Paper>
  );
}
