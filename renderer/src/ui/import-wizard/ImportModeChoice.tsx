import { Radio, Stack } from '@mantine/core';
import { plural } from '../../lib/format';
import type { ImportMode, PreviewCounts } from './import-mode';

interface ImportModeChoiceProps {
  preview: PreviewCounts;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  /** Where the rows go, for the all-or-nothing explanation: "the catalogue". */
  destination: string;
  /** Replaces the all-or-nothing explanation built from `destination`. */
  allOrNothingDescription?: string;
}

/** All or nothing (the default) or the valid rows only. */
export function ImportModeChoice({ preview, mode, onModeChange, destination, allOrNothingDescription }: ImportModeChoiceProps) {
  const badRows = preview.rowCount - preview.validCount;
  return (
    <Radio.Group value={mode} onChange={(value) => onModeChange(value as ImportMode)} label="How to import" description="Nothing has been written yet.">
      <Stack gap="sm" mt="sm">
        <Radio
          value="all-or-nothing"
          label="All or nothing (recommended)"
          description={allOrNothingDescription ?? `Import only when every row is ready, so ${destination} never holds half a file.`}
        />
        <Radio
          value="valid-rows"
          disabled={preview.validCount === 0}
          label={`Import the ${plural(preview.validCount, 'valid row')} and skip the rest`}
          description={
            badRows > 0
              ? `The ${plural(badRows, 'row')} with problems are left out; fix them and import them later.`
              : 'Every row is valid, so nothing would be skipped.'
          }
        />
      </Stack>
    </Radio.Group>
  );
}
