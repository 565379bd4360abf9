import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { PreviewCounts } from './import-mode';

/** One headline number of a preview. */
export function Figure({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={color}>
        {new Intl.NumberFormat().format(value)}
      </Text>
    </Paper>
  );
}

/** The preview's four counts: rows, ready, with problems, new people. */
export function PreviewFigures({ preview }: { preview: PreviewCounts & { newOwners: string[] } }) {
  const badRows = preview.rowCount - preview.validCount;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Figure label="Rows in the file" value={preview.rowCount} />
      <Figure label="Ready to import" value={preview.validCount} color="teal" />
      <Figure label="With problems" value={badRows} color={badRows > 0 ? 'red' : undefined} />
      <Figure label="New people" value={preview.newOwners.length} />
    </SimpleGrid>
  );
}
