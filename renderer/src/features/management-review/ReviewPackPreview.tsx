import { Box, Grid, NavLink, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PackModel } from '../../../../shared/management-review/pack-model';
import { PackBlockView } from './PackBlockView';

/** The pack's print view, section by section: the same model the PDF, Word and Excel writers draw. */
export function ReviewPackPreview({ model }: { model: PackModel }) {
  const [current, setCurrent] = useState<string>('cover');
  const section = model.sections.find((s) => s.key === current);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Paper withBorder p={4}>
          <NavLink label="Cover" active={current === 'cover'} onClick={() => setCurrent('cover')} />
          {model.sections.map((s) => (
            <NavLink key={s.key} label={s.title} description={s.clause ?? undefined} active={current === s.key} onClick={() => setCurrent(s.key)} />
          ))}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Paper withBorder shadow="xs" p="xl" maw={820} aria-label="Pack print view" style={{ background: 'var(--mantine-color-body)' }}>
          <ScrollArea.Autosize mah="calc(100vh - 260px)">
            {section ? (
              <Stack gap="md">
                <Title order={3} c="blue.8">
                  {section.clause ? `${section.title} · ${section.clause}` : section.title}
                </Title>
                {section.blocks.map((block, index) => (
                  <PackBlockView key={index} block={block} />
                ))}
              </Stack>
            ) : (
              <Stack gap="md">
                <Text c="dimmed">{model.organisation}</Text>
                <Box>
                  <Text c="blue.7" fw={600} size="sm">
                    Management review
                  </Text>
                  <Title order={2}>{model.title}</Title>
                  <Text c="dimmed" size="xs">
                    ISO/IEC 20000-1:2018, clause 9.3
                  </Text>
                </Box>
                <Table withRowBorders aria-label="Cover">
                  <Table.Tbody>
                    {model.cover.map(([label, value]) => (
                      <Table.Tr key={label}>
                        <Table.Th w={160}>{label}</Table.Th>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            )}
          </ScrollArea.Autosize>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
