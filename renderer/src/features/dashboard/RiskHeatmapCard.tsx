import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import type { DashboardRisks } from '../../../../shared/api/overview-api';
import { useApiQuery } from '../../api/use-api-query';
import { RiskHeatmap } from '../risks';

/** The residual heat map of open risks; a cell opens the register filtered to it. */
export function RiskHeatmapCard({ risks }: { risks: DashboardRisks }) {
  const [, navigate] = useLocation();
  const matrix = useApiQuery('riskMatrix.get', {});
  const labels = matrix.data?.version === risks.matrixVersion ? matrix.data.matrix : undefined;

  return (
    <Paper withBorder radius="md" p="md" h="100%" component="section" aria-labelledby="risk-heatmap-card-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4" id="risk-heatmap-card-title">
          Residual risk of open risks
        </Title>
        <Group gap="md">
          <Anchor component={Link} href="/risks/heatmaps" size="sm">
            Heat maps
          </Anchor>
          <Anchor component={Link} href="/risks" size="sm">
            Open the register
          </Anchor>
        </Group>
      </Group>
      <RiskHeatmap
        grid={risks.residual}
        label="Residual heat map of open risks"
        likelihoodLabels={labels?.likelihood.map((level) => level.label)}
        impactLabels={labels?.impact.map((level) => level.label)}
        onCellClick={(cell) => navigate(`/risks?cell=residual:${cell.likelihood}:${cell.impact}`)}
      />
      <Group gap="lg" mt="sm" role="list" aria-label="Risk figures">
        <Text size="sm" role="listitem">
          <b>{risks.aboveAppetite}</b> above appetite
        </Text>
        <Text size="sm" role="listitem" c={risks.decisionsDue > 0 ? 'orange.8' : undefined}>
          <Anchor component={Link} href="/risks?status=identified,assessed,treating,monitored&appetite=decision" inherit c="inherit">
            <b>{risks.decisionsDue}</b> {risks.decisionsDue === 1 ? 'decision' : 'decisions'} due
          </Anchor>
        </Text>
        <Text size="sm" role="listitem">
          <Anchor component={Link} href="/risks?review=overdue" inherit c="inherit">
            <b>{risks.overdueReviews}</b> reviews overdue
          </Anchor>
        </Text>
        <Text size="sm" role="listitem">
          <Anchor component={Link} href="/risks?action=overdue" inherit c="inherit">
            <b>{risks.overdueActions}</b> risk actions overdue
          </Anchor>
        </Text>
        {risks.unscored > 0 ? (
          <Text size="sm" c="dimmed" role="listitem">
            {risks.unscored} not scored
          </Text>
        ) : null}
      </Group>
    </Paper>
  );
}
