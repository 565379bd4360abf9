import { Badge, DataList, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ServiceDetail } from '../../../../../shared/api/services-api';
import { serviceFieldLabels } from '../../../../../shared/entity/service-entity';
import { formatDate } from '../../../lib/format';
import { NextReviewDate } from '../../../ui/NextReviewDate';
import { KIND_LABEL, TIER_MEANING } from '../common/service-labels';

const none = (
  <Text size="sm" c="dimmed" span>
    —
  </Text>
);

function Labels({ values }: { values: string[] }) {
  if (!values.length) return none;
  return (
    <Group gap={4}>
      {values.map((value) => (
        <Badge key={value} variant="default" size="sm" tt="none" fw={500} maw="100%" title={value}>
          {value}
        </Badge>
      ))}
    </Group>
  );
}

/** The facts of a service, as an auditor would check them against the catalogue. */
export function ServiceFacts({ service }: { service: ServiceDetail }) {
  const items: Array<[string, ReactNode]> = [
    [
      serviceFieldLabels.ownerId,
      service.ownerName ? (
        <Text size="sm">{service.ownerName}</Text>
      ) : (
        <Text size="sm" c="orange" fw={500}>
          No owner — every service needs one
        </Text>
      ),
    ],
    [serviceFieldLabels.customers, <Labels values={service.customers} />],
    [serviceFieldLabels.kind, <Text size="sm">{KIND_LABEL[service.kind]}</Text>],
    [serviceFieldLabels.category, service.category ? <Text size="sm">{service.category}</Text> : none],
    [serviceFieldLabels.criticality, <Text size="sm">{`Tier ${service.criticality} — ${TIER_MEANING[service.criticality] ?? ''}`}</Text>],
    [serviceFieldLabels.serviceHours, <Text size="sm">{service.serviceHoursText === '24x7' ? '24×7, all year' : service.serviceHoursText}</Text>],
    [serviceFieldLabels.supportContact, service.supportContact ? <Text size="sm">{service.supportContact}</Text> : none],
    [serviceFieldLabels.tags, <Labels values={service.tags} />],
    [serviceFieldLabels.lastReviewDate, <Text size="sm">{service.lastReviewDate ? formatDate(service.lastReviewDate) : 'Never reviewed'}</Text>],
    [serviceFieldLabels.nextReviewDate, <NextReviewDate date={service.nextReviewDate} />],
  ];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="facts-title">
      <Title order={3} size="h4" id="facts-title" mb="md">
        Facts
      </Title>
      <DataList labelWidth={120} gap="sm" size="sm" withDivider>
        {items.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
