import { Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TargetResults } from '../../../../../shared/api/slas-api';
import { periodLabel, withUnit } from '../common/SlaBadges';

/**
 * A target's values month by month with the target as a line. The chart gets a fixed width
 * measured from its container (ResponsiveContainer draws nothing where nothing is laid out).
 */
export function TrendChart({ row, periods, height = 160 }: { row: TargetResults; periods: string[]; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const data = periods.map((period, index) => ({ period: periodLabel(period), value: row.cells[index]?.value ?? null }));
  const measured = data.some((point) => point.value !== null);
  const { target } = row;
  // The target (and warning) always fall inside the axis, so the reference lines show.
  const values = [...data.flatMap((point) => (point.value === null ? [] : [point.value])), target.target, ...(target.warning === null ? [] : [target.warning])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.1 || Math.abs(high) * 0.01 || 1;
  const top = target.unit === '%' ? Math.min(100, high + pad) : high + pad;
  const bottom = low - pad < 0 && low >= 0 ? 0 : low - pad;

  return (
    <div ref={box} style={{ width: '100%', height }} aria-label={`Trend of ${target.label}`} role="img">
      {!measured ? (
        <Text size="sm" c="dimmed">
          No results recorded in these months.
        </Text>
      ) : (
        width > 0 && (
          <LineChart width={width} height={height} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis tick={{ fontSize: 11 }} width={56} domain={[bottom, top]} tickFormatter={(value: number) => String(Number(value.toPrecision(5)))} />
            <Tooltip formatter={(value) => withUnit(Number(value), target.unit)} />
            <ReferenceLine
              y={target.target}
              stroke="var(--mantine-color-red-6)"
              strokeDasharray="4 4"
              label={{ value: `Target ${withUnit(target.target, target.unit)}`, fontSize: 11, position: 'insideTopRight' }}
            />
            {target.warning !== null && <ReferenceLine y={target.warning} stroke="var(--mantine-color-orange-5)" strokeDasharray="2 4" />}
            <Line
              type="linear"
              dataKey="value"
              stroke="var(--mantine-color-blue-6)"
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
              dot={{ r: 3 }}
            />
          </LineChart>
        )
      )}
    </div>
  );
}
