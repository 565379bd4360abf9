import { Anchor, Box, Paper, ScrollArea, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { periodLabel, resultColor, resultLabel } from '../common/SlaBadges';

/** The twelve complete months before `today`, as "YYYY-MM" bounds. */
export function lastTwelveMonths(today: Date = new Date()): { from: string; to: string } {
  const month = (offset: number) => {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - offset, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  return { from: month(12), to: month(1) };
}

/** Services × months, each cell the worst result of the service's agreed SLAs. */
export function PortfolioScreen() {
  const portfolio = useApiQuery('slas.portfolio', { ...lastTwelveMonths(), slaStatus: ['agreed'] });
  if (portfolio.error && !portfolio.data) return <ErrorPanel title="The attainment strip could not be loaded" error={portfolio.error} onRetry={portfolio.reload} />;
  if (!portfolio.data) return <Skeleton h={300} />;
  const { periods, rows } = portfolio.data;
  return (
    <Stack gap="lg">
      <PageHeader title="SLA attainment" description={<Anchor component={Link} href="/slas">All SLAs</Anchor>} />
      {rows.length === 0 ? (
        <Text c="dimmed">No service has an agreed SLA.</Text>
      ) : (
        <Paper withBorder radius="md">
          <ScrollArea>
            <Table aria-label="Attainment" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Service</Table.Th>
                  {periods.map((period) => (
                    <Table.Th key={period} style={{ whiteSpace: 'nowrap', textAlign: 'center' }}>
                      {periodLabel(period).slice(0, 3)}
                      <Text size="10px" c="dimmed">
                        {period.slice(0, 4)}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.serviceId}>
                    <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} href={`/services/${row.serviceId}`} size="sm">
                        {row.serviceCode} {row.serviceName}
                      </Anchor>
                    </Table.Th>
                    {row.cells.map((status, index) => (
                      <Table.Td key={periods[index]} p={2}>
                        <Box
                          aria-label={`${row.serviceName}, ${periodLabel(periods[index]!)}: ${status ? resultLabel[status] : 'No data'}`}
                          data-status={status ?? 'none'}
                          role="img"
                          style={{ height: 22, minWidth: 28, borderRadius: 3, background: status ? `var(--mantine-color-${resultColor[status]}-6)` : 'var(--mantine-color-gray-2)' }}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
    </Stack>
  );
}
