import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import { describeDue, formatDate, formatDateTime } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';
import { RISK_LABELS } from '../../../../../shared/entity/risk-entity';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

const none = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

/** Who owns the risk, what it touches, and when it is next looked at. */
export function RiskFacts({ risk }: { risk: RiskDetail }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="risk-facts-title">
      <Title order={3} size="h4" id="risk-facts-title" mb="md">
        Facts
      </Title>
      <Stack gap="md">
        <Fact label={RISK_LABELS.ownerId}>{risk.ownerName ? <Text size="sm">{risk.ownerName}</Text> : none('No owner yet')}</Fact>
        <Fact label={RISK_LABELS.nextReviewDate}>
          {risk.nextReviewDate ? (
            <Group gap={6}>
              <Text size="sm">{formatDate(risk.nextReviewDate)}</Text>
              {risk.reviewOverdue ? (
                <Badge color="red" variant="light" tt="none">
                  Overdue · {describeDue(risk.nextReviewDate)}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed">
                  {describeDue(risk.nextReviewDate)}
                </Text>
              )}
            </Group>
          ) : (
            none('Not scheduled')
          )}
        </Fact>
        <Fact label={RISK_LABELS.category}>{risk.category ? <Text size="sm">{risk.category}</Text> : none('None')}</Fact>
        <Fact label="Services">
          {risk.services.length ? (
            <Stack gap={2}>
              {risk.services.map((service) => (
                <Anchor key={service.id} component={Link} href={`/services/${service.id}`} size="sm" display="block" style={{ minWidth: 0 }}>
                  <TruncatedText size="sm" inherit>{`${service.code} · ${service.name}`}</TruncatedText>
                </Anchor>
              ))}
            </Stack>
          ) : (
            none('No service linked')
          )}
        </Fact>
        <Fact label={RISK_LABELS.supplierId}>
          {risk.supplierId && risk.supplierName ? (
            <Anchor component={Link} href={`/suppliers/${risk.supplierId}`} size="sm">
              {risk.supplierName}
            </Anchor>
          ) : (
            none('None')
          )}
        </Fact>
        <Fact label="Recorded">
          <Text size="sm">
            {formatDateTime(risk.createdAt)}
            <Text span size="xs" c="dimmed">
              {' '}
              · updated {formatDateTime(risk.updatedAt)}
            </Text>
          </Text>
        </Fact>
      </Stack>
    </Paper>
  );
}
