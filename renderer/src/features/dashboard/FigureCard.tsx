import { Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import classes from './FigureCard.module.css';

interface FigureCardProps {
  label: string;
  value: number;
  detail: ReactNode;
  icon: Icon;
  color: string;
  /** The screen that explains the figure. */
  to: string;
}

/** One headline number; the whole card is a link to the screen behind it. */
export function FigureCard({ label, value, detail, icon: FigureIcon, color, to }: FigureCardProps) {
  return (
    <UnstyledButton component={Link} href={to} className={classes.card}>
      <Paper withBorder radius="md" p="md" h="100%" className={classes.paper}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="xs" tt="uppercase" fw={600} c="dimmed" truncate="end">
              {label}
            </Text>
            <Text fz={30} fw={700} lh={1.2}>
              {new Intl.NumberFormat().format(value)}
            </Text>
          </Stack>
          <ThemeIcon variant="light" color={color} size={36} radius="md" aria-hidden>
            <FigureIcon size={20} />
          </ThemeIcon>
        </Group>
        <Text size="sm" c="dimmed" mt={6}>
          {detail}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
