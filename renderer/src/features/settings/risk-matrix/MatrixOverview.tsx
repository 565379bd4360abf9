import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import type { RiskMatrixInfo } from '../../../../../shared/api/risk-matrix-api';
import { formatDateTime } from '../../../lib/format';
import { appetiteSentence, bandSummaries } from './band-summary';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { ScaleTable } from './ScaleTable';

interface MatrixOverviewProps {
  info: RiskMatrixInfo;
  onChange: () => void;
}

/** The current matrix, read-only: the grid in band colours, the bands, the appetite and both scales. */
export function MatrixOverview({ info, onChange }: MatrixOverviewProps) {
  const { matrix } = info;
  const likelihoodLabels = matrix.likelihood.map((level) => level.label);
  const impactLabels = matrix.impact.map((level) => level.label);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h4">
              Risk matrix
            </Title>
            <Badge variant="light">Version {info.version}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {info.description}. {info.version === 1 ? 'In use since' : 'Changed'} {formatDateTime(info.createdAt)}
            {info.createdBy ? ` by ${info.createdBy}` : ''}.
          </Text>
        </Stack>
        <Button leftSection={<IconAdjustments size={16} />} onClick={onChange}>
          Change the matrix
        </Button>
      </Group>

      <Paper withBorder radius="md" p="md" component="section" aria-label="Current matrix">
        <Stack gap="md" maw={720}>
          <MatrixGrid grid={info.grid} likelihoodLabels={likelihoodLabels} impactLabels={impactLabels} label="Current risk matrix" />
          <MatrixLegend
            bands={bandSummaries(matrix)}
            appetite={appetiteSentence(
              matrix.appetite,
              matrix.banding.bands.map((band) => band.name),
            )}
          />
          <Text size="xs" c="dimmed">
            Score: {matrix.score.rule === 'product' ? 'likelihood × impact' : 'set per cell'}. Bands:{' '}
            {matrix.banding.mode === 'threshold' ? 'by minimum score' : 'assigned per cell'}.
          </Text>
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="likelihood-scale-title">
          <Title order={3} size="h5" id="likelihood-scale-title" mb="xs">
            Likelihood
          </Title>
          <ScaleTable title="Likelihood" levels={matrix.likelihood} />
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="impact-scale-title">
          <Title order={3} size="h5" id="impact-scale-title" mb="xs">
            Impact
          </Title>
          <ScaleTable title="Impact" levels={matrix.impact} />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
