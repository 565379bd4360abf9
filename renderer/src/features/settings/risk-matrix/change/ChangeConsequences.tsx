import { Alert, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { MatrixChangePreview } from '../../../../../../shared/api/risk-matrix-api';
import { formatDate, plural } from '../../../../lib/format';

/** The consequences a reviewer must see before Apply, in one place: band moves of the grid, the appetite count, lapsing acceptances. */
export function ChangeConsequences({ preview }: { preview: MatrixChangePreview }) {
  const { before, after } = preview.aboveAppetite;
  return (
    <section aria-label="What the change does">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Paper withBorder radius="md" p="sm">
          <Title order={3} size="h6" mb={4}>
            Grid positions changing band
          </Title>
          {preview.cellBandMoves.length === 0 ? (
            <Text size="sm" c="dimmed">
              No position of the grid changes band.
            </Text>
          ) : (
            <List size="sm" spacing={2} aria-label="Grid positions changing band">
              {preview.cellBandMoves.map((move) => (
                <List.Item key={`${move.from}-${move.to}`}>
                  <strong>{plural(move.cells, 'position')}</strong> {move.from} → {move.to}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Title order={3} size="h6" mb={4}>
            Above the risk appetite
          </Title>
          <Text size="sm" aria-label="Risks above the appetite">
            <strong>
              {before} → {after}
            </strong>{' '}
            {after === before ? 'risks (no change)' : `risks (${after > before ? '+' : ''}${after - before}) by residual score`}
          </Text>
          {after > before && (
            <Text size="xs" c="dimmed">
              Each needs treatment or an approved acceptance.
            </Text>
          )}
        </Paper>
      </SimpleGrid>
      {preview.lapsingAcceptanceCount > 0 && (
        <Alert
          mt="md"
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={`${plural(preview.lapsingAcceptanceCount, 'approved acceptance')} will lapse`}
          aria-label="Approved acceptances that lapse"
        >
          <Text size="sm" mb={4}>
            An approval covers a score on this matrix; on the new one its risk needs approval again.
          </Text>
          <List size="sm" spacing={2}>
            {preview.lapsingAcceptances.slice(0, 20).map((item) => (
              <List.Item key={item.riskId}>
                {item.code} {item.title} — approved by {item.approverName} on {formatDate(item.approvedOn)}
                {item.expiresOn ? `, until ${formatDate(item.expiresOn)}` : ''}
              </List.Item>
            ))}
          </List>
          {preview.lapsingAcceptanceCount > 20 && <Text size="sm">and {preview.lapsingAcceptanceCount - 20} more.</Text>}
        </Alert>
      )}
    </section>
  );
}
