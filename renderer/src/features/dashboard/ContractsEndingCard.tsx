import { Anchor, Badge, EmptyState, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DashboardSummary } from '../../../../shared/api/overview-api';
import { formatDate } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { ENDING_SOON_DAYS, contractStatus, pathForContract } from '../suppliers';

/** Contracts and OLAs to renew or re-procure: ending within 90 days, or ended while live services rely on them. */
export function ContractsEndingCard({ contracts }: { contracts: DashboardSummary['catalogue']['contractsEnding'] }) {
  return (
    <Paper withBorder radius="md" p="md" h="100%" component="section" aria-labelledby="contracts-ending-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4" id="contracts-ending-title">
          Contracts ending within {ENDING_SOON_DAYS} days
        </Title>
        <Anchor component={Link} href={`/suppliers/contracts?ending=${ENDING_SOON_DAYS}`} size="sm">
          All contracts
        </Anchor>
      </Group>
      {contracts.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCalendarCheck size={28} />}
          withIndicatorBackground
          title={`No contract ends in the next ${ENDING_SOON_DAYS} days`}
          description="Underpinning contracts and OLAs show here three months before they end, in time to renew or re-procure."
          py="lg"
        />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" layout="fixed" aria-label="Contracts ending soon">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Contract</Table.Th>
                <Table.Th w="30%">Supplier</Table.Th>
                <Table.Th w={150}>Ends</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracts.map((contract) => {
                const status = contractStatus(contract.daysToEnd);
                return (
                  <Table.Tr key={contract.id}>
                    <Table.Td maw={0}>
                      <Anchor component={Link} href={pathForContract(contract.id)} size="sm" display="block" style={{ minWidth: 0 }}>
                        <TruncatedText size="sm" inherit>
                          {contract.title}
                        </TruncatedText>
                      </Anchor>
                    </Table.Td>
                    <Table.Td maw={0}>
                      <TruncatedText size="sm" c={contract.supplierName ? undefined : 'dimmed'}>
                        {contract.supplierName ?? 'Internal (OLA)'}
                      </TruncatedText>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(contract.endDate)}</Text>
                      <Badge size="sm" variant="light" color={status.color} tt="none">
                        {status.label}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
