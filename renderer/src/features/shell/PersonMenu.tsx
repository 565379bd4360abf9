import { Button, Indicator, Menu, ScrollArea, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown, IconUserCog, IconUserQuestion } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { PersonBadge } from '../../ui/PersonBadge';
import { useApiAction } from '../../api/use-api-action';
import { useApiQuery } from '../../api/use-api-query';
import { useOpenWorkspace } from '../../app/workspace-context';
import { TeamMemberChip, useTeamStatus } from '../team';

/**
 * "I am": who changes are recorded against. In a team workspace that is the person the member's
 * role is linked to (not a choice made here, the host refuses one); otherwise the person chosen on
 * this computer. Until the first team status arrives the header cannot tell which applies, so it
 * shows a neutral placeholder rather than a prompt ("Choose who you are") that may be wrong. If the
 * host cannot say, the choice made on this computer is offered as before.
 */
export function PersonMenu() {
  const { status, error } = useTeamStatus();
  if (status === undefined && error === null) return <Skeleton height={28} width={150} radius="md" aria-label="Finding out who you are" role="status" />;
  return status?.mode === 'team' && status.member ? <TeamMemberChip member={status.member} /> : <LocalPersonMenu />;
}

/**
 * Without a choice the audit trail only names the computer's account, so the header asks for one
 * until it is made.
 */
function LocalPersonMenu() {
  const workspace = useOpenWorkspace();
  const [, navigate] = useLocation();
  const people = useApiQuery('people.list', {});
  const choose = useApiAction('settings.update', {
    success: (result) => {
      if (result.currentPersonId === null) return 'No person chosen on this computer';
      const name = people.data?.find((person) => person.id === result.currentPersonId)?.name;
      return name ? `You are now ${name}` : 'Saved who you are';
    },
    failure: 'Could not change who you are',
  });
  const current = workspace.currentPerson;

  return (
    <Menu position="bottom-end" withArrow width={300}>
      <Menu.Target>
        {current ? (
          <UnstyledButton
            aria-label={`I am ${current.name}. Change who you are`}
            px="xs"
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-md)', maxWidth: 220 }}
          >
            <PersonBadge name={current.name} after={<IconChevronDown size={14} style={{ flexShrink: 0 }} aria-hidden />} />
          </UnstyledButton>
        ) : (
          <Indicator color="orange" processing size={8} offset={4}>
            <Button variant="light" color="orange" size="xs" leftSection={<IconUserQuestion size={16} />}>
              Choose who you are
            </Button>
          </Indicator>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>I am… (remembered on this computer)</Menu.Label>
        <Text size="xs" c="dimmed" px="sm" pb="xs">
          Every change you make here is recorded in the audit trail against this person.
        </Text>
        {people.data && people.data.length === 0 && (
          <Text size="sm" px="sm" py="xs">
            Nobody has been added yet.
          </Text>
        )}
        <ScrollArea.Autosize mah={260}>
          {people.data?.map((person) => (
            <Menu.Item
              key={person.id}
              onClick={() => void choose.run({ currentPersonId: person.id })}
              rightSection={person.id === current?.id ? <IconCheck size={14} aria-label="current" /> : null}
            >
              {/* A fixed measure: menu items size to their content, so "truncate" alone would never cut. */}
              <Text size="sm" truncate="end" maw={236} title={person.name}>
                {person.name}
              </Text>
              {person.role && (
                <Text size="xs" c="dimmed" truncate="end" maw={236} title={person.role}>
                  {person.role}
                </Text>
              )}
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
        <Menu.Divider />
        <Menu.Item leftSection={<IconUserCog size={16} />} onClick={() => navigate('/settings/people')}>
          Manage people
        </Menu.Item>
        {current && (
          <Menu.Item color="gray" onClick={() => void choose.run({ currentPersonId: null })}>
            I am not on the list
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
