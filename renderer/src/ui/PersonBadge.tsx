import { Avatar, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Initials for the avatar: "Ada Lovelace" → "AL". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** A person as the header shows "I am": their initials in an avatar, their name, and what follows (a chevron). */
export function PersonBadge({ name, after }: { name: string; after?: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Avatar size="sm" radius="xl" color="indigo" aria-hidden>
        {initials(name)}
      </Avatar>
      <Text size="sm" fw={500} truncate="end">
        {name}
      </Text>
      {after}
    </Group>
  );
}
