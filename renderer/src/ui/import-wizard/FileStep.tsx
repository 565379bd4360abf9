import { Alert, Button, FileButton, Group, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { formatBytes } from '../../lib/format';
import { IMPORT_ACCEPT } from './import-file';
import classes from './FileStep.module.css';

interface FileStepProps {
  onFile: (file: File) => void;
  /** The file being read and checked, while that happens. */
  pending: { name: string; size: number } | null;
  problem: string | null;
  /** What one row of the file is, for the explanation: "service", "risk". */
  rowNoun: string;
  /** What the columns are matched to: "the catalogue’s fields". */
  target: string;
  /** Replaces the generated explanation, for files whose rows need more words. */
  description?: string;
  /** Replaces the export-as-template tip, for files the app does not export. */
  tip?: string;
}

/** Step 1: choose or drop a .csv or .xlsx file. */
export function FileStep({ onFile, pending, problem, rowNoun, target, description, tip }: FileStepProps) {
  const [dragging, setDragging] = useState(false);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <Stack gap="md">
      <Paper
        className={classes.dropzone}
        data-dragging={dragging || undefined}
        role="group"
        aria-label="Drop a file to import"
        radius="md"
        p="xl"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Stack align="center" gap="sm">
          <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
            <IconFileSpreadsheet size={28} />
          </ThemeIcon>
          <Text fw={600}>Drop a .csv or .xlsx file here</Text>
          <Text size="sm" c="dimmed" ta="center" maw={520}>
            {description ?? `The first row names the columns; each further row is one ${rowNoun}. The next step matches the columns to ${target}.`}
          </Text>
          <FileButton onChange={(file) => file && onFile(file)} accept={IMPORT_ACCEPT}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={pending !== null}>
                Choose a file…
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>
      {pending && (
        <Group gap="sm" aria-live="polite">
          <Loader size="sm" />
          <Text size="sm">
            Reading {pending.name} ({formatBytes(pending.size)}) and checking its rows…
          </Text>
        </Group>
      )}
      {problem && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title="This file cannot be imported" role="alert">
          {problem}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {tip ?? 'Tip: Export ▸ CSV gives a file in exactly the layout the import reads, to use as a template.'}
      </Text>
    </Stack>
  );
}
