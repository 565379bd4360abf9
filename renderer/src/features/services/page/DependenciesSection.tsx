import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { ImpactGraph } from './ImpactGraph';
import { ImpactList } from './ImpactList';

/** Dependencies and impact: the graph, then the same as lists. */
export function DependenciesSection({ serviceId }: { serviceId: number }) {
  const impact = useApiQuery('services.impact', { id: serviceId });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="dependencies-title">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={3} size="h4" id="dependencies-title">
          Dependencies and impact
        </Title>
        <Text size="xs" c="dimmed">
          Left: what it depends on · right: what a failure of it hits. Click a service to open it.
        </Text>
      </Group>
      {impact.data && impact.data.nodes.some((node) => node.id === serviceId) ? (
        <Stack gap="lg">
          <ImpactGraph impact={impact.data} serviceId={serviceId} />
          <ImpactList impact={impact.data} />
        </Stack>
      ) : impact.error ? (
        <ErrorPanel title="The dependencies could not be loaded" error={impact.error} onRetry={impact.reload} withBorder={false} p={0} />
      ) : (
        <Skeleton height={180} radius="md" />
      )}
    </Paper>
  );
}
