import { Anchor, Badge, Button, Group, NumberInput, Paper, ScrollArea, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Link, useParams } from 'wouter';
import type { MeasurementGrid } from '../../../../../shared/api/slas-api';
import { measurementValueProblem } from '../../../../../shared/domain/sla-targets';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { periodLabel, withUnit } from '../common/SlaBadges';

const keyOf = (targetId: number, period: string) => `${targetId}|${period}`;

/** The text a stored value shows as in its cell. */
const shown = (value: number | null) => (value === null ? '' : String(value));

/** The cells whose text differs from what is stored, in grid order. */
function changedCells(grid: MeasurementGrid, edits: Map<string, string>) {
  const changed: Array<{ key: string; targetId: number; period: string; text: string; kind: string; unit: string }> = [];
  grid.periods.forEach((period, rowIndex) => {
    for (const row of grid.rows) {
      const key = keyOf(row.target.id, period);
      const text = edits.get(key);
      if (text === undefined) continue;
      if (text.trim() === shown(row.cells[rowIndex]?.value ?? null)) continue;
      changed.push({ key, targetId: row.target.id, period, text: text.trim(), kind: row.target.kind, unit: row.target.unit });
    }
  });
  return changed;
}

function EntryGrid({ slaId, grid }: { slaId: number; grid: MeasurementGrid }) {
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const table = useRef<HTMLTableElement>(null);
  const save = useApiAction('measurements.save', {
    success: (result) => `Saved: ${result.created} added, ${result.updated} changed, ${result.deleted} cleared`,
    failure: 'The results could not be saved',
  });

  const changes = changedCells(grid, edits);
  const columns = grid.rows.length;

  const focusCell = (row: number, column: number) => {
    if (row < 0 || row >= grid.periods.length || column < 0 || column >= columns) return;
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${column}"]`);
    input?.focus();
    input?.select();
  };

  const setText = (updates: Array<[string, string]>) => {
    setEdits((previous) => {
      const next = new Map(previous);
      for (const [key, text] of updates) next.set(key, text);
      return next;
    });
    setErrors((previous) => {
      const next = new Map(previous);
      for (const [key] of updates) next.delete(key);
      return next;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      focusCell(event.shiftKey && event.key === 'Enter' ? row - 1 : row + 1, column);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusCell(row - 1, column);
    } else if (event.key === 'ArrowLeft' && atStart) {
      event.preventDefault();
      focusCell(row, column - 1);
    } else if (event.key === 'ArrowRight' && atEnd) {
      event.preventDefault();
      focusCell(row, column + 1);
    }
  };

  /** A block copied from a spreadsheet (tab-separated, one line a row) fills the grid from this cell. */
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const updates: Array<[string, string]> = [];
    text
      .replace(/\r/g, '')
      .replace(/\n$/, '')
      .split('\n')
      .forEach((line, lineIndex) => {
        const period = grid.periods[row + lineIndex];
        if (!period) return;
        line.split('\t').forEach((value, valueIndex) => {
          const target = grid.rows[column + valueIndex]?.target;
          if (target) updates.push([keyOf(target.id, period), value.trim()]);
        });
      });
    setText(updates);
  };

  const onSave = async () => {
    const problems = new Map<string, string>();
    const cells = changes.map((change) => {
      const value = change.text === '' ? null : Number(change.text.replace(',', '.'));
      if (value !== null) {
        const problem = Number.isFinite(value) ? measurementValueProblem({ kind: change.kind as never, unit: change.unit }, value) : 'must be a number';
        if (problem) problems.set(change.key, problem);
      }
      return { targetId: change.targetId, period: change.period, value };
    });
    if (problems.size > 0) {
      setErrors(problems);
      return;
    }
    const outcome = await save.run({ slaId, cells });
    if (outcome.ok) {
      setEdits(new Map());
      setErrors(new Map());
      return;
    }
    const match = /^cells\.(\d+)\.?/.exec(errorBody(outcome.error).field ?? '');
    const change = match ? changes[Number(match[1])] : undefined;
    if (change) setErrors(new Map([[change.key, errorBody(outcome.error).message]]));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Enter or arrow keys move between cells; paste a block copied from a spreadsheet into the first cell. An empty cell clears the month.
        </Text>
        <Group gap="sm">
          {changes.length > 0 && (
            <Badge color="orange" variant="light" role="status" aria-label="Unsaved changes">
              {changes.length} unsaved {changes.length === 1 ? 'change' : 'changes'}
            </Badge>
          )}
          <Button variant="default" disabled={changes.length === 0 || save.running} onClick={() => (setEdits(new Map()), setErrors(new Map()))}>
            Discard
          </Button>
          <Button onClick={() => void onSave()} disabled={changes.length === 0} loading={save.running}>
            Save
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md">
        <ScrollArea>
          <Table ref={table} aria-label="Results" verticalSpacing={4} withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Month</Table.Th>
                {grid.rows.map((row) => (
                  <Table.Th key={row.target.id} miw={130}>
                    {row.target.label}
                    <Text size="xs" c="dimmed">
                      {row.target.direction === 'higher' ? '≥' : '≤'} {withUnit(row.target.target, row.target.unit)}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grid.periods.map((period, rowIndex) => (
                <Table.Tr key={period}>
                  <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    {periodLabel(period)}
                  </Table.Th>
                  {grid.rows.map((row, columnIndex) => {
                    const key = keyOf(row.target.id, period);
                    const stored = shown(row.cells[rowIndex]?.value ?? null);
                    const text = edits.get(key) ?? stored;
                    const dirty = text.trim() !== stored;
                    return (
                      <Table.Td key={key} p={2}>
                        <NumberInput
                          aria-label={`${row.target.label}, ${periodLabel(period)}`}
                          value={text}
                          onChange={(value) => setText([[key, String(value)]])}
                          hideControls
                          withKeyboardEvents={false}
                          allowedDecimalSeparators={['.', ',']}
                          size="xs"
                          variant={dirty ? 'filled' : 'default'}
                          styles={dirty ? { input: { background: 'var(--mantine-color-yellow-1)' } } : undefined}
                          error={errors.get(key)}
                          onKeyDown={(event) => onKeyDown(event, rowIndex, columnIndex)}
                          onPaste={(event) => onPaste(event, rowIndex, columnIndex)}
                          data-row={rowIndex}
                          data-col={columnIndex}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
    </Stack>
  );
}

/** Months × targets of one SLA, editable like a spreadsheet. */
export function MeasurementGridScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const sla = useApiQuery('slas.get', valid ? { id } : null);
  const periods = sla.data?.periods ?? [];
  const grid = useApiQuery('measurements.grid', periods.length > 0 ? { slaId: id, from: periods[0]!, to: periods.at(-1)! } : null);

  if (sla.error && !sla.data) return <ErrorPanel title="The SLA could not be loaded" error={sla.error} onRetry={sla.reload} />;
  if (grid.error && !grid.data) return <ErrorPanel title="The results could not be loaded" error={grid.error} onRetry={grid.reload} />;
  if (!sla.data || !grid.data) return <Skeleton h={300} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Results of ${sla.data.code}`}
        description={
          <Anchor component={Link} href={`/slas/${id}`}>
            {sla.data.code} {sla.data.name}
          </Anchor>
        }
      />
      <EntryGrid key={id} slaId={id} grid={grid.data} />
    </Stack>
  );
}
