import type { HeatmapCell } from '../../../../../shared/domain/risk-matrix';
import { plural } from '../../../lib/format';
import classes from './Heatmaps.module.css';
import type { MovementArrow, MovementSummary } from './movement';
import { CELL, GAP, LABEL_HEIGHT, LABEL_WIDTH, arrowPath, cellCentre, fitLabel } from './movement-geometry';

interface MovementMapProps {
  /** The current matrix's grid (highest likelihood first); only its colours and size are used. */
  grid: readonly (readonly HeatmapCell[])[];
  summary: MovementSummary;
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
  /** "residual" or "target": named in the accessible description. */
  to: string;
}

const INK = '#1a1b1e';

const arrowKey = (arrow: MovementArrow) => `${arrow.from.likelihood}:${arrow.from.impact}>${arrow.to.likelihood}:${arrow.to.impact}`;
const arrowName = (arrow: MovementArrow) =>
  `${plural(arrow.count, 'risk')}: L${arrow.from.likelihood}×I${arrow.from.impact} ${arrow.fromBand} → L${arrow.to.likelihood}×I${arrow.to.impact} ${arrow.toBand}`;

/**
 * The grid in band colours with one arrow per inherent → residual (or target) move, wider for
 * more risks, and a ring with a count where risks stay put. A picture only: the table under it
 * carries the same figures for screen readers and for copying.
 */
export function MovementMap({ grid, summary, likelihoodLabels, impactLabels, to }: MovementMapProps) {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const width = LABEL_WIDTH + columns * CELL;
  const height = rows * CELL + LABEL_HEIGHT;
  const centre = (position: { likelihood: number; impact: number }) => cellCentre(position, rows);
  const description = `${plural(summary.total, 'risk')} from inherent to ${to}: ${summary.lowered} lowered, ${summary.raised} raised, ${summary.unchanged} with the same score. The table below lists every move.`;

  return (
    <svg className={classes.movementSvg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Movement map. ${description}`}>
      <defs>
        <marker id="movement-head" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="2.4" markerHeight="2.4" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={INK} />
        </marker>
      </defs>
      {grid.map((row) =>
        row.map((cell) => {
          const x = LABEL_WIDTH + (cell.impact - 1) * CELL;
          const y = (rows - cell.likelihood) * CELL;
          return (
            <rect
              key={`${cell.likelihood}:${cell.impact}`}
              x={x + GAP / 2}
              y={y + GAP / 2}
              width={CELL - GAP}
              height={CELL - GAP}
              rx={6}
              fill={cell.band.colour}
              opacity={0.85}
            >
              <title>{`${cell.band.name} (score ${cell.score})`}</title>
            </rect>
          );
        }),
      )}
      {grid.map((row) => {
        const level = row[0]!.likelihood;
        const label = likelihoodLabels[level - 1] ?? String(level);
        return (
          <text
            key={level}
            x={LABEL_WIDTH - 10}
            y={(rows - level) * CELL + CELL / 2}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize={15}
            className={classes.axisLabel}
          >
            <title>{`Likelihood ${level} ${label}`}</title>
            {fitLabel(label, 14)}
          </text>
        );
      })}
      {grid[0]?.map((cell) => {
        const label = impactLabels[cell.impact - 1] ?? String(cell.impact);
        return (
          <text
            key={cell.impact}
            x={LABEL_WIDTH + (cell.impact - 1) * CELL + CELL / 2}
            y={rows * CELL + 12}
            textAnchor="middle"
            dominantBaseline="hanging"
            fontSize={14}
            className={classes.axisLabel}
          >
            <title>{`Impact ${cell.impact} ${label}`}</title>
            {fitLabel(label, 13)}
          </text>
        );
      })}
      {summary.arrows.map((arrow) => {
        const { d } = arrowPath(centre(arrow.from), centre(arrow.to));
        return (
          <g key={arrowKey(arrow)} data-arrow={arrowKey(arrow)}>
            <title>{arrowName(arrow)}</title>
            {/* A pale halo keeps dark arrows readable on dark band colours. */}
            <path d={d} fill="none" stroke="#ffffff" strokeOpacity={0.55} strokeWidth={arrow.width + 3} strokeLinecap="round" />
            <path d={d} fill="none" stroke={INK} strokeOpacity={0.85} strokeWidth={arrow.width} strokeLinecap="round" markerEnd="url(#movement-head)" />
          </g>
        );
      })}
      {/* Counts go on top of every arrow, so no later arrow hides one. Single risks go without a
          label: the thin line says "one", and a label per risk would hide the grid. */}
      {summary.arrows
        .filter((arrow) => arrow.count > 1)
        .map((arrow) => {
          const { label } = arrowPath(centre(arrow.from), centre(arrow.to), { labelOffset: 12 + arrow.width / 2 });
          return (
            <g key={arrowKey(arrow)} data-arrow-count={arrowKey(arrow)}>
              <title>{arrowName(arrow)}</title>
              <circle cx={label.x} cy={label.y} r={11} fill="#ffffff" stroke={INK} strokeWidth={1.5} />
              <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={700} fill={INK}>
                {arrow.count}
              </text>
            </g>
          );
        })}
      {summary.stays.map((stay) => {
        const { x, y } = centre(stay.at);
        return (
          <g key={`${stay.at.likelihood}:${stay.at.impact}`} data-stay={`${stay.at.likelihood}:${stay.at.impact}`}>
            <title>{`${plural(stay.count, 'risk')} stay at L${stay.at.likelihood}×I${stay.at.impact} ${stay.band}`}</title>
            <circle cx={x} cy={y} r={14} fill="#ffffff" fillOpacity={0.9} stroke={INK} strokeWidth={2} strokeDasharray="4 3" />
            <text x={x} y={y} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={700} fill={INK}>
              {stay.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
