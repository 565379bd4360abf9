import { Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { NumberField } from '../../../../ui/NumberField';
import { draftGrid } from '../draft-grid';
import type { MatrixDraft } from '../matrix-draft';
import type { MatrixErrors } from '../matrix-validation';
import { MatrixGrid } from '../MatrixGrid';
import { editScore, setRule } from '../score-draft';

interface ScoreRuleEditorProps {
  draft: MatrixDraft;
  errors: MatrixErrors;
  onChange: (draft: MatrixDraft) => void;
}

/** The score rule: likelihood × impact, or a score typed into every cell. */
export function ScoreRuleEditor({ draft, errors, onChange }: ScoreRuleEditorProps) {
  const tableErrors = Object.entries(errors).filter(([key]) => key.startsWith('score.'));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="score-rule-title">
      <Title order={3} size="h5" id="score-rule-title" mb="xs">
        Score
      </Title>
      <Radio.Group value={draft.rule} onChange={(value) => onChange(setRule(draft, value as MatrixDraft['rule']))} aria-labelledby="score-rule-title">
        <Stack gap={6}>
          <Radio value="product" label="Likelihood × impact" description="The usual rule: a likely, major risk scores 4 × 4 = 16." />
          <Radio value="table" label="A score per cell" description="Type the score of every cell, e.g. to weigh impact more than likelihood." />
        </Stack>
      </Radio.Group>
      {draft.rule === 'table' ? (
        <Stack gap="xs" mt="md">
          <MatrixGrid
            grid={draftGrid(draft)}
            likelihoodLabels={draft.likelihood.map((level) => level.label)}
            impactLabels={draft.impact.map((level) => level.label)}
            label="Score table"
            renderCell={(cell) => (
              <NumberField
                aria-label={`Score of likelihood ${cell.likelihood} × impact ${cell.impact}`}
                value={Number.isFinite(cell.score) ? cell.score : ''}
                onChange={(value) => onChange(editScore(draft, cell.likelihood, cell.impact, value === '' ? Number.NaN : Number(value)))}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                min={1}
                max={1000}
                size="xs"
                error={Boolean(errors[`score.table.${cell.likelihood - 1}.${cell.impact - 1}`])}
                styles={{ input: { textAlign: 'center', fontWeight: 700, paddingInline: 2 } }}
                w="100%"
                p={3}
              />
            )}
          />
          {tableErrors.map(([key, message]) => (
            <Text key={key} size="xs" c="red">
              {message}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Paper>
  );
}
