import { ActionIcon, Badge, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { Person } from '../../../../../shared/api/people-api';
import { TruncatedText } from '../../../ui/TruncatedText';

interface PeopleTableProps {
  people: Person[];
  onEdit: (person: Person) => void;
  /** A person to mark (arrived from the palette). */
  focusId: number | null;
}

/** People as a table; long names and roles are cut to one line with the full text on hover. */
export function PeopleTable({ people, onEdit, focusId }: PeopleTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="People" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="32%">Name</Table.Th>
            <Table.Th w="28%">Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th w={100}>Status</Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr
              key={person.id}
              bg={person.id === focusId ? 'var(--mantine-primary-color-light)' : undefined}
              ref={person.id === focusId ? (row) => row?.scrollIntoView({ block: 'center' }) : undefined}
            >
              <Table.Td>
                <TruncatedText size="sm" fw={500} c={person.active ? undefined : 'dimmed'}>
                  {person.name}
                </TruncatedText>
              </Table.Td>
              <Table.Td>
                {person.email ? (
                  <TruncatedText size="sm">{person.email}</TruncatedText>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {person.role ? (
                  <TruncatedText size="sm">{person.role}</TruncatedText>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={person.active ? 'teal' : 'gray'} size="sm">
                  {person.active ? 'Active' : 'Inactive'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Tooltip label="Edit">
                  <ActionIcon variant="subtle" onClick={() => onEdit(person)} aria-label={`Edit ${person.name}`}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
