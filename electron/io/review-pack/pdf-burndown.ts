import type { Content } from 'pdfmake/interfaces';
import type { PackBlock } from '../../../shared/management-review/pack-model';

type BurnDownBlock = Extract<PackBlock, { kind: 'burndown' }>;

const RAISED = '#1971c2';
const DONE = '#2f9e44';
const OPEN = '#e8590c';
const GRID = '#dee2e6';
const AXIS_WIDTH = 24;
const CHART_WIDTH = 460;
const CHART_HEIGHT = 120;

/** The smallest of 1, 2, 5 × 10ⁿ at or above `value`, so the axis reads in round numbers. */
function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

function legendItem(colour: string, label: string, line = false): Content[] {
  return [
    {
      width: 12,
      canvas: [
        line ? { type: 'line', x1: 0, y1: 5, x2: 10, y2: 5, lineWidth: 1.5, lineColor: colour } : { type: 'rect', x: 1, y: 1, w: 8, h: 8, color: colour },
      ],
    } as Content,
    { width: 'auto', text: label, style: 'axis', margin: [0, 0, 12, 0] } as Content,
  ];
}

/**
 * Raised and done per bucket as bars, open at the end of each as a line with dots: vectors on a
 * pdfmake canvas like the other pack charts, with the axis and bucket labels as text beside it.
 */
export function burnDownContent(block: BurnDownBlock): Content {
  const n = Math.max(1, block.points.length);
  const slot = CHART_WIDTH / n;
  const max = niceCeiling(Math.max(1, block.openAtStart, ...block.points.flatMap((p) => [p.raised, p.done, p.open])));
  const y = (value: number) => CHART_HEIGHT - (CHART_HEIGHT * value) / max;
  const shapes: Array<Record<string, unknown>> = [0, 0.5, 1].map((f) => ({
    type: 'line',
    x1: 0,
    y1: y(max * f),
    x2: CHART_WIDTH,
    y2: y(max * f),
    lineWidth: 0.5,
    lineColor: GRID,
  }));
  block.points.forEach((p, i) => {
    const bar = Math.min(14, slot * 0.32);
    const left = i * slot + slot / 2 - bar;
    if (p.raised > 0) shapes.push({ type: 'rect', x: left, y: y(p.raised), w: bar, h: CHART_HEIGHT - y(p.raised), color: RAISED });
    if (p.done > 0) shapes.push({ type: 'rect', x: left + bar, y: y(p.done), w: bar, h: CHART_HEIGHT - y(p.done), color: DONE });
  });
  const centres = block.points.map((p, i) => ({ x: i * slot + slot / 2, y: y(p.open) }));
  if (centres.length > 1) shapes.push({ type: 'polyline', lineWidth: 1.5, lineColor: OPEN, points: centres });
  for (const c of centres) shapes.push({ type: 'ellipse', x: c.x, y: c.y, r1: 2, r2: 2, color: OPEN });
  // Every bucket gets its label, every other one when there are many.
  const every = n > 16 ? 2 : 1;
  return {
    margin: [0, 0, 0, 10],
    unbreakable: true,
    stack: [
      { text: block.title, style: 'tableTitle' },
      {
        columns: [
          {
            width: AXIS_WIDTH,
            stack: [
              { text: max.toLocaleString('en-GB'), style: 'axis', alignment: 'right' },
              {
                text: Number.isInteger(max / 2) ? (max / 2).toLocaleString('en-GB') : '',
                style: 'axis',
                alignment: 'right',
                margin: [0, CHART_HEIGHT / 2 - 14, 0, 0],
              },
              { text: '0', style: 'axis', alignment: 'right', margin: [0, CHART_HEIGHT / 2 - 14, 0, 0] },
            ],
            margin: [0, -3, 4, 0],
          },
          { width: CHART_WIDTH, canvas: shapes as never },
        ],
        columnGap: 4,
      },
      {
        columns: [
          { width: AXIS_WIDTH + 4, text: '' },
          ...block.points.map((p, i) => ({ width: slot, text: i % every === 0 ? p.label : '', style: 'axis', fontSize: 6.5, alignment: 'center' as const })),
        ],
        margin: [0, 2, 0, 4],
      },
      {
        columns: [
          { width: AXIS_WIDTH + 4, text: '' },
          ...legendItem(RAISED, 'Raised'),
          ...legendItem(DONE, 'Done'),
          ...legendItem(OPEN, `Open at end of ${block.unit}`, true),
        ],
      },
    ],
  };
}
