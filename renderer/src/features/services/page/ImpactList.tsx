import { Anchor, Button, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBarToLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ServiceImpact } from '../../../../../shared/api/services-api';
import { plural } from '../../../lib/format';
import { LifecycleBadge, TierBadge } from '../common/ServiceBadges';
import type { ImpactNode } from './impact-layout';

function ServiceItem({ node }: { node: ImpactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }} role="listitem">
      <Anchor component={Link} href={`/services/${node.id}`} size="sm" display="block" style={{ minWidth: 0 }} truncate title={`${node.code} ${node.name}`}>
        <Text span ff="monospace" size="sm">
          {node.code}
        </Text>{' '}
        {node.name}
      </Anchor>
      <TierBadge tier={node.criticality} size="xs" withTooltip={false} style={{ flexShrink: 0 }} />
      {node.lifecycle !== 'live' && <LifecycleBadge lifecycle={node.lifecycle} size="xs" style={{ flexShrink: 0 }} />}
    </Group>
  );
}

function byDepth(nodes: ImpactNode[]): Array<[number, ImpactNode[]]> {
  const groups = new Map<number, ImpactNode[]>();
  for (const node of nodes) groups.set(node.depth, [...(groups.get(node.depth) ?? []), node]);
  return [...groups].sort(([a], [b]) => a - b);
}

function depthHeading(depth: number, direction: 'up' | 'down'): string {
  if (depth === 1) return 'Directly';
  return direction === 'down' ? `Then, ${depth} steps away` : `Indirectly, ${depth} steps away`;
}

/** A hub service can reach thousands: the nearest are listed until the rest are asked for. */
const PREVIEW = 100;

/** The depth groups with at most `limit` entries shown in all, nearest first. */
function previewGroups(nodes: ImpactNode[], limit: number) {
  const groups: Array<{ depth: number; group: ImpactNode[]; shown: ImpactNode[] }> = [];
  let left = limit;
  for (const [depth, group] of byDepth(nodes)) {
    const shown = group.slice(0, Math.max(0, left));
    left -= shown.length;
    groups.push({ depth, group, shown });
  }
  return groups;
}

function Layers({ nodes, direction, labelId }: { nodes: ImpactNode[]; direction: 'up' | 'down'; labelId: string }) {
  const [all, setAll] = useState(false);
  const groups = previewGroups(nodes, all ? Infinity : PREVIEW);
  return (
    <Stack gap="xs">
      {groups
        .filter(({ shown }) => shown.length > 0)
        .map(({ depth, group, shown }) => (
          <div key={depth}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
              {depthHeading(depth, direction)} ({new Intl.NumberFormat().format(group.length)})
            </Text>
            <Stack gap={4} role="list" aria-labelledby={labelId}>
              {shown.map((node) => (
                <ServiceItem key={node.id} node={node} />
              ))}
            </Stack>
          </div>
        ))}
      {!all && nodes.length > PREVIEW && (
        <Button variant="light" size="compact-sm" w="fit-content" onClick={() => setAll(true)}>
          Show all {new Intl.NumberFormat().format(nodes.length)} (the nearest {PREVIEW} are shown)
        </Button>
      )}
    </Stack>
  );
}

/**
 * The graph as lists, for reading and for screen readers: what this service needs, and what a
 * failure of it hits, nearest first.
 */
export function ImpactList({ impact }: { impact: ServiceImpact }) {
  const upstream = impact.nodes.filter((node) => node.relation === 'dependsOn');
  const downstream = impact.nodes.filter((node) => node.relation === 'dependent');
  const criticalHit = downstream.filter((node) => node.criticality === 1 && node.lifecycle !== 'retired').length;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <section aria-labelledby="impact-depends-on">
        <Group gap="xs" mb="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="gray" size="sm" aria-hidden>
            <IconArrowBarToLeft size={14} />
          </ThemeIcon>
          <Title order={4} size="h5" id="impact-depends-on">
            Depends on: {plural(upstream.length, 'service')}
          </Title>
        </Group>
        {upstream.length ? (
          <Layers nodes={upstream} direction="up" labelId="impact-depends-on" />
        ) : (
          <Text size="sm" c="dimmed">
            Nothing: this service relies on no other service in the catalogue.
          </Text>
        )}
      </section>
      <section aria-labelledby="impact-dependents">
        <Group gap="xs" mb="xs" wrap="nowrap">
          <ThemeIcon variant="light" color={downstream.length ? 'orange' : 'gray'} size="sm" aria-hidden>
            <IconAlertTriangle size={14} />
          </ThemeIcon>
          <Title order={4} size="h5" id="impact-dependents">
            If this fails, these are hit: {plural(downstream.length, 'service')}
          </Title>
        </Group>
        {downstream.length ? (
          <>
            {criticalHit > 0 && (
              <Text size="sm" c="red" fw={600} mb="xs">
                Including {plural(criticalHit, 'tier 1 service')}.
              </Text>
            )}
            <Layers nodes={downstream} direction="down" labelId="impact-dependents" />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No other service depends on this one.
          </Text>
        )}
      </section>
    </SimpleGrid>
  );
}
