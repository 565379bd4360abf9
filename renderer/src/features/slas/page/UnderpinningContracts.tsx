import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { SlaDetail } from '../../../../../shared/api/slas-api';
import { useApiQuery } from '../../../api/use-api-query';
import { withUnit } from '../common/SlaBadges';
import { ResultStrip } from './ResultStrip';

/**
 * The contracts and OLAs behind the SLA's service, with their own targets month by month: a
 * breached SLA next to a breached supplier contract points at where to act (ISO/IEC 20000-1 8.2.3).
 * Shows nothing while loading or when no contract of the service has targets.
 */
export function UnderpinningContracts({ sla }: { sla: SlaDetail }) {
  const from = sla.periods[0];
  const to = sla.periods.at(-1);
  const performance = useApiQuery('contracts.performance', from && to ? { serviceId: sla.serviceId, from, to } : null);
  const contracts = performance.data?.contracts ?? [];
  if (contracts.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Underpinning contracts">
      <Title order={3} mb={2}>
        Underpinning contracts and OLAs
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        What suppliers and internal teams commit to for {sla.serviceCode} {sla.serviceName}, in the same months.
      </Text>
      <Stack gap="md">
        {contracts.map(({ contract, targets }) => (
          <div key={contract.id}>
            <Group gap="xs" mb={6} wrap="nowrap">
              <Badge variant="light" color="gray" size="sm" style={{ flexShrink: 0 }}>
                {contract.kind === 'ola' ? 'OLA' : 'Contract'}
              </Badge>
              <Anchor component={Link} href={contract.supplierId ? `/suppliers/${contract.supplierId}` : '/suppliers/contracts'} fw={600} size="sm" truncate>
                {contract.title}
              </Anchor>
              <Text size="sm" c="dimmed" truncate style={{ flex: 1 }}>
                {contract.supplierName ?? contract.internalTeam ?? ''}
              </Text>
              <Anchor component={Link} href={`/contracts/${contract.id}/results`} size="sm" style={{ flexShrink: 0 }}>
                Enter results
              </Anchor>
            </Group>
            <Stack gap={6}>
              {targets.map((row) => (
                <Group key={row.target.id} gap="sm" wrap="nowrap" align="center" aria-label={`${contract.title}: ${row.target.label}`} role="group">
                  <Text size="sm" w={260} truncate title={row.target.label} style={{ flexShrink: 0 }}>
                    {row.target.label}{' '}
                    <Text span size="xs" c="dimmed">
                      {row.target.direction === 'higher' ? '≥' : '≤'} {withUnit(row.target.target, row.target.unit)}
                    </Text>
                  </Text>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <ResultStrip cells={row.cells} unit={row.target.unit} />
                  </div>
                </Group>
              ))}
            </Stack>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
