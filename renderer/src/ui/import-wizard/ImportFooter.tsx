import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';

interface ImportFooterProps {
  onCancel: () => void;
  /** Shown as Back when given (every step after the first). */
  onBack?: (() => void) | undefined;
  /** The step's way forward: to the next step, or the import itself on the preview step (none on the file step: choosing a file goes on). */
  primary?: { kind: 'next' | 'import'; label: string; disabled: boolean; loading?: boolean; onClick: () => void };
  /** Why the way forward cannot be taken, shown beside it and read with it. */
  blocked: string | null;
}

/** Cancel, Back, and Next or Import, at the foot of every import wizard step before the last. */
export function ImportFooter({ onCancel, onBack, primary, blocked }: ImportFooterProps) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Group justify="space-between" gap="sm">
        <Button variant="subtle" color="gray" onClick={onCancel}>
          Cancel
        </Button>
        <Group gap="sm" justify="flex-end" style={{ flex: 1 }}>
          {blocked && (
            <Text size="sm" c="red" ta="right" style={{ flex: 1 }} id="import-blocked-reason">
              {blocked}
            </Text>
          )}
          {onBack && (
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
              Back
            </Button>
          )}
          {primary && (
            <Button
              leftSection={primary.kind === 'import' ? <IconFileImport size={16} /> : undefined}
              rightSection={primary.kind === 'next' ? <IconArrowRight size={16} /> : undefined}
              disabled={primary.disabled}
              loading={primary.loading}
              onClick={primary.onClick}
              aria-describedby={blocked ? 'import-blocked-reason' : undefined}
            >
              {primary.label}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
