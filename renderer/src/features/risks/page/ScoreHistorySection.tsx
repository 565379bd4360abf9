import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import type { RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { plural } from '../../../lib/format';
import { AssessmentTable } from './AssessmentTable';
import { ScoreHistoryChart } from './ScoreHistoryChart';

/** The chart of scores over time and the table of every assessment behind it. */
export function ScoreHistorySection({ risk, matrix, onReassess }: { risk: RiskDetail; matrix: RiskMatrix; onReassess: () => void }) {
  const count = risk.assessments.length;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="risk-history-title">
      <Title order={3} size="h4" id="risk-history-title" mb={2}>
        Assessment history
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {count ? `${plural(count, 'assessment')}, each scored on the matrix it was made with.` : 'Every assessment is kept as a dated row, so trends are real.'}
      </Text>
      {count === 0 ? (
        <Stack align="flex-start" gap="sm">
          <Text size="sm">Not assessed yet.</Text>
          <Button variant="light" leftSection={<IconRefresh size={16} />} onClick={onReassess}>
            Make the first assessment
          </Button>
        </Stack>
      ) : (
        <Stack gap="lg">
          <ScoreHistoryChart assessments={risk.assessments} matrix={matrix} />
          <AssessmentTable assessments={risk.assessments} />
        </Stack>
      )}
    </Paper>
  );
}
