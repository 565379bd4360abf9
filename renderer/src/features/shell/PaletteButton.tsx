import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { modKeyLabel } from '../../lib/platform';
import classes from './PaletteButton.module.css';

/** Looks like a search box because that is what most people try first; opens the command palette. */
export function PaletteButton() {
  return (
    <UnstyledButton className={classes.button} onClick={spotlight.open} aria-label="Open the command palette" aria-keyshortcuts="Control+K Meta+K">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap">
          <IconSearch size={16} aria-hidden />
          <Text size="sm" c="dimmed" visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
            Search or run a command
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap" visibleFrom="md">
          <Kbd size="xs">{modKeyLabel()}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
}
