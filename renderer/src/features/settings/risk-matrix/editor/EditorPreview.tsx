import { Alert, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { textOn } from '../../../risks';
import { paintCell } from '../bands-draft';
import { appetiteSentence } from '../band-summary';
import { draftBandSummaries, draftGrid } from '../draft-grid';
import { matrixFromDraft, type MatrixDraft } from '../matrix-draft';
import type { MatrixErrors } from '../matrix-validation';
import { MatrixGrid } from '../MatrixGrid';
import { MatrixLegend } from '../MatrixLegend';

interface EditorPreviewProps {
  draft: MatrixDraft;
  errors: MatrixErrors;
  onChange: (draft: MatrixDraft) => void;
  /** The band painted onto clicked cells in per-cell mode. */
  brush: string;
  onBrushChange: (key: string) => void;
  /** The editor's buttons, kept next to the preview so they stay in view. */
  actions: ReactNode;
}

/** The edited matrix as it will look, live; in per-cell mode its cells are painted with the chosen band. */
export function EditorPreview({ draft, errors, onChange, brush, onBrushChange, actions }: EditorPreviewProps) {
  const matrix = matrixFromDraft(draft);
  const painting = draft.bandMode === 'cell';
  const problems = Object.entries(errors);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="matrix-preview-title" pos="sticky" top={0}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h5" id="matrix-preview-title">
            Preview
          </Title>
          <Text size="xs" c="dimmed">
            {draft.likelihood.length}×{draft.impact.length}, {draft.rule === 'product' ? 'likelihood × impact' : 'score per cell'}
          </Text>
        </Group>
        {painting ? (
          <Radio.Group label="Paint cells with" value={brush} onChange={onBrushChange}>
            <Group gap="xs" mt={4}>
              {draft.bands.map((band, index) => (
                <Radio
                  key={band.key}
                  value={band.key}
                  label={band.name.trim() || `Band ${index + 1}`}
                  styles={{
                    label: {
                      paddingInline: 6,
                      borderRadius: 4,
                      background: band.colour,
                      color: textOn(/^#[0-9a-f]{6}$/i.test(band.colour) ? band.colour : '#868e96'),
                    },
                  }}
                />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <MatrixGrid
          grid={draftGrid(draft)}
          likelihoodLabels={draft.likelihood.map((level) => level.label)}
          impactLabels={draft.impact.map((level) => level.label)}
          label="Preview of the new matrix"
          onCellClick={painting ? (cell) => onChange(paintCell(draft, cell.likelihood, cell.impact, brush)) : undefined}
        />
        <MatrixLegend
          bands={draftBandSummaries(draft)}
          appetite={appetiteSentence(
            matrix.appetite,
            matrix.banding.bands.map((band, index) => band.name.trim() || `Band ${index + 1}`),
          )}
        />
        {problems.length > 0 ? (
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} />}
            title={problems.length === 1 ? 'Fix this before previewing the change' : `Fix these ${problems.length} problems before previewing the change`}
          >
            <List size="sm" spacing={2}>
              {problems.slice(0, 8).map(([key, message]) => (
                <List.Item key={key}>{message}</List.Item>
              ))}
            </List>
            {problems.length > 8 ? (
              <Text size="sm" mt={4}>
                and {problems.length - 8} more.
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {actions}
      </Stack>
    </Paper>
  );
}
