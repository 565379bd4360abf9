import { Badge, Button, Group, Kbd, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { modKeyLabel } from '../lib/platform';

interface FormSaveBarProps {
  submitLabel: string;
  saving: boolean;
  submitDisabled?: boolean;
  onCancel: () => void;
  dirty: boolean;
  /** What the bar says before anything is typed: "No changes yet", "Not recorded yet". */
  cleanText?: string;
}

/**
 * The bar at the foot of every full-page form: Save and Cancel, the keyboard hint, and whether
 * there are unsaved changes. It sticks above the status line, so Save is always in reach.
 */
export function FormSaveBar({ submitLabel, saving, submitDisabled = false, onCancel, dirty, cleanText = 'No changes yet' }: FormSaveBarProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      shadow="sm"
      style={{ position: 'sticky', bottom: 'calc(var(--app-shell-footer-height, 30px) + var(--mantine-spacing-sm))', zIndex: 10 }}
    >
      {/* Buttons on the left: notifications appear bottom right and must not cover them. */}
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Button type="submit" loading={saving} disabled={submitDisabled} leftSection={<IconDeviceFloppy size={16} />}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            {/* The rule of every page form (handlePageFormKeys): Enter in a line never saves. */}
            <Kbd size="xs">{modKeyLabel()}</Kbd> + <Kbd size="xs">Enter</Kbd> saves · <Kbd size="xs">Esc</Kbd> cancels
          </Text>
        </Group>
        {dirty ? (
          <Badge color="orange" variant="light" tt="none" size="lg">
            Unsaved changes
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {cleanText}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
