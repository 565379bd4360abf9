import { ActionIcon, Menu, Tooltip, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react';

const choices: Array<{ value: MantineColorScheme; label: string; icon: Icon }> = [
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
  { value: 'auto', label: 'Same as the system', icon: IconDeviceDesktop },
];

/** Light, dark or follow the system; Mantine's colour scheme manager remembers the choice. */
export function ThemeSwitch() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const current = choices.find((choice) => choice.value === colorScheme) ?? choices[2]!;
  const CurrentIcon = current.icon;
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <Tooltip label={`Theme: ${current.label.toLowerCase()}`}>
          <ActionIcon variant="default" size="lg" aria-label={`Theme: ${current.label}. Change theme`}>
            <CurrentIcon size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Theme</Menu.Label>
        {choices.map(({ value, label, icon: ChoiceIcon }) => (
          <Menu.Item
            key={value}
            leftSection={<ChoiceIcon size={16} />}
            rightSection={value === colorScheme ? <IconCheck size={14} aria-label="current" /> : null}
            onClick={() => setColorScheme(value)}
          >
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
