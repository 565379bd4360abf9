import { Code, Group, List, Paper, Text, Title } from '@mantine/core';

/**
 * What the import leaves out or derives, said before anything is written: the columns it does not
 * read (their cells are not imported) and its notes on the mapped ones (a copied position, a
 * rating only checked). Nothing when there is neither.
 */
export function NotImportedPanel({ ignoredColumns, notes }: { ignoredColumns: string[]; notes: string[] }) {
  if (ignoredColumns.length === 0 && notes.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="not-imported-title" data-testid="not-imported">
      <Title order={3} size="h5" mb={4} id="not-imported-title">
        {ignoredColumns.length ? `Columns that will not be imported (${ignoredColumns.length})` : 'How the columns are read'}
      </Title>
      {ignoredColumns.length > 0 && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            No field is read from these columns, so their cells stay out of the workspace. Go back to the mapping step to read one into a field.
          </Text>
          <Group gap={6} mb={notes.length ? 'sm' : 0} role="group" aria-label="Columns not imported">
            {ignoredColumns.map((header) => (
              <Code key={header} style={{ maxWidth: '100%', overflowWrap: 'anywhere' }}>
                {header}
              </Code>
            ))}
          </Group>
        </>
      )}
      {notes.length > 0 && (
        <List size="sm" spacing={2} aria-label="Notes on the mapping">
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
