import { Paper, Radio, Stack, Text } from '@mantine/core';
import { plural } from '../../../lib/format';

export type ImportMode = 'all-or-nothing' | 'valid-rows';

/** The counts every import preview has, which decide whether Import can be pressed. */
export interface PreviewCounts {
  mappingProblems: string[];
  rowCount: number;
  validCount: number;
}

/** Why Import cannot be pressed, or null when it can. */
export function importBlockedReason(preview: PreviewCounts, mode: ImportMode): string | null {
  if (preview.mappingProblems.length > 0) return 'Fix the column mapping first.';
  if (preview.validCount === 0) return preview.rowCount === 0 ? 'The file has no rows to import.' : 'No row is ready to import: fix the file and choose it again.';
  const badRows = preview.rowCount - preview.validCount;
  if (mode === 'all-or-nothing' && badRows > 0) {
    return `${badRows === 1 ? '1 row has' : `${badRows} rows have`} problems. Fix the file and choose it again, or import only the valid rows.`;
  }
  return null;
}

/** One headline number of a preview. */
export function Figure({ label, value, color }: { label: string; value: number; color?: string | undefined }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={color}>
        {new Intl.NumberFormat().format(value)}
      </Text>
    </Paper>
  );
}

interface ImportModeChoiceProps {
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  preview: PreviewCounts;
  /** Why all-or-nothing is the safe choice for this kind of file. */
  allOrNothingDescription: string;
}

/** All or nothing (the default) or only the valid rows. */
export function ImportModeChoice({ mode, onModeChange, preview, allOrNothingDescription }: ImportModeChoiceProps) {
  const badRows = preview.rowCount - preview.validCount;
  return (
    <Radio.Group value={mode} onChange={(value) => onModeChange(value as ImportMode)} label="How to import" description="Nothing has been written yet.">
      <Stack gap="sm" mt="sm">
        <Radio value="all-or-nothing" label="All or nothing (recommended)" description={allOrNothingDescription} />
        <Radio
          value="valid-rows"
          disabled={preview.validCount === 0}
          label={`Import the ${plural(preview.validCount, 'valid row')} and skip the rest`}
          description={badRows > 0 ? `The ${plural(badRows, 'row')} with problems are left out; fix them and import them later.` : 'Every row is valid, so nothing would be skipped.'}
        />
      </Stack>
    </Radio.Group>
  );
}
