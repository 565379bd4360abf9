import { Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { PackBlock } from '../../../../shared/management-review/pack-model';
import type { HeatMapView } from '../../../../shared/management-review/risks-input';
import { BurnDownChart } from './BurnDownChart';
import { RAG_BADGE } from './review-labels';

/** Rows a table shows on screen; the Excel pack has them all. */
const SCREEN_ROWS = 50;
const SHORT_CELL = 12;

function HeatMap({ title, map }: { title: string; map: HeatMapView }) {
  return (
    <Stack gap={4} aria-label={`Heat map ${title}`}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Box style={{ display: 'grid', gridTemplateColumns: `90px repeat(${map.impact.length}, 44px)`, gap: 2 }}>
        {map.counts.map((row, r) => [
          <Text key={`l${r}`} size="xs" ta="right" pr={4} style={{ alignSelf: 'center' }}>
            {map.likelihood[r]}
          </Text>,
          ...row.map((count, c) => (
            <Box key={`${r}:${c}`} h={32} style={{ background: map.colours[r]![c], display: 'grid', placeItems: 'center', borderRadius: 3 }}>
              <Text size="xs" fw={700} c="dark.9">
                {count || ''}
              </Text>
            </Box>
          )),
        ])}
        <span />
        {map.impact.map((label) => (
          <Text key={label} size="xs" ta="center" lineClamp={2}>
            {label}
          </Text>
        ))}
      </Box>
      <Text size="xs" c="dimmed">
        {map.total.toLocaleString('en-GB')} scored, {map.unscored.toLocaleString('en-GB')} not scored
      </Text>
    </Stack>
  );
}

function Bars({ block }: { block: Extract<PackBlock, { kind: 'bars' }> }) {
  const max = block.unit === '%' ? 100 : Math.max(1, ...block.bars.map((b) => Math.max(b.value ?? 0, b.previous ?? 0)));
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {block.title}
      </Text>
      <svg
        role="img"
        aria-label={block.title}
        width="100%"
        height={block.bars.length * 22}
        viewBox={`0 0 460 ${block.bars.length * 22}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {block.bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * 22})`}>
            <text x={0} y={11} fontSize={11} fill="currentColor">
              {bar.label}
            </text>
            <rect x={80} y={2} width={300} height={11} fill="var(--mantine-color-default-border)" />
            {bar.value !== null && <rect x={80} y={2} width={(300 * bar.value) / max} height={11} fill="var(--mantine-color-blue-6)" />}
            {bar.previous != null && <rect x={80} y={14} width={(300 * bar.previous) / max} height={3} fill="var(--mantine-color-gray-5)" />}
            <text x={388} y={11} fontSize={11} fill="currentColor">
              {bar.value === null ? '—' : `${bar.value}${block.unit ? ` ${block.unit}` : ''}`}
            </text>
          </g>
        ))}
      </svg>
    </Stack>
  );
}

/** One block of the pack as the preview and the record page show it. */
export function PackBlockView({ block }: { block: PackBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <Text
          size="sm"
          c={block.style === 'muted' || block.style === 'prompt' ? 'dimmed' : undefined}
          fs={block.style === 'muted' ? 'italic' : undefined}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {block.text}
        </Text>
      );
    case 'subheading':
      return <Title order={5}>{block.text}</Title>;
    case 'heatmaps':
      return (
        <Group align="flex-start" gap="xl">
          {block.maps.map((m) => (
            <HeatMap key={m.title} title={m.title} map={m.map} />
          ))}
        </Group>
      );
    case 'bars':
      return <Bars block={block} />;
    case 'burndown':
      return <BurnDownChart block={block} />;
    case 'table':
      if (block.rows.length === 0)
        return block.empty ? (
          <Text size="sm" c="dimmed" fs="italic">
            {block.empty}
          </Text>
        ) : null;
      return (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {block.name}
          </Text>
          <Table.ScrollContainer minWidth={500}>
            <Table striped withTableBorder fz="xs" aria-label={block.name}>
              <Table.Thead>
                <Table.Tr>
                  {block.columns.map((column) => (
                    <Table.Th key={column}>{column}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {block.rows.slice(0, SCREEN_ROWS).map((row, r) => (
                  <Table.Tr key={r}>
                    {row.map((cell, c) => {
                      const rag = block.rag?.[r];
                      return (
                        // Short cells (dates, statuses, counts) never wrap mid-word at 1024 px; long text wraps at words.
                        <Table.Td key={c} style={cell.length <= SHORT_CELL ? { whiteSpace: 'nowrap' } : { overflowWrap: 'break-word' }}>
                          {rag && c === (block.ragColumn ?? 0) ? (
                            <Group gap={6} wrap="nowrap" align="baseline">
                              <Box w={8} h={8} style={{ flex: 'none', borderRadius: 4, background: `var(--mantine-color-${RAG_BADGE[rag]}-6)` }} aria-hidden />
                              <span>{cell}</span>
                            </Group>
                          ) : (
                            cell
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {block.rows.length > SCREEN_ROWS && (
            <Text size="xs" c="dimmed">
              First {SCREEN_ROWS} of {block.rows.length.toLocaleString('en-GB')} rows; the Excel pack lists them all.
            </Text>
          )}
        </Stack>
      );
  }
}
