import { Anchor, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { useTeamWorkspace } from '../../team';

/**
 * "I am": who this computer's changes are recorded against. In a team workspace it is the person
 * the member's role is linked to (the host refuses a choice here); otherwise it is chosen here.
 */
export function CurrentPersonSelect({ currentPersonId }: { currentPersonId: number | null }) {
  const team = useTeamWorkspace();
  if (team?.member) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Stack gap="xs">
          <Title order={3} size="h4">
            I am
          </Title>
          <Text size="sm" maw={640}>
            {team.member.personName
              ? `In this team workspace you are ${team.member.personName}: the person your team role ${team.member.role} is linked to.`
              : `Your team role ${team.member.role} is not linked to a person yet, so changes are recorded against the role.`}{' '}
            The person who published the team workspace links roles to people in{' '}
            <Anchor component={Link} href="/settings/team" size="sm">
              Settings ▸ Team
            </Anchor>
            .
          </Text>
        </Stack>
      </Paper>
    );
  }
  return <LocalPersonSelect currentPersonId={currentPersonId} />;
}

/** Kept per computer (not in the workspace file), so two people sharing a file each choose themselves. */
function LocalPersonSelect({ currentPersonId }: { currentPersonId: number | null }) {
  const people = useApiQuery('people.list', {});
  const choose = useApiAction('settings.update', {
    success: (result) => {
      if (result.currentPersonId === null) return 'No person chosen on this computer';
      const name = people.data?.find((person) => person.id === result.currentPersonId)?.name;
      return name ? `You are now ${name}` : 'Saved who you are';
    },
    failure: 'Could not change who you are',
  });
  const options = (people.data ?? []).map((person) => ({
    value: String(person.id),
    label: person.role ? `${person.name} — ${person.role}` : person.name,
  }));

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4">
            I am
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            Every change made on this computer is recorded in the audit trail against this person. The choice is kept on this computer only: a colleague opening
            the same file on theirs chooses themselves.
          </Text>
        </div>
        <Select
          label="Person"
          placeholder={people.data && people.data.length === 0 ? 'Nobody has been added yet' : 'Choose who you are'}
          data={options}
          value={currentPersonId === null ? null : String(currentPersonId)}
          onChange={(value) => void choose.run({ currentPersonId: value === null ? null : Number(value) })}
          disabled={choose.running || (people.loading && !people.data)}
          searchable
          clearable
          nothingFoundMessage="Nobody by that name"
          maw={520}
          description={
            people.data && people.data.length === 0 ? (
              <>
                Add people on the{' '}
                <Anchor component={Link} href="/settings/people" size="xs">
                  People
                </Anchor>{' '}
                tab first.
              </>
            ) : (
              'Only active people are offered.'
            )
          }
        />
      </Stack>
    </Paper>
  );
}
