import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { burnDownTable, type PackBlock } from '../../../../shared/management-review/pack-model';
import { useElementWidth } from '../../lib/use-element-width';

const HEIGHT = 220;

/**
 * Decisions of management reviews over the period: raised and done per week or month as bars,
 * still open at the end of each as a line. The numbers are also a hidden table for screen readers.
 */
export function BurnDownChart({ block }: { block: Extract<PackBlock, { kind: 'burndown' }> }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const table = burnDownTable(block);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {block.title}
      </Text>
      <div ref={ref} style={{ width: '100%', maxWidth: 720, height: HEIGHT }} role="img" aria-label={block.title}>
        {width > 0 && (
          <ComposedChart width={width} height={HEIGHT} data={block.points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--mantine-color-default-border)" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: 'var(--mantine-color-dimmed)' }} interval="preserveStartEnd" />
            <YAxis tick={{ fontSize: 11, fill: 'var(--mantine-color-dimmed)' }} width={36} allowDecimals={false} />
            <Tooltip
              contentStyle={{ background: 'var(--mantine-color-body)', borderColor: 'var(--mantine-color-default-border)', fontSize: 12 }}
              cursor={{ fill: 'var(--mantine-color-default-hover)' }}
            />
            {/* Raised, done, open: the order the chart is read in, not alphabetical. */}
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            <Bar dataKey="raised" name="Raised" fill="var(--mantine-color-blue-6)" isAnimationActive={false} />
            <Bar dataKey="done" name="Done" fill="var(--mantine-color-green-6)" isAnimationActive={false} />
            <Line
              dataKey="open"
              name={`Open at end of ${block.unit}`}
              type="linear"
              stroke="var(--mantine-color-orange-6)"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        )}
      </div>
      <VisuallyHidden>
        <table aria-label={`${block.title} (numbers)`}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Stack>
  );
}
