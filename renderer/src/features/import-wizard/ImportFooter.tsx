import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import type { ImportStep } from './use-import-flow';

interface ImportFooterProps {
  step: ImportStep;
  onCancel: () => void;
  onBack: () => void;
  onNext: () => void;
  nextDisabled: boolean;
  onImport: () => void;
  /** Why Import cannot be pressed, shown beside it and read with it. */
  blocked: string | null;
  importDisabled: boolean;
  importing: boolean;
  /** "Import 3 services", "Import 12 outages". */
  importLabel: string;
}

/** Cancel, Back, and Next or Import, at the foot of every import wizard step before the last. */
export function ImportFooter({ step, onCancel, onBack, onNext, nextDisabled, onImport, blocked, importDisabled, importing, importLabel }: ImportFooterProps) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Group justify="space-between" gap="sm">
        <Button variant="subtle" color="gray" onClick={onCancel}>
          Cancel
        </Button>
        <Group gap="sm" justify="flex-end" style={{ flex: 1 }}>
          {step === 2 && blocked && (
            <Text size="sm" c="red" ta="right" style={{ flex: 1 }} id="import-blocked-reason">
              {blocked}
            </Text>
          )}
          {step > 0 && (
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
              Back
            </Button>
          )}
          {step === 1 && (
            <Button rightSection={<IconArrowRight size={16} />} disabled={nextDisabled} onClick={onNext}>
              Next: preview the rows
            </Button>
          )}
          {step === 2 && (
            <Button
              leftSection={<IconFileImport size={16} />}
              disabled={importDisabled}
              loading={importing}
              onClick={onImport}
              aria-describedby={blocked ? 'import-blocked-reason' : undefined}
            >
              {importLabel}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
