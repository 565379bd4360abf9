import { Group, Pagination, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportFieldInfo, ImportRowError } from '../../../../shared/api/catalogue-io-api';
import { TruncatedText } from '../TruncatedText';

const PAGE_SIZE = 50;

/** Every problem of every row, paged so a file with thousands of bad rows stays quick. */
export function ImportErrorsTable({ errors, fields }: { errors: ImportRowError[]; fields: ImportFieldInfo[] }) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(errors.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = errors.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const labelOf = new Map(fields.map((field) => [field.key, field.label]));

  return (
    <>
      <Table.ScrollContainer minWidth={640} maxHeight={520}>
        <Table verticalSpacing={6} striped layout="fixed" stickyHeader aria-label="Problems by row">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Row</Table.Th>
              <Table.Th w="28%">Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((error, index) => (
              <Table.Tr key={`${error.row}-${error.field}-${index}`}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {error.row}
                  </Text>
                </Table.Td>
                {/* Spreadsheet headers can be whole sentences: one line each keeps the rows scannable. */}
                <Table.Td maw={0}>
                  <TruncatedText size="sm">{error.column ?? (error.field === 'row' ? 'Whole row' : (labelOf.get(error.field) ?? error.field))}</TruncatedText>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {error.message}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed">
            Problems {(current - 1) * PAGE_SIZE + 1}–{Math.min(current * PAGE_SIZE, errors.length)} of {errors.length}
          </Text>
          <Pagination total={pages} value={current} onChange={setPage} size="sm" aria-label="Pages of problems" />
        </Group>
      )}
    </>
  );
}
