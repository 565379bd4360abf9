import { Alert, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { ServiceImpact } from '../../../../../shared/api/services-api';
import { plural } from '../../../lib/format';
import { nearestNeighbourhood, type GraphSelection } from './impact-layout';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { ImpactGraph } from './ImpactGraph';
import { ImpactList } from './ImpactList';

/** Why the graph shows less than the lists, when it does. */
function graphNote(selection: GraphSelection, impact: ServiceImpact): string | null {
  if (selection.depthShown === null) return null;
  const drawn = selection.impact.nodes.length - 1;
  const withinReach = impact.nodes.filter((node) => node.depth <= selection.depthShown!).length - 1;
  const reach = selection.depthShown === 1 ? 'direct links' : `up to ${selection.depthShown} steps away`;
  return `${plural(selection.total - 1, 'service is', 'services are')} connected to this one: too many to draw legibly. The graph shows the nearest ${drawn} (${reach}${drawn < withinReach ? ', most critical first' : ''}); the lists below have them all.`;
}

function DrawnGraph({ impact, serviceId }: { impact: ServiceImpact; serviceId: number }) {
  const selection = useMemo(() => nearestNeighbourhood(impact), [impact]);
  const note = graphNote(selection, impact);
  return (
    <Stack gap="xs">
      {note && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="xs">
          <Text size="sm">{note}</Text>
        </Alert>
      )}
      <ImpactGraph impact={selection.impact} serviceId={serviceId} />
    </Stack>
  );
}

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
          <DrawnGraph impact={impact.data} serviceId={serviceId} />
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
