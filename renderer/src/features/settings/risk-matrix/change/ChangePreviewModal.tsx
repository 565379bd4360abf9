import { Alert, Button, Group, List, Modal, ScrollArea, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { MatrixChangePreview } from '../../../../../../shared/api/risk-matrix-api';
import type { RiskBasis } from '../../../../../../shared/domain/risk-matrix';
import { plural } from '../../../../lib/format';
import { BASIS_LABELS } from '../../../risks';
import type { RiskMatrix } from '../../../../../../shared/domain/risk-matrix';
import { BandChip, type BandColours } from './BandChip';
import { LevelMapEditor, type FullLevelMap } from './LevelMapEditor';
import { ChangeConsequences } from './ChangeConsequences';

interface ChangePreviewModalProps {
  preview: MatrixChangePreview;
  /** Band colours by name on the current and on the new matrix. */
  colours: { from: BandColours; to: BandColours };
  /** The current and the new matrix, for the level map. */
  matrices: { from: RiskMatrix; to: RiskMatrix };
  levelMap: FullLevelMap;
  onRemap: (levelMap: FullLevelMap) => void;
  /** A new preview is being computed (after a level map change). */
  refreshing: boolean;
  applying: boolean;
  onApply: () => void;
  onClose: () => void;
}

const position = (value: { likelihood: number; impact: number; score: number }) => `${value.likelihood}×${value.impact} · ${value.score}`;
const BASES: RiskBasis[] = ['inherent', 'residual', 'target'];

/**
 * What applying the new matrix would do to the register: band moves per basis, where every
 * occupied cell goes, the risks that change, and anything that cannot be placed (which blocks).
 */
export function ChangePreviewModal({ preview, colours, matrices, levelMap, onRemap, refreshing, applying, onApply, onClose }: ChangePreviewModalProps) {
  const [allCells, setAllCells] = useState(false);
  const cells = allCells ? preview.cells : preview.cells.filter((cell) => cell.positions > 0);
  const blocked = preview.unmappedCount > 0;
  return (
    <Modal opened onClose={onClose} title="Preview the matrix change" size="min(1100px, 95vw)" scrollAreaComponent={ScrollArea.Autosize}>
      <Stack gap="md">
        <Text size="sm">
          From version {preview.fromVersion} ({preview.from}) to {preview.to}: {plural(preview.scoredRisks, 'scored risk')},{' '}
          {plural(preview.changedPositions, 'score')} change position or band.
        </Text>
        <ChangeConsequences preview={preview} />
        {blocked ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`${plural(preview.unmappedCount, 'risk score')} cannot be placed on the new matrix`}>
            <Text size="sm" mb={4}>
              The change cannot be applied until every score has a place: map every level under “How levels move”, or correct those risks first.
            </Text>
            <List size="sm" spacing={2}>
              {preview.unmapped.slice(0, 10).map((item) => (
                <List.Item key={`${item.id}-${item.basis}`}>
                  {item.code} {item.basis} {item.likelihood}×{item.impact}: {item.reason}
                </List.Item>
              ))}
            </List>
            {preview.unmappedCount > Math.min(10, preview.unmapped.length) ? (
              <Text size="sm" mt={4}>
                and {preview.unmappedCount - Math.min(10, preview.unmapped.length)} more.
              </Text>
            ) : null}
          </Alert>
        ) : null}

        <section aria-labelledby="level-map-title">
          <Title order={3} size="h5" id="level-map-title" mb={4}>
            How levels move
          </Title>
          <LevelMapEditor from={matrices.from} to={matrices.to} levelMap={levelMap} onChange={onRemap} disabled={refreshing || applying} />
        </section>

        <section aria-labelledby="band-moves-title">
          <Title order={3} size="h5" id="band-moves-title" mb="xs">
            Band moves
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {BASES.map((basis) => {
              const moves = preview.bandMoves.filter((move) => move.basis === basis);
              return (
                <Table key={basis} aria-label={`${BASIS_LABELS[basis]} band moves`} withTableBorder verticalSpacing={4} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th colSpan={2}>{BASIS_LABELS[basis]}</Table.Th>
                      <Table.Th ta="right">Risks</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {moves.length === 0 ? (
                      <Table.Tr>
                        <Table.Td colSpan={3}>
                          <Text size="sm" c="dimmed">
                            No {basis} scores
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ) : (
                      moves.map((move) => (
                        <Table.Tr key={`${move.from}-${move.to}`} data-changed={move.from !== move.to || undefined}>
                          <Table.Td>
                            <BandChip name={move.from} colours={colours.from} />
                          </Table.Td>
                          <Table.Td>
                            → <BandChip name={move.to} colours={colours.to} />
                          </Table.Td>
                          <Table.Td ta="right" fw={move.from !== move.to ? 700 : undefined}>
                            {move.count}
                          </Table.Td>
                        </Table.Tr>
                      ))
                    )}
                  </Table.Tbody>
                </Table>
              );
            })}
          </SimpleGrid>
        </section>

        <section aria-labelledby="cell-map-title">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5" id="cell-map-title">
              Where each cell goes
            </Title>
            <Switch size="xs" label="Show empty cells too" checked={allCells} onChange={(event) => setAllCells(event.currentTarget.checked)} />
          </Group>
          <ScrollArea.Autosize mah={280}>
            <Table aria-label="Cell mapping" striped verticalSpacing={4} fz="sm" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>From (likelihood×impact · score)</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th ta="right">Scores in it</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cells.map((cell) => (
                  <Table.Tr key={`${cell.from.likelihood}:${cell.from.impact}`}>
                    <Table.Td>
                      {position(cell.from)} <BandChip name={cell.from.band} colours={colours.from} />
                    </Table.Td>
                    <Table.Td>
                      {cell.to ? (
                        <>
                          {position(cell.to)} <BandChip name={cell.to.band} colours={colours.to} />
                        </>
                      ) : (
                        <Text span size="sm" c="red">
                          Not mapped: {cell.reason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{cell.positions}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </section>

        <section aria-labelledby="changed-risks-title">
          <Title order={3} size="h5" id="changed-risks-title" mb="xs">
            Risks whose score changes
          </Title>
          {preview.changes.length === 0 ? (
            <Text size="sm" c="dimmed">
              No risk changes position or band.
            </Text>
          ) : (
            <ScrollArea.Autosize mah={280}>
              <Table aria-label="Risks whose score changes" striped verticalSpacing={4} fz="sm" stickyHeader layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={96}>Risk</Table.Th>
                    <Table.Th>Title</Table.Th>
                    <Table.Th w={90}>Basis</Table.Th>
                    <Table.Th w={190}>From</Table.Th>
                    <Table.Th w={190}>To</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.changes.map((change) => (
                    <Table.Tr key={`${change.id}-${change.basis}`}>
                      <Table.Td>{change.code}</Table.Td>
                      <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={change.title}>
                        {change.title}
                      </Table.Td>
                      <Table.Td>{BASIS_LABELS[change.basis]}</Table.Td>
                      <Table.Td>
                        {position(change.from)} <BandChip name={change.from.band} colours={colours.from} />
                      </Table.Td>
                      <Table.Td>
                        {position(change.to)} <BandChip name={change.to.band} colours={colours.to} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
          {preview.changedPositions > preview.changes.length ? (
            <Text size="xs" c="dimmed" mt={4}>
              The first {preview.changes.length} of {preview.changedPositions} changed scores are listed.
            </Text>
          ) : null}
        </section>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Back to the editor
          </Button>
          <Button onClick={onApply} loading={applying || refreshing} disabled={blocked}>
            Apply the new matrix
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
