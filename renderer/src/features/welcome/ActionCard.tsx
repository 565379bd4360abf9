import { Group, Loader, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import classes from './ActionCard.module.css';

interface ActionCardProps {
  icon: Icon;
  title: string;
  description: string;
  onClick: () => void;
  loading?: boolean;
  color?: string;
}

/** One of the big "what do you want to do" choices of the welcome screen: a real button, keyboard included. */
export function ActionCard({ icon: IconComponent, title, description, onClick, loading = false, color }: ActionCardProps) {
  return (
    <UnstyledButton className={classes.card} onClick={onClick} disabled={loading} data-loading={loading || undefined} aria-busy={loading}>
      <Group justify="space-between" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant="light" color={color} aria-hidden>
          <IconComponent size={22} />
        </ThemeIcon>
        {loading && <Loader size="sm" aria-label={`${title}: working`} />}
      </Group>
      <Text fw={600} size="md">
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {description}
      </Text>
    </UnstyledButton>
  );
}
