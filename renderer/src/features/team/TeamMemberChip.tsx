import { Button, Tooltip, UnstyledButton } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { Link } from 'wouter';
import { PersonBadge } from '../../ui/PersonBadge';
import type { TeamMember } from '../../../../shared/team/team-types';

/**
 * "I am" in a team workspace: not chosen on this computer but the person the publisher linked
 * this member's PostgreSQL role to, so the header shows it and leads to Settings ▸ Team instead of
 * offering a choice the app would refuse.
 */
export function TeamMemberChip({ member }: { member: TeamMember }) {
  if (member.personName === null) {
    return (
      <Tooltip label="Your changes are recorded against your team role. The person who published the team workspace links it to a person." multiline w={280}>
        <Button
          component={Link}
          href="/settings/team"
          variant="light"
          color="orange"
          size="xs"
          leftSection={<IconUserQuestion size={16} />}
          aria-label={`Team role ${member.role}, not linked to a person yet. Open Settings, Team`}
        >
          {member.role} · not linked to a person
        </Button>
      </Tooltip>
    );
  }
  return (
    <Tooltip label={`Team role ${member.role}: your changes are recorded against ${member.personName}.`} multiline w={280}>
      <UnstyledButton
        component={Link}
        href="/settings/team"
        aria-label={`I am ${member.personName}, team role ${member.role}. Open Settings, Team`}
        px="xs"
        py={4}
        style={{ borderRadius: 'var(--mantine-radius-md)', maxWidth: 240 }}
      >
        <PersonBadge name={member.personName} />
      </UnstyledButton>
    </Tooltip>
  );
}
