import { Badge, Group, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import type { RiskAssessment, ScoredRiskPosition } from '../../../../../shared/api/risks-api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { BandBadge } from '../common/BandBadge';
import { positionText } from '../common/score-position';

function Position({ position }: { position: ScoredRiskPosition | null }) {
  if (!position) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" ff="monospace" c="dimmed" style={{ flexShrink: 0 }} aria-label={`likelihood ${position.likelihood} × impact ${position.impact}`}>
        {positionText(position)}
      </Text>
      <BandBadge position={position} size="sm" />
    </Group>
  );
}

const KIND_NOTE: Record<RiskAssessment['kind'], string | null> = {
  assessment: null,
  remap: 'Re-scored by a matrix change',
  import: 'From an imported register',
};

/** Every assessment, newest first: when, by whom, the three positions, the matrix version and why. */
export function AssessmentTable({ assessments }: { assessments: RiskAssessment[] }) {
  const rows = [...assessments].reverse();
  return (
    <ScrollArea.Autosize mah={460} type="auto" offsetScrollbars>
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs" aria-label="Assessments" miw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>Date</Table.Th>
            <Table.Th w={150}>Assessor</Table.Th>
            <Table.Th w={150}>Inherent</Table.Th>
            <Table.Th w={150}>Residual</Table.Th>
            <Table.Th w={150}>Target</Table.Th>
            <Table.Th w={70}>Matrix</Table.Th>
            <Table.Th>Rationale</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((assessment) => {
            const note = KIND_NOTE[assessment.kind];
            return (
              <Table.Tr key={assessment.id}>
                <Table.Td>
                  <Tooltip label={formatDateTime(assessment.assessedAt)}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(assessment.assessedAt)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={assessment.assessorName ?? undefined} c={assessment.assessorName ? undefined : 'dimmed'}>
                    {assessment.assessorName ?? 'Not recorded'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Position position={assessment.inherent} />
                </Table.Td>
                <Table.Td>
                  <Position position={assessment.residual} />
                </Table.Td>
                <Table.Td>
                  <Position position={assessment.target} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    v{assessment.matrixVersion}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {note && (
                    <Badge size="xs" variant="light" color="gray" tt="none" mr={6}>
                      {note}
                    </Badge>
                  )}
                  <Text span size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {assessment.rationale}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
