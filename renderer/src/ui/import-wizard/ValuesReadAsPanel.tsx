import { Paper, Table, Text, Title } from '@mantine/core';
import type { ImportFieldInfo } from '../../../../shared/api/catalogue-io-api';
import type { ValueReadAsSummary } from '../../../../shared/import/values-read-as';
import { plural } from '../../lib/format';

/**
 * Words of the file read as one of a field's values by synonym ("decommissioned" → Retired), so a
 * reading the user did not expect is seen before anything is written. Nothing when there are none.
 */
export function ValuesReadAsPanel({ readings, fields }: { readings: ValueReadAsSummary[]; fields: ImportFieldInfo[] }) {
  if (readings.length === 0) return null;
  const labelOf = new Map(fields.map((field) => [field.key, field.label]));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="values-read-as-title">
      <Title order={3} size="h5" mb={4} id="values-read-as-title">
        Values read as something else
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        These words are not the field’s own values; the import reads them as shown. Change the file if a reading is wrong.
      </Text>
      <Table verticalSpacing={4} aria-label="Values read as something else" maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            <Table.Th>In the file</Table.Th>
            <Table.Th>Read as</Table.Th>
            <Table.Th>Rows</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {readings.map((reading) => (
            <Table.Tr key={`${reading.field}-${reading.from}-${reading.to}`}>
              <Table.Td>{labelOf.get(reading.field) ?? reading.field}</Table.Td>
              <Table.Td>“{reading.from}”</Table.Td>
              <Table.Td fw={600}>{capitalise(reading.to)}</Table.Td>
              <Table.Td>{plural(reading.rows, 'row')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
