import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { AuditList } from './AuditList';

interface RecordHistoryProps {
  /** The audit trail's kind of record: risk, service, sla, supplier, contract. */
  entity: 'risk' | 'service' | 'sla' | 'supplier' | 'contract';
  id: number;
  /** "RSK-042", for the list's name. */
  name: string;
}

/**
 * A record's own audit trail on its page, the same lines the audit screen shows (without naming
 * the record on each), newest first, 10 at a time; the full trail screen opens filtered to it.
 */
export function RecordHistory({ entity, id, name }: RecordHistoryProps) {
  const titleId = `history-title-${entity}-${id}`;
  return (
    <Paper withBorder radius="md" p={0} component="section" aria-labelledby={titleId}>
      <Group justify="space-between" px="md" pt="md" pb="xs">
        <Title order={3} size="h4" id={titleId}>
          History
        </Title>
        <Anchor component={Link} href={`/settings/audit?kind=${entity}&record=${id}`} size="sm">
          Open in the audit trail
        </Anchor>
      </Group>
      <AuditList
        // A risk's, SLA's, service's or supplier's reviews are recorded under "review": its History shows them too.
        filter={{ entity, entityId: String(id), ...(entity === 'contract' ? {} : { withReviews: true }) }}
        label={`History of ${name}`}
        pageSize={10}
        withRecord={false}
        empty={
          <Text size="sm" c="dimmed" px="md" pb="md">
            No recorded changes.
          </Text>
        }
      />
    </Paper>
  );
}
