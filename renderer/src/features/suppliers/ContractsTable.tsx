import { Anchor, Badge, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';
import type { Contract } from '../../../../shared/api/suppliers-api';
import { daysBetween, formatDate, localToday } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { CONTRACT_KIND_SHORT, contractStatus } from './contract-status';
import { RowActions } from '../../ui/RowActions';

interface ContractsTableProps {
  contracts: Contract[];
  onEdit: (contract: Contract) => void;
  onDelete: (contract: Contract) => void;
  /** Edit the contract's measurable targets. */
  onTargets?: (contract: Contract) => void;
  /** Show the contract's own audit trail. */
  onHistory?: (contract: Contract) => void;
  /** A contract to mark and scroll to (arrived from the dashboard). */
  focusId?: number | null;
  /** On a supplier's own page the provider column says nothing new. */
  showProvider?: boolean;
  label?: string;
}

const SERVICES_SHOWN = 3;

function Services({ services }: { services: Contract['services'] }) {
  if (services.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None linked
      </Text>
    );
  }
  const rest = services.slice(SERVICES_SHOWN);
  return (
    <Stack gap={2}>
      {services.slice(0, SERVICES_SHOWN).map((service) => (
        <Anchor key={service.id} component={Link} href={`/services/${service.id}`} size="sm" display="block" style={{ minWidth: 0 }}>
          <TruncatedText size="sm" inherit>{`${service.code} · ${service.name}`}</TruncatedText>
        </Anchor>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.map((service) => `${service.code} · ${service.name}`).join('\n')} style={{ whiteSpace: 'pre-line' }}>
          <Text size="xs" c="dimmed" w="fit-content" tabIndex={0}>
            and {rest.length} more
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}

/** The notice date, and how close it is while the contract still runs (missing it renews the contract). */
function NoticeDate({ contract }: { contract: Contract }) {
  if (!contract.noticeDate)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const ended = contract.daysToEnd !== null && contract.daysToEnd < 0;
  const days = daysBetween(localToday(), contract.noticeDate);
  return (
    <>
      <Text size="sm">{formatDate(contract.noticeDate)}</Text>
      {!ended && (
        <Text size="xs" c={days < 0 ? 'red' : days <= 30 ? 'orange' : 'dimmed'}>
          {days < 0 ? 'notice passed' : days === 0 ? 'last day for notice' : `${contract.noticeDays} days’ notice`}
        </Text>
      )}
    </>
  );
}

/** Contracts and OLAs with who provides them, what they cover, their dates and how they stand. */
export function ContractsTable({
  contracts,
  onEdit,
  onDelete,
  onTargets,
  onHistory,
  focusId = null,
  showProvider = true,
  label = 'Contracts',
}: ContractsTableProps) {
  return (
    <Table.ScrollContainer minWidth={(showProvider ? 1060 : 880) + (onTargets ? 32 : 0) + (onHistory ? 32 : 0)}>
      <Table verticalSpacing="sm" highlightOnHover layout="fixed" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Contract</Table.Th>
            {showProvider && <Table.Th w={170}>Supplier or team</Table.Th>}
            <Table.Th w={205}>Services</Table.Th>
            <Table.Th w={130}>Start – end</Table.Th>
            <Table.Th w={120}>Notice by</Table.Th>
            <Table.Th w={170}>Status</Table.Th>
            <Table.Th w={76 + (onTargets ? 32 : 0) + (onHistory ? 32 : 0)}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contracts.map((contract) => {
            const status = contractStatus(contract.daysToEnd);
            const focused = contract.id === focusId;
            return (
              <Table.Tr
                key={contract.id}
                data-status={status.kind}
                data-focused={focused || undefined}
                bg={focused ? 'var(--mantine-primary-color-light)' : undefined}
                ref={focused ? (row) => row?.scrollIntoView({ block: 'center' }) : undefined}
              >
                {/* An edge in the status colour lets a long list be scanned for what needs attention. */}
                <Table.Td
                  maw={0}
                  style={
                    status.kind === 'ending' || status.kind === 'ended' ? { boxShadow: `inset 3px 0 0 var(--mantine-color-${status.color}-6)` } : undefined
                  }
                >
                  <TruncatedText size="sm" fw={600}>
                    {contract.title}
                  </TruncatedText>
                  <Badge size="xs" variant="outline" color={contract.kind === 'ola' ? 'grape' : 'indigo'} mt={4}>
                    {CONTRACT_KIND_SHORT[contract.kind]}
                  </Badge>
                </Table.Td>
                {showProvider && (
                  <Table.Td maw={0}>
                    {contract.kind === 'underpinning' && contract.supplierId !== null ? (
                      <Anchor component={Link} href={`/suppliers/${contract.supplierId}`} size="sm" display="block" style={{ minWidth: 0 }}>
                        <TruncatedText size="sm" inherit>
                          {contract.supplierName ?? '—'}
                        </TruncatedText>
                      </Anchor>
                    ) : (
                      <>
                        <TruncatedText size="sm">{contract.internalTeam ?? '—'}</TruncatedText>
                        <Text size="xs" c="dimmed">
                          internal team
                        </Text>
                      </>
                    )}
                  </Table.Td>
                )}
                <Table.Td maw={0}>
                  <Services services={contract.services} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {contract.startDate ? `${formatDate(contract.startDate)} –` : 'no start date –'}
                  </Text>
                  <Text size="sm" fw={contract.endDate ? 500 : undefined} c={contract.endDate ? undefined : 'dimmed'}>
                    {contract.endDate ? formatDate(contract.endDate) : 'no end date'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NoticeDate contract={contract} />
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={status.color}
                    variant={status.kind === 'active' || status.kind === 'open-ended' ? 'light' : 'filled'}
                    size="md"
                    tt="none"
                    maw="100%"
                  >
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={contract.title}
                    onEdit={() => onEdit(contract)}
                    onDelete={() => onDelete(contract)}
                    onTargets={onTargets && (() => onTargets(contract))}
                    onHistory={onHistory && (() => onHistory(contract))}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
