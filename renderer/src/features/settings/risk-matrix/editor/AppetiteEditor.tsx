import { Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { NumberField } from '../../../../ui/NumberField';
import { appetiteSentence } from '../band-summary';
import { matrixFromDraft, type MatrixDraft } from '../matrix-draft';
import type { MatrixErrors } from '../matrix-validation';

interface AppetiteEditorProps {
  draft: MatrixDraft;
  errors: MatrixErrors;
  onChange: (draft: MatrixDraft) => void;
}

/** The risk appetite: the band or the score above which a risk needs treatment or an approved acceptance. */
export function AppetiteEditor({ draft, errors, onChange }: AppetiteEditorProps) {
  const matrix = matrixFromDraft(draft);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="appetite-title">
      <Title order={3} size="h5" id="appetite-title" mb={4}>
        Risk appetite
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Risks above the appetite need treatment or an approved acceptance (ISO/IEC 20000-1, 6.1).
      </Text>
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Appetite set by"
          value={draft.appetiteKind}
          onChange={(value) => onChange({ ...draft, appetiteKind: value as MatrixDraft['appetiteKind'] })}
          data={[
            { value: 'band', label: 'Up to a band' },
            { value: 'score', label: 'Up to a score' },
          ]}
          w="fit-content"
        />
        {draft.appetiteKind === 'band' ? (
          <Select
            label="Highest acceptable band"
            data={draft.bands.map((band, index) => ({ value: band.key, label: band.name.trim() || `Band ${index + 1}` }))}
            value={draft.appetiteBand}
            onChange={(value) => value && onChange({ ...draft, appetiteBand: value })}
            allowDeselect={false}
            error={errors['appetite.band']}
            maw={280}
          />
        ) : (
          <NumberField
            label="Highest acceptable score"
            value={Number.isFinite(draft.appetiteScore) ? draft.appetiteScore : ''}
            onChange={(value) => onChange({ ...draft, appetiteScore: value === '' ? Number.NaN : Number(value) })}
            allowDecimal={false}
            allowNegative={false}
            min={1}
            max={1000}
            error={errors['appetite.score']}
            maw={280}
          />
        )}
        <Text size="sm">
          {appetiteSentence(
            matrix.appetite,
            matrix.banding.bands.map((band) => band.name),
          )}
        </Text>
      </Stack>
    </Paper>
  );
}
