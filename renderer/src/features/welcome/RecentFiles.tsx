import { ActionIcon, Badge, Group, Paper, Stack, Text, ThemeIcon, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconDatabase, IconFileAlert, IconX } from '@tabler/icons-react';
import type { RecentWorkspace } from '../../../../shared/api/workspace-api';
import { baseName, formatDateTime } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import classes from './RecentFiles.module.css';

interface RecentFilesProps {
  recent: RecentWorkspace[];
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
  disabled?: boolean;
}

/** Workspaces opened before, newest first; a file that has gone is marked, not hidden, so it can be forgotten. */
export function RecentFiles({ recent, onOpen, onForget, disabled = false }: RecentFilesProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="sm">
        Recent workspaces
      </Title>
      {recent.length === 0 ? (
        <Text size="sm" c="dimmed">
          No recent workspaces yet. Files you open or create will be listed here.
        </Text>
      ) : (
        <Stack gap={4} component="ul" className={classes.list} aria-label="Recent workspaces">
          {recent.map((item) => {
            const name = baseName(item.path);
            return (
              <Group key={item.path} component="li" wrap="nowrap" gap="xs" className={classes.row}>
                <UnstyledButton
                  className={classes.open}
                  onClick={() => onOpen(item.path)}
                  disabled={!item.exists || disabled}
                  aria-label={item.exists ? `Open ${name}` : `${name} (file missing)`}
                >
                  <Group wrap="nowrap" gap="sm">
                    <ThemeIcon variant="light" color={item.exists ? undefined : 'gray'} radius="md" aria-hidden>
                      {item.exists ? <IconDatabase size={18} /> : <IconFileAlert size={18} />}
                    </ThemeIcon>
                    <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                      <Group gap="xs" wrap="nowrap">
                        <Text fw={500} truncate="end" c={item.exists ? undefined : 'dimmed'}>
                          {name}
                        </Text>
                        {!item.exists && (
                          <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
                            File missing
                          </Badge>
                        )}
                      </Group>
                      <TruncatedText size="xs" c="dimmed" from="start">
                        {item.path}
                      </TruncatedText>
                    </Stack>
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} visibleFrom="sm">
                      {formatDateTime(item.lastOpenedAt)}
                    </Text>
                  </Group>
                </UnstyledButton>
                <Tooltip label="Forget (the file itself is kept)">
                  <ActionIcon variant="subtle" color="gray" onClick={() => onForget(item.path)} aria-label={`Forget ${name}`}>
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
