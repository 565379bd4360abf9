import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { MeasurementGrid } from '../../../../../shared/api/slas-api';
import { takesTicketCounts } from '../../../../../shared/domain/ticket-counts';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { confirmDiscard, useUnsavedGuard } from '../../../ui/use-unsaved-guard';
import { periodLabel, withUnit } from '../common/SlaBadges';
import { cellToSave, changedCells, keyOf, shown, type CellSave } from './grid-cells';

const UNSAVED_MESSAGE = 'The results you typed in the grid have not been saved.';

/** Whose results the grid holds: an SLA's, or an underpinning contract's or OLA's (same targets, same cells). */
export type GridOwner = { slaId: number } | { contractId: number };

/** Months × targets of one SLA or contract as editable cells; unsaved cells survive a failed save and ask before being left. */
export function EntryGrid({ owner, grid }: { owner: GridOwner; grid: MeasurementGrid }) {
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [saveFailure, setSaveFailure] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const save = useApiAction('measurements.save', {
    success: (result) => `Saved: ${result.created} added, ${result.updated} changed, ${result.deleted} cleared`,
    failure: 'The results could not be saved',
  });

  const changes = changedCells(grid, edits);
  const columns = grid.rows.length;
  useUnsavedGuard({ dirty: changes.length > 0, values: edits, restore: setEdits, message: UNSAVED_MESSAGE });
  const countsHint = grid.rows.some((row) => takesTicketCounts(row.target.kind));

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

  const discard = () => {
    setEdits(new Map());
    setErrors(new Map());
    setSaveFailure(null);
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
    const cells: CellSave[] = [];
    for (const change of changes) {
      const outcome = cellToSave(change);
      if (outcome.ok) cells.push(outcome.cell);
      else problems.set(change.key, outcome.problem);
    }
    if (problems.size > 0) {
      setErrors(problems);
      setSaveFailure(`${plural(problems.size, 'cell')} cannot be saved as typed; see the marked cells.`);
      return;
    }
    const outcome = await save.run({ ...owner, cells });
    if (outcome.ok) {
      discard();
      return;
    }
    // The typed values stay: a failed save must never cost the user their work.
    const body = errorBody(outcome.error);
    const match = /^cells\.(\d+)\.?/.exec(body.field ?? '');
    const change = match ? changes[Number(match[1])] : undefined;
    if (change) setErrors(new Map([[change.key, body.message]]));
    setSaveFailure(
      `Nothing was saved: ${change ? `${periodLabel(change.period)}: ` : ''}${body.message}. Your typed values are kept; fix them and save again.`,
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          Enter or arrow keys move between cells; paste a block copied from a spreadsheet into the first cell. An empty cell clears the month.
          {countsHint && ' For response and resolution targets you can type ticket counts, e.g. 19/20 (19 of 20 within the time) saves 95 %.'}
        </Text>
        <Group gap="sm">
          {changes.length > 0 && (
            <Badge color="orange" variant="light" role="status" aria-label="Unsaved changes">
              {changes.length} unsaved {changes.length === 1 ? 'change' : 'changes'}
            </Badge>
          )}
          <Button variant="default" disabled={changes.length === 0 || save.running} onClick={() => confirmDiscard(discard, UNSAVED_MESSAGE)}>
            Discard
          </Button>
          <Button onClick={() => void onSave()} disabled={changes.length === 0} loading={save.running}>
            Save
          </Button>
        </Group>
      </Group>
      {saveFailure && changes.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={20} />}
          title="The results were not saved"
          role="alert"
          withCloseButton
          onClose={() => setSaveFailure(null)}
        >
          {saveFailure}
        </Alert>
      )}
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
                        <TextInput
                          aria-label={`${row.target.label}, ${periodLabel(period)}`}
                          value={text}
                          onChange={(event) => setText([[key, event.currentTarget.value]])}
                          inputMode="decimal"
                          autoComplete="off"
                          size="xs"
                          variant={dirty ? 'filled' : 'default'}
                          styles={dirty ? { input: { background: 'var(--mantine-color-yellow-light)' } } : undefined}
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
