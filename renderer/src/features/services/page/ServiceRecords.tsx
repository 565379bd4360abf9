import { Anchor, Badge, Group, Paper, Stack, Text, Timeline, Title, Tooltip } from '@mantine/core';
import { IconFileCertificate, IconShieldExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ServiceDetail } from '../../../../../shared/api/services-api';
import { daysBetween, formatDate, formatDateTime, localToday } from '../../../lib/format';
import { LifecycleBadge } from '../common/ServiceBadges';
import { LIFECYCLE_COLOR } from '../common/service-labels';

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {count !== undefined && (
          <Badge variant="light" color="gray" size="sm">
            {count}
          </Badge>
        )}
      </Group>
      {children}
    </Paper>
  );
}

/** When the service entered each lifecycle stage (ISO/IEC 20000-1 8.2: planned, live, retired). */
export function LifecycleHistory({ events }: { events: ServiceDetail['lifecycleEvents'] }) {
  return (
    <Section id="lifecycle-title" title="Lifecycle">
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          No lifecycle changes recorded.
        </Text>
      ) : (
        <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
          {events.map((event, index) => (
            <Timeline.Item
              key={`${event.at}-${index}`}
              color={LIFECYCLE_COLOR[event.lifecycle]}
              title={<LifecycleBadge lifecycle={event.lifecycle} size="sm" />}
            >
              <Text size="xs" c="dimmed" mt={2}>
                {index === 0 ? 'Entered the catalogue' : 'Moved'} {formatDateTime(event.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}

function ContractEnd({ endDate }: { endDate: string | null }) {
  if (!endDate)
    return (
      <Text size="xs" c="dimmed">
        No end date
      </Text>
    );
  const days = daysBetween(localToday(), endDate);
  if (days < 0)
    return (
      <Badge color="red" variant="filled" size="sm" tt="none">
        Ended {formatDate(endDate)}
      </Badge>
    );
  if (days <= 90)
    return (
      <Tooltip label="Ends within 90 days: renew, renegotiate or replace it">
        <Badge color="orange" variant="light" size="sm" tt="none">
          Ends {formatDate(endDate)} · in {days} day{days === 1 ? '' : 's'}
        </Badge>
      </Tooltip>
    );
  return (
    <Text size="xs" c="dimmed">
      Ends {formatDate(endDate)}
    </Text>
  );
}

/** Underpinning contracts and OLAs behind the service, ending ones flagged. */
export function ContractsCard({ contracts }: { contracts: ServiceDetail['contracts'] }) {
  return (
    <Section id="contracts-title" title="Contracts and OLAs" count={contracts.length}>
      {contracts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No supplier contract or OLA supports this service yet.
        </Text>
      ) : (
        <Stack gap="sm">
          {contracts.map((contract) => (
            <div key={contract.id}>
              <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {contract.title}
                </Text>
                <Badge variant="outline" color="gray" size="xs" style={{ flexShrink: 0 }}>
                  {contract.kind === 'ola' ? 'OLA' : 'Contract'}
                </Badge>
              </Group>
              <Group gap="xs" mt={2}>
                <Text size="xs" c="dimmed">
                  {contract.supplierName ?? (contract.kind === 'ola' ? 'Internal team' : 'No supplier')}
                </Text>
                <ContractEnd endDate={contract.endDate} />
              </Group>
            </div>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** SLAs and risks that concern the service, as links to their screens; with `serviceId`, a link to a new SLA for it. */
export function LinkedRecords({ slas, risks, serviceId }: { slas: ServiceDetail['slas']; risks: ServiceDetail['risks']; serviceId?: number }) {
  const item = (href: string, code: string, title: string, status: string) => (
    <Group key={href} gap="xs" wrap="nowrap" justify="space-between" role="listitem">
      <Anchor component={Link} href={href} size="sm" display="block" style={{ flex: 1, minWidth: 0 }} truncate title={`${code} ${title}`}>
        <Text span ff="monospace" size="sm">
          {code}
        </Text>{' '}
        {title}
      </Anchor>
      <Badge variant="light" color="gray" size="xs" style={{ flexShrink: 0 }}>
        {status}
      </Badge>
    </Group>
  );
  return (
    <Section id="linked-title" title="SLAs and risks">
      <Stack gap="md">
        <div>
          <Group gap={6} mb={6}>
            <IconFileCertificate size={16} aria-hidden />
            <Text size="sm" fw={600} id="linked-slas">
              SLAs ({slas.length})
            </Text>
            {serviceId !== undefined && (
              <Anchor component={Link} href={`/slas/new?serviceId=${serviceId}`} size="xs" ml="auto">
                New SLA
              </Anchor>
            )}
          </Group>
          {slas.length ? (
            <Stack gap={4} role="list" aria-labelledby="linked-slas">
              {slas.map((sla) => item(`/slas/${sla.id}`, sla.code, sla.name, sla.status))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              No SLA covers this service.
            </Text>
          )}
        </div>
        <div>
          <Group gap={6} mb={6}>
            <IconShieldExclamation size={16} aria-hidden />
            <Text size="sm" fw={600} id="linked-risks">
              Risks ({risks.length})
            </Text>
            {serviceId !== undefined && (
              <Anchor component={Link} href={`/risks/new?service=${serviceId}`} size="xs" ml="auto">
                New risk
              </Anchor>
            )}
          </Group>
          {risks.length ? (
            <Stack gap={4} role="list" aria-labelledby="linked-risks">
              {risks.map((risk) => item(`/risks/${risk.id}`, risk.code, risk.title, risk.status))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              No risk is linked to this service.
            </Text>
          )}
        </div>
      </Stack>
    </Section>
  );
}
