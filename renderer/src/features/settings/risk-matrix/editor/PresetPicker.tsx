import { Button, Group, Text } from '@mantine/core';
import type { MatrixDraft } from '../matrix-draft';
import { applyPreset, MATRIX_PRESETS } from '../matrix-presets';

interface PresetPickerProps {
  draft: MatrixDraft;
  onChange: (draft: MatrixDraft) => void;
}

/** Quick starts: replace both scales with a common size; the bands are carried over to the new score range. */
export function PresetPicker({ draft, onChange }: PresetPickerProps) {
  return (
    <Group gap="xs" role="group" aria-label="Presets">
      <Text size="sm" c="dimmed">
        Start from
      </Text>
      <Button.Group>
        {MATRIX_PRESETS.map((preset) => (
          <Button
            key={preset.value}
            variant={draft.likelihood.length === preset.likelihood.length && draft.impact.length === preset.impact.length ? 'light' : 'default'}
            size="xs"
            aria-label={`Use the ${preset.label} preset`}
            onClick={() => onChange(applyPreset(draft, preset))}
          >
            {preset.label}
          </Button>
        ))}
      </Button.Group>
    </Group>
  );
}
