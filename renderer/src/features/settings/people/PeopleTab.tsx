import { Button, EmptyState, Group, Paper, Skeleton, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'wouter';
import type { Person } from '../../../../../shared/api/people-api';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';

type Editing = { person: Person | null; serial: number } | null;

/** Settings › People: who can own, review and approve. */
export function PeopleTab() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 200);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [params] = useSearchParams();
  const focusId = Number(params.get('focus')) || null;
  const people = useApiQuery('people.list', { search: debouncedSearch || undefined, includeInactive: includeInactive || focusId !== null });

  // A fresh form each time the modal opens, so a cancelled edit leaves nothing behind.
  const edit = (person: Person | null) => setEditing((previous) => ({ person, serial: (previous?.serial ?? 0) + 1 }));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <TextInput
            placeholder="Search name, email or role"
            aria-label="Search people"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={300}
          />
          <Switch label="Show inactive" checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
        </Group>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => edit(null)}>
          Add person
        </Button>
      </Group>

      <Paper withBorder radius="md" p="xs" pos="relative">
        {people.data ? (
          people.data.length > 0 ? (
            <PeopleTable people={people.data} onEdit={edit} focusId={focusId} />
          ) : debouncedSearch ? (
            <EmptyState
              size="sm"
              icon={<IconSearch size={26} />}
              title={`Nobody matches “${debouncedSearch}”`}
              description="Try part of a name, an email or a role."
              py="xl"
            />
          ) : (
            <EmptyState
              size="sm"
              icon={<IconUsers size={26} />}
              withIndicatorBackground
              title="No people yet"
              description="Add the service owners, risk owners, reviewers and approvers of your team."
              py="xl"
            >
              <EmptyState.Actions>
                <Button leftSection={<IconUserPlus size={16} />} onClick={() => edit(null)}>
                  Add the first person
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )
        ) : people.error ? (
          <ErrorPanel title="People could not be loaded" error={people.error} onRetry={people.reload} withBorder={false} />
        ) : (
          <Stack gap="xs" p="xs" aria-busy="true">
            {Array.from({ length: 4 }, (_, index) => (
              <Skeleton key={index} height={28} />
            ))}
          </Stack>
        )}
      </Paper>
      {people.data && people.data.length > 0 && (
        <Text size="xs" c="dimmed">
          {people.data.length === 1 ? '1 person' : `${people.data.length} people`}
          {includeInactive ? ', inactive included' : ''}
        </Text>
      )}

      {editing && <PersonFormModal key={editing.serial} person={editing.person} opened onClose={() => setEditing(null)} />}
    </Stack>
  );
}
