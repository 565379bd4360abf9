import { Button, Checkbox, Divider, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { CATALOGUE_COLUMNS, DEFAULT_COLUMNS, normaliseColumns, type ColumnId } from './catalogue-columns';

/** Which columns the table shows; remembered on this computer and kept in saved views. */
export function ColumnChooser({ columns, onChange }: { columns: ColumnId[]; onChange: (columns: ColumnId[]) => void }) {
  const shown = new Set(columns);
  const toggle = (id: ColumnId, on: boolean) => onChange(normaliseColumns(on ? [...columns, id] : columns.filter((item) => item !== id)));
  return (
    <Popover position="bottom-end" width={240} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Show columns
          </Text>
          {CATALOGUE_COLUMNS.map((column) => (
            <Checkbox
              key={column.id}
              size="sm"
              label={column.label}
              checked={column.required || shown.has(column.id)}
              disabled={column.required}
              onChange={(event) => toggle(column.id, event.currentTarget.checked)}
            />
          ))}
          <Divider />
          <Button variant="subtle" size="compact-sm" onClick={() => onChange([...DEFAULT_COLUMNS])}>
            Reset to default columns
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
