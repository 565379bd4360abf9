import { ActionIcon, Button, ColorInput, Group, Paper, Radio, Stack, Text, Title, Tooltip } from '@mantine/core';
import { TextField } from '../../../../ui/TextFields';
import { NumberField } from '../../../../ui/NumberField';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { addBand, BAND_SWATCHES, editBand, MAX_BANDS, MIN_BANDS, removeBand, setBandMode } from '../bands-draft';
import type { MatrixDraft } from '../matrix-draft';
import type { MatrixErrors } from '../matrix-validation';
import { HIDDEN_ERROR_STYLES, RowErrors } from './RowErrors';

interface BandsEditorProps {
  draft: MatrixDraft;
  errors: MatrixErrors;
  onChange: (draft: MatrixDraft) => void;
}

/** The bands, lowest first: name, colour and (by threshold) the minimum score of each. */
export function BandsEditor({ draft, errors, onChange }: BandsEditorProps) {
  const byThreshold = draft.bandMode === 'threshold';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="bands-title">
      <Title order={3} size="h5" id="bands-title" mb="xs">
        Bands
      </Title>
      <Radio.Group value={draft.bandMode} onChange={(value) => onChange(setBandMode(draft, value as MatrixDraft['bandMode']))} aria-labelledby="bands-title">
        <Stack gap={6}>
          <Radio value="threshold" label="By minimum score" description="A cell belongs to the highest band whose minimum score it reaches." />
          <Radio value="cell" label="Per cell" description="Pick a band below, then click cells in the preview to paint them." />
        </Stack>
      </Radio.Group>
      <Stack gap="xs" mt="md">
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" c="dimmed" w={18} />
          <Text size="xs" c="dimmed" w={132} style={{ flex: 'none' }}>
            Colour
          </Text>
          <Text size="xs" c="dimmed" style={{ flex: 1 }}>
            Name
          </Text>
          {byThreshold ? (
            <Text size="xs" c="dimmed" w={110} style={{ flex: 'none' }}>
              Minimum score
            </Text>
          ) : null}
          <Text w={36} />
        </Group>
        {draft.bands.map((band, index) => {
          const number = index + 1;
          const named = band.name.trim() || `band ${number}`;
          const fieldErrors = {
            colour: errors[`banding.bands.${index}.colour`],
            name: errors[`banding.bands.${index}.name`],
            minScore: byThreshold ? errors[`banding.bands.${index}.minScore`] : undefined,
          };
          return (
            <Stack key={band.key} gap={2}>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <Text fw={700} size="sm" w={18} pt={7} ta="right" aria-hidden>
                  {number}
                </Text>
                <ColorInput
                  aria-label={`Band ${number} colour`}
                  value={band.colour}
                  onChange={(colour) => onChange(editBand(draft, band.key, { colour }))}
                  format="hex"
                  swatches={BAND_SWATCHES}
                  swatchesPerRow={5}
                  withEyeDropper={false}
                  error={fieldErrors.colour}
                  styles={HIDDEN_ERROR_STYLES}
                  w={132}
                  style={{ flex: 'none' }}
                />
                <TextField
                  aria-label={`Band ${number} name`}
                  placeholder="Name, e.g. High"
                  value={band.name}
                  maxLength={40}
                  onChange={(event) => onChange(editBand(draft, band.key, { name: event.currentTarget.value }))}
                  error={fieldErrors.name}
                  styles={HIDDEN_ERROR_STYLES}
                  style={{ flex: 1, minWidth: 0 }}
                />
                {byThreshold ? (
                  <NumberField
                    aria-label={`Band ${number} minimum score`}
                    value={Number.isFinite(band.minScore) ? band.minScore : ''}
                    onChange={(value) => onChange(editBand(draft, band.key, { minScore: value === '' ? Number.NaN : Number(value) }))}
                    allowDecimal={false}
                    allowNegative={false}
                    min={1}
                    max={1000}
                    error={fieldErrors.minScore}
                    styles={HIDDEN_ERROR_STYLES}
                    w={110}
                    style={{ flex: 'none' }}
                  />
                ) : null}
                <Tooltip label={draft.bands.length <= MIN_BANDS ? `A matrix needs at least ${MIN_BANDS} bands` : `Remove ${named}`}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size={36}
                    aria-label={`Remove band ${number}`}
                    disabled={draft.bands.length <= MIN_BANDS}
                    onClick={() => onChange(removeBand(draft, band.key))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <RowErrors messages={[fieldErrors.colour, fieldErrors.name, fieldErrors.minScore]} />
            </Stack>
          );
        })}
        {errors['banding.bands'] ? (
          <Text size="xs" c="red">
            {errors['banding.bands']}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={draft.bands.length >= MAX_BANDS}
            onClick={() => onChange(addBand(draft))}
          >
            {draft.bands.length >= MAX_BANDS ? `${MAX_BANDS} bands at most` : 'Add a band'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
