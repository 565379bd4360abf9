import { Burger, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useOpenWorkspace } from '../../app/workspace-context';
import { PaletteButton } from './PaletteButton';
import { PersonMenu } from './PersonMenu';
import { ThemeSwitch } from '../../ui/ThemeSwitch';

interface HeaderBarProps {
  navigationOpened: boolean;
  onToggleNavigation: () => void;
}

/** Organisation, palette, "I am" and theme: what is true for every screen. */
export function HeaderBar({ navigationOpened, onToggleNavigation }: HeaderBarProps) {
  const workspace = useOpenWorkspace();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger opened={navigationOpened} onClick={onToggleNavigation} hiddenFrom="sm" size="sm" aria-label="Show or hide the navigation" />
        <ThemeIcon size={30} radius="md" aria-hidden visibleFrom="xs">
          <IconListCheck size={18} />
        </ThemeIcon>
        <Tooltip label={workspace.organisationName}>
          <Text fw={650} size="lg" truncate="end" component="h1" style={{ margin: 0, minWidth: 0 }}>
            {workspace.organisationName}
          </Text>
        </Tooltip>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <PaletteButton />
        <PersonMenu />
        <ThemeSwitch />
      </Group>
    </Group>
  );
}
