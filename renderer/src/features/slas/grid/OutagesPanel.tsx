import { ActionIcon, Group, Paper, Skeleton, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ComputedAvailability, Outage } from '../../../../../shared/api/sla-io-api';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { formatWallClock, plural } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { periodLabel } from '../common/SlaBadges';

/** "2026-03-04T09:15" as "4 Mar 2026, 09:15" (in the locale's order) — wall-clock times, shown as written, never shifted by a zone. */
export const wallClockLabel = (moment: string): string => formatWallClock(moment);

/** How long an outage was, in words short enough for a table cell. */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** The months an outage delete recomputed, for the notification. */
export function recomputedSummary(results: ComputedAvailability[]): string | null {
  if (results.length === 0) return 'No agreed availability target had a month to recompute.';
  return `Availability recomputed: ${results.map((r) => `${r.slaCode} ${periodLabel(r.period)} ${Math.round(r.value * 1000) / 1000} %`).join(', ')}.`;
}

/**
 * The outages kept for the SLA's service in the months on screen. Availability targets are
 * computed from them; deleting one recomputes the months it touched.
 */
export function OutagesPanel({ serviceId, serviceCode, from, to }: { serviceId: number; serviceCode: string; from: string; to: string }) {
  const outages = useApiQuery('outages.list', { serviceId, from, to });
  const [deleting, setDeleting] = useState<Outage | null>(null);
  const remove = useApiAction('outages.delete', {
    success: (result) => `Outage of ${wallClockLabel(result.deleted.start)} deleted`,
    successDetail: (result) => recomputedSummary(result.results),
    failure: 'The outage could not be deleted',
  });

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Outages of {serviceCode}
        </Title>
        {outages.data && (
          <Text size="xs" c="dimmed">
            {plural(outages.data.length, 'outage')} from {periodLabel(from)} to {periodLabel(to)}
          </Text>
        )}
      </Group>
      {!outages.data ? (
        <Skeleton h={60} />
      ) : outages.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No outage is recorded for these months. Import an outage log (Import ▸ Outages) and availability is computed from it within the service hours.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} maxHeight={320}>
          <Table verticalSpacing={4} layout="fixed" stickyHeader aria-label="Outages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>Start</Table.Th>
                <Table.Th w={190}>End</Table.Th>
                <Table.Th w={110}>Duration</Table.Th>
                <Table.Th>Notes</Table.Th>
                <Table.Th w={56}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outages.data.map((outage) => (
                <Table.Tr key={outage.id}>
                  <Table.Td>{wallClockLabel(outage.start)}</Table.Td>
                  <Table.Td>{wallClockLabel(outage.end)}</Table.Td>
                  <Table.Td>{durationLabel(outage.minutes)}</Table.Td>
                  <Table.Td maw={0}>
                    <TruncatedText size="sm">{outage.notes || '—'}</TruncatedText>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Delete this outage">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Delete the outage of ${wallClockLabel(outage.start)}`}
                        onClick={() => setDeleting(outage)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {deleting && (
        <ConfirmDeleteModal
          title="Delete this outage?"
          confirmLabel="Delete outage"
          running={remove.running}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.run({ id: deleting.id })}
        >
          The outage from {wallClockLabel(deleting.start)} to {wallClockLabel(deleting.end)} ({durationLabel(deleting.minutes)}) is removed, and the
          availability of the months it touched is computed again without it.
        </ConfirmDeleteModal>
      )}
    </Paper>
  );
}
