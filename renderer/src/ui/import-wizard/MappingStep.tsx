import { Alert, Badge, Group, List, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ImportFieldInfo } from '../../../../shared/api/catalogue-io-api';
import type { ColumnMapping } from '../../../../shared/import/column-mapping';

/** The part of a host's import preview the mapping step shows; every importer's preview has it. */
export interface MappingPreview {
  fileName: string;
  columns: string[];
  fields: ImportFieldInfo[];
  mappingProblems: string[];
}

interface MappingStepProps {
  preview: MappingPreview;
  /** The heading of the fields column: "Catalogue field", "Register field". */
  fieldHeading: string;
  mapping: ColumnMapping;
  onChange: (field: string, column: string | null) => void;
}

/**
 * The columns step: one row per field with the file column it is read from. The host's own
 * automatic matching fills it in; every change is checked again by the host straight away.
 */
export function MappingStep({ preview, fieldHeading, mapping, onChange }: MappingStepProps) {
  const columns = [...new Set(preview.columns)];
  const used = new Set(Object.values(mapping).filter((column): column is string => column !== null));
  const unused = columns.filter((column) => !used.has(column));

  return (
    <Stack gap="md">
      {preview.mappingProblems.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title="Fix the column mapping before the rows can be checked" role="alert">
          <List size="sm" spacing={2}>
            {preview.mappingProblems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title="Every required field has a column">
          Check the matches below, then go on to see how each row will be imported.
        </Alert>
      )}
      <Paper withBorder radius="md" p="xs">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" layout="fixed" aria-label="Column mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="45%">{fieldHeading}</Table.Th>
                <Table.Th>Column in {preview.fileName}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.fields.map((field) => {
                const value = mapping[field.key] ?? null;
                const missing = field.required && value === null;
                return (
                  <Table.Tr key={field.key}>
                    <Table.Td>
                      <Text size="sm" fw={500} component="span">
                        {field.label}
                      </Text>
                      {field.required && (
                        <Text component="span" c="red" ml={4} aria-label="required">
                          *
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {field.hint}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Column for ${field.label}`}
                        data={columns}
                        value={value}
                        onChange={(column) => onChange(field.key, column)}
                        placeholder="Not imported"
                        clearable
                        searchable
                        nothingFoundMessage="No column by that name"
                        error={missing ? 'Required: choose a column' : undefined}
                        comboboxProps={{ withinPortal: true }}
                        styles={{ option: { overflowWrap: 'anywhere' } }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {unused.length > 0 && (
        <Group gap={6} align="center">
          <Text size="sm" c="dimmed">
            Not imported from the file:
          </Text>
          {unused.map((column) => (
            <Badge key={column} variant="outline" color="gray" tt="none" maw={360} title={column}>
              {column}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
