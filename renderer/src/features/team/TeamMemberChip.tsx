import { Avatar, Button, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { TeamMember } from '../../../../shared/team/team-types';

/** Initials for the avatar: "Ada Lovelace" → "AL". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

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
        <Group gap="xs" wrap="nowrap">
          <Avatar size="sm" radius="xl" color="indigo" aria-hidden>
            {initials(member.personName)}
          </Avatar>
          <Text size="sm" fw={500} truncate="end">
            {member.personName}
          </Text>
        </Group>
      </UnstyledButton>
    </Tooltip>
  );
}
