import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { RiskAcceptance } from '../../../../../shared/api/risk-acceptance-api';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDate } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { APPETITE_STATUS } from './appetite-status';
import { ApproveAcceptanceModal } from './ApproveAcceptanceModal';
import { RevokeAcceptanceModal } from './RevokeAcceptanceModal';

interface AppetitePanelProps {
  riskId: number;
  /** "RSK-004 Legacy payroll server", for dialogs and notifications. */
  riskLabel: string;
}

/**
 * The risk against the appetite (ISO/IEC 20000-1 6.1): within it, treated, or accepted with an
 * approval on record — and the approvals it has had, revoked ones included, as audit evidence.
 */
export function AppetitePanel({ riskId, riskLabel }: AppetitePanelProps) {
  const appetite = useApiQuery('risks.appetite', { riskId });
  const [dialog, setDialog] = useState<'approve' | 'revoke' | null>(null);

  if (appetite.error && !appetite.data) return <ErrorPanel title="The risk appetite could not be loaded" error={appetite.error} onRetry={appetite.reload} />;
  if (!appetite.data) return <Skeleton height={90} />;
  const { status, reason, current, history } = appetite.data;
  const look = APPETITE_STATUS[status];
  const canApprove = status === 'awaiting-approval' || status === 'accepted';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="risk-appetite-title">
      <Group justify="space-between" gap="xs" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5" id="risk-appetite-title">
            Risk appetite
          </Title>
          <Badge color={look.color} variant="light">
            {look.label}
          </Badge>
        </Group>
        <Group gap="xs">
          {current && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDialog('revoke')}>
              Revoke
            </Button>
          )}
          {canApprove && (
            <Button size="compact-sm" variant={status === 'awaiting-approval' ? 'filled' : 'default'} onClick={() => setDialog('approve')}>
              {current ? 'Approve again' : 'Approve acceptance'}
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap="xs">
        {/* An approval in force speaks for itself in the line below, with the dates written out. */}
        {status !== 'accepted' && <Text size="sm">{reason}</Text>}
        {current && <ApprovalLine approval={current} />}
        {history.length > (current ? 1 : 0) && <ApprovalHistory approvals={history} />}
      </Stack>
      {dialog === 'approve' && <ApproveAcceptanceModal riskId={riskId} riskLabel={riskLabel} onClose={() => setDialog(null)} />}
      {dialog === 'revoke' && <RevokeAcceptanceModal riskId={riskId} riskLabel={riskLabel} onClose={() => setDialog(null)} />}
    </Paper>
  );
}

function ApprovalLine({ approval }: { approval: RiskAcceptance }) {
  return (
    <Text size="sm" c="dimmed">
      Approved by {approval.approverName} on {formatDate(approval.approvedOn)}
      {approval.expiresOn ? `, until ${formatDate(approval.expiresOn)}` : ', with no expiry'}
      {approval.approvedPosition ? ` at residual score ${approval.approvedPosition.score} (${approval.approvedPosition.band})` : ''}: “{approval.rationale}”
    </Text>
  );
}

function ApprovalHistory({ approvals }: { approvals: RiskAcceptance[] }) {
  return (
    <Table fz="xs" verticalSpacing={4} aria-label="Acceptance approvals">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Approved</Table.Th>
          <Table.Th>By</Table.Th>
          <Table.Th>Until</Table.Th>
          <Table.Th>Rationale</Table.Th>
          <Table.Th>Revoked</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {approvals.map((approval) => (
          <Table.Tr key={approval.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(approval.approvedOn)}</Table.Td>
            <Table.Td>{approval.approverName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{approval.expiresOn ? formatDate(approval.expiresOn) : '—'}</Table.Td>
            <Table.Td>{approval.rationale}</Table.Td>
            <Table.Td>{approval.revokedOn ? `${formatDate(approval.revokedOn)}: ${approval.revokeReason ?? ''}` : 'In force'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
