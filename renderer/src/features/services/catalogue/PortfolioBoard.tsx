import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { IconFilterOff, IconUser } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'wouter';
import { LIFECYCLES, type Lifecycle, type ServiceSummary } from '../../../../../shared/api/services-api';
import { TierBadge } from '../common/ServiceBadges';
import { LIFECYCLE_COLOR, LIFECYCLE_LABEL } from '../common/service-labels';
import { observeRectWithFallback } from '../../../lib/observe-rect';
import classes from './PortfolioBoard.module.css';

const CARD_HEIGHT = 100;
const CARD_GAP = 8;

const COLUMN_HINT: Record<Lifecycle, string> = {
  pipeline: 'Proposed or being built',
  live: 'In service',
  retired: 'Withdrawn, kept for the record',
};

function ServiceCard({ service }: { service: ServiceSummary }) {
  return (
    <Link
      href={`/services/${service.id}`}
      className={classes.card}
      style={{ borderLeftColor: `var(--mantine-color-${LIFECYCLE_COLOR[service.lifecycle]}-filled)` }}
      aria-label={`${service.code} ${service.name}`}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
        <Text size="xs" c="dimmed" ff="monospace" truncate>
          {service.code}
        </Text>
        <TierBadge tier={service.criticality} size="xs" withTooltip={false} />
      </Group>
      <Text size="sm" fw={600} className={classes.name} title={service.name}>
        {service.name}
      </Text>
      <Group gap="xs" wrap="nowrap" justify="space-between" mt="auto" pt={4}>
        <Group gap={4} wrap="nowrap" c="dimmed" style={{ minWidth: 0 }}>
          <IconUser size={12} style={{ flexShrink: 0 }} aria-hidden />
          <Text size="xs" truncate c="dimmed" fs={service.ownerName ? undefined : 'italic'}>
            {service.ownerName ?? 'No owner'}
          </Text>
        </Group>
        {service.dependentCount > 0 && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} title={`${service.dependentCount} services depend on it directly`}>
            {service.dependentCount} dependent{service.dependentCount === 1 ? '' : 's'}
          </Text>
        )}
      </Group>
    </Link>
  );
}

function BoardColumn({ lifecycle, services, filteredOut }: { lifecycle: Lifecycle; services: ServiceSummary[]; filteredOut: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: services.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    overscan: 6,
    paddingStart: CARD_GAP,
    observeElementRect: observeRectWithFallback,
  });
  const titleId = `board-column-${lifecycle}`;
  return (
    <section className={classes.column} aria-labelledby={titleId}>
      <Group className={classes.columnHeader} justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text fw={650} id={titleId}>
            {LIFECYCLE_LABEL[lifecycle]}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {COLUMN_HINT[lifecycle]}
          </Text>
        </div>
        <Badge variant="light" color={LIFECYCLE_COLOR[lifecycle]} size="lg" aria-label={`${services.length} services`}>
          {new Intl.NumberFormat().format(services.length)}
        </Badge>
      </Group>
      <div ref={scrollRef} className={classes.scroller} role="list" aria-labelledby={titleId}>
        {services.length === 0 ? (
          <Group justify="center" gap={6} py="xl" c="dimmed">
            {filteredOut && <IconFilterOff size={16} aria-hidden />}
            <Text size="sm" c="dimmed">
              {filteredOut ? 'Hidden by the lifecycle filter' : 'No services here'}
            </Text>
          </Group>
        ) : (
          <div style={{ height: virtualizer.getTotalSize() + CARD_GAP, position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => (
              <div
                key={services[item.index]!.id}
                role="listitem"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: CARD_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <ServiceCard service={services[item.index]!} />
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/** The portfolio by lifecycle stage: pipeline, live and retired side by side, in the table's order. */
export function PortfolioBoard({ rows, lifecycleFilter }: { rows: ServiceSummary[]; lifecycleFilter: Lifecycle[] }) {
  const byLifecycle: Record<Lifecycle, ServiceSummary[]> = { pipeline: [], live: [], retired: [] };
  for (const row of rows) byLifecycle[row.lifecycle].push(row);
  return (
    <SimpleGrid cols={3} spacing="md" h="100%" style={{ minHeight: 0, gridTemplateRows: 'minmax(0, 1fr)' }} aria-label="Portfolio board">
      {LIFECYCLES.map((lifecycle) => (
        <BoardColumn
          key={lifecycle}
          lifecycle={lifecycle}
          services={byLifecycle[lifecycle]}
          filteredOut={lifecycleFilter.length > 0 && !lifecycleFilter.includes(lifecycle)}
        />
      ))}
    </SimpleGrid>
  );
}
