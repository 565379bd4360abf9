import type { GridPosition } from './movement';

/** The movement map's drawing units: one cell is CELL × CELL, labels sit left and below. */
export const CELL = 100;
export const GAP = 4;
export const LABEL_WIDTH = 130;
export const LABEL_HEIGHT = 40;

/** The centre of a cell; likelihood grows upwards, impact to the right, as on the grid. */
export function cellCentre(position: GridPosition, likelihoodLevels: number): { x: number; y: number } {
  return {
    x: LABEL_WIDTH + (position.impact - 1) * CELL + CELL / 2,
    y: (likelihoodLevels - position.likelihood) * CELL + CELL / 2,
  };
}

/**
 * A gently curved arrow path from one cell centre to another, pulled back from both centres so
 * the start clears a ring and the head stays visible; the curve keeps arrows along the same line
 * (and opposite pairs) apart. Returns the path and the point where its count label goes.
 */
export function arrowPath(
  from: { x: number; y: number },
  to: { x: number; y: number },
  { startGap = 20, endGap = 26, labelOffset = 16 }: { startGap?: number; endGap?: number; labelOffset?: number } = {},
): { d: string; label: { x: number; y: number } } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  // Bend to the left of the direction of travel, a little more for long arrows.
  const bend = Math.min(0.18 * length, 40);
  const control = { x: (from.x + to.x) / 2 - uy * bend, y: (from.y + to.y) / 2 + ux * bend };
  const start = pullTowards(from, control, startGap);
  const end = pullTowards(to, control, endGap);
  // Beside the midpoint of the curve (t = 0.5), on the outside of the bend, so the count never
  // covers the line or the head of a short arrow.
  const label = {
    x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x - uy * labelOffset,
    y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y + ux * labelOffset,
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    d: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
    label: { x: round(label.x), y: round(label.y) },
  };
}

function pullTowards(point: { x: number; y: number }, towards: { x: number; y: number }, distance: number) {
  const dx = towards.x - point.x;
  const dy = towards.y - point.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: point.x + (dx / length) * distance, y: point.y + (dy / length) * distance };
}

/** A label cut to fit a width of about `max` characters, with an ellipsis. */
export function fitLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
