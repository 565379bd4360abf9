import { Group, Input, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { scorePosition, type Position } from './score-position';
import { BandBadge } from './BandBadge';
import classes from './LxIPicker.module.css';
import { textOn } from '../heatmap/RiskHeatmap';

interface LxIPickerProps {
  /** The accessible name of the grid, e.g. "Residual". */
  label: string;
  description?: ReactNode;
  matrix: RiskMatrix;
  value: Position | null;
  onChange: (value: Position) => void;
  error?: ReactNode;
  /** Shown instead of the score while nothing is picked. */
  emptyText?: string;
  /**
   * Flag positions above the appetite (default). Off for the inherent score: it is before any
   * control, so nearly every real risk is above appetite there and the flag says nothing.
   */
  showAppetite?: boolean;
}

/**
 * Likelihood × impact as a small grid of radio cells in the band colours (highest likelihood at
 * the top, as heat maps are drawn). One tab stop; the arrow keys move the choice, like radios.
 * Under it: the chosen levels' labels and descriptions, the score, the band and the appetite.
 */
export function LxIPicker({
  label,
  description,
  matrix,
  value,
  onChange,
  error,
  emptyText = 'Not scored yet: pick a cell',
  showAppetite = true,
}: LxIPickerProps) {
  const grid = useRef<HTMLDivElement>(null);
  const rows = matrix.likelihood.length;
  const columns = matrix.impact.length;
  const scored = scorePosition(matrix, value);
  // The one cell in the tab order: the chosen one, else the lowest.
  const focusable = scored ? { likelihood: scored.likelihood, impact: scored.impact } : { likelihood: 1, impact: 1 };

  const move = (event: KeyboardEvent<HTMLButtonElement>, from: Position) => {
    const steps: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const step = steps[event.key];
    if (event.key === ' ' || event.key === 'Enter') {
      // Enter would submit the form; a radio takes the choice with Space.
      event.preventDefault();
      onChange(from);
      return;
    }
    if (!step) return;
    event.preventDefault();
    const next = { likelihood: Math.min(rows, Math.max(1, from.likelihood + step[0])), impact: Math.min(columns, Math.max(1, from.impact + step[1])) };
    onChange(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next.likelihood}:${next.impact}"]`)?.focus();
  };

  const likelihoodLevel = scored ? matrix.likelihood[scored.likelihood - 1] : undefined;
  const impactLevel = scored ? matrix.impact[scored.impact - 1] : undefined;

  return (
    <Input.Wrapper label={label} description={description} error={error} labelProps={{ fw: 600 }}>
      <Group align="flex-start" gap="md" mt={6} wrap="wrap">
        <div>
          <div
            ref={grid}
            role="radiogroup"
            aria-label={`${label}: likelihood × impact`}
            aria-invalid={error ? true : undefined}
            className={classes.grid}
            style={{ gridTemplateColumns: `auto repeat(${columns}, 34px)` }}
          >
            {Array.from({ length: rows }, (_, index) => rows - index).map((likelihood) => (
              <Row key={likelihood}>
                <Text size="xs" c="dimmed" className={classes.rowLabel} title={matrix.likelihood[likelihood - 1]!.label} aria-hidden>
                  {likelihood} {matrix.likelihood[likelihood - 1]!.label}
                </Text>
                {Array.from({ length: columns }, (_, column) => column + 1).map((impact) => {
                  const cell = scorePosition(matrix, { likelihood, impact })!;
                  const checked = scored?.likelihood === likelihood && scored.impact === impact;
                  const tabbable = focusable.likelihood === likelihood && focusable.impact === impact;
                  return (
                    <UnstyledButton
                      key={impact}
                      role="radio"
                      aria-checked={checked}
                      tabIndex={tabbable ? 0 : -1}
                      data-cell={`${likelihood}:${impact}`}
                      className={classes.cell}
                      style={{ background: cell.colour, color: textOn(cell.colour) }}
                      aria-label={`Likelihood ${likelihood} ${matrix.likelihood[likelihood - 1]!.label}, impact ${impact} ${matrix.impact[impact - 1]!.label}: score ${cell.score}, ${cell.band}`}
                      title={`${matrix.likelihood[likelihood - 1]!.label} × ${matrix.impact[impact - 1]!.label}: ${cell.score} ${cell.band}`}
                      onClick={() => onChange({ likelihood, impact })}
                      onKeyDown={(event) => move(event, { likelihood, impact })}
                    >
                      {cell.score}
                    </UnstyledButton>
                  );
                })}
              </Row>
            ))}
            <span />
            {matrix.impact.map((level, index) => (
              <Text key={index} size="xs" c="dimmed" className={classes.columnLabel} title={level.label} aria-hidden>
                {index + 1}
              </Text>
            ))}
          </div>
          <Text size="xs" c="dimmed" ta="right" mt={2} aria-hidden>
            Impact →
          </Text>
        </div>
        <Stack gap={6} style={{ flex: '1 1 200px', minWidth: 0 }} aria-live="polite">
          {scored && likelihoodLevel && impactLevel ? (
            <>
              <Group gap="xs">
                <BandBadge position={scored} size="lg" />
                {showAppetite && scored.exceedsAppetite && (
                  <Text size="xs" c="red" fw={600} span>
                    <IconAlertTriangle size={12} style={{ verticalAlign: -1 }} aria-hidden /> Above appetite
                  </Text>
                )}
              </Group>
              <LevelText what="Likelihood" number={scored.likelihood} label={likelihoodLevel.label} description={likelihoodLevel.description} />
              <LevelText what="Impact" number={scored.impact} label={impactLevel.label} description={impactLevel.description} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {emptyText}
            </Text>
          )}
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}

/** Cells of one likelihood level; `display: contents` keeps them in the parent grid. */
function Row({ children }: { children: ReactNode }) {
  return <div style={{ display: 'contents' }}>{children}</div>;
}

function LevelText({ what, number, label, description }: { what: string; number: number; label: string; description: string }) {
  return (
    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
      <Text span inherit fw={600}>
        {what} {number} · {label}
      </Text>
      {description ? (
        <Text span inherit c="dimmed">
          {' '}
          — {description}
        </Text>
      ) : null}
    </Text>
  );
}
