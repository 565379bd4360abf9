import { Table, Text } from '@mantine/core';
import type { RiskLevel } from '../../../../../shared/domain/risk-matrix';

interface ScaleTableProps {
  title: string;
  levels: readonly RiskLevel[];
}

/** A scale's levels, highest first like the grid's rows, with what each one means. */
export function ScaleTable({ title, levels }: ScaleTableProps) {
  return (
    <Table aria-label={`${title} scale`} verticalSpacing={6} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={56}>Level</Table.Th>
          <Table.Th w="30%">{title}</Table.Th>
          <Table.Th>Description</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {levels
          .map((level, index) => ({ level, number: index + 1 }))
          .reverse()
          .map(({ level, number }) => (
            <Table.Tr key={number}>
              <Table.Td fw={700}>{number}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{level.label}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {level.description || (
                  <Text span size="sm" c="dimmed">
                    No description
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
