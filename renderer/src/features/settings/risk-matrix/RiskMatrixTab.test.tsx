import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MatrixChangePreview } from '../../../../../shared/api/risk-matrix-api';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { matrixInfo, matrixPreview } from './test-fixtures';

function renderMatrixTab(handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'riskMatrix.get': () => matrixInfo(),
      ...handlers,
    },
    { path: '/settings/risk-matrix' },
  );
}

async function openEditor(user: ReturnType<typeof renderMatrixTab>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Change the matrix' }));
  return screen.findByRole('heading', { name: 'Change the risk matrix' });
}

const previewCells = () => within(screen.getByRole('group', { name: 'Preview of the new matrix' })).getAllByRole('img');

// The editor and the preview dialog are large screens; on a busy 2-core machine a flow takes seconds.
describe('RiskMatrixTab', { timeout: 40_000 }, () => {
  it('shows the current matrix read-only: grid, bands, appetite, scales and version', async () => {
    renderMatrixTab();
    const grid = await screen.findByRole('group', { name: 'Current risk matrix' });
    expect(within(grid).getAllByRole('img')).toHaveLength(25);
    expect(within(grid).getByRole('img', { name: 'Likelihood 4 Likely × impact 3 Moderate: score 12, High, above appetite' })).toHaveTextContent('12');
    expect(screen.getByText('Version 1')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Bands' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Low 1–4', 'Medium 5–9', 'High 10–19', 'Critical 20–25']);
    expect(screen.getByText(/Up to Medium: risks in High or Critical need treatment/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Impact scale' })).getByText('Severe')).toBeInTheDocument();
  });

  it('changes the number of levels with a preset', async () => {
    const { user } = renderMatrixTab();
    await openEditor(user);
    expect(previewCells()).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Use the 4×4 preset' }));
    expect(previewCells()).toHaveLength(16);
    expect(screen.getAllByRole('textbox', { name: /^Likelihood level \d label$/ })).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Use the 5×4 preset' }));
    expect(previewCells()).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Use the 3×3 preset' }));
    expect(previewCells()).toHaveLength(9);
    expect(screen.getByRole('button', { name: 'Remove likelihood level 1' })).toBeDisabled();
  });

  it('shows validation messages naming the field and blocks the preview until fixed', async () => {
    const { user, inputsOf } = renderMatrixTab({ 'riskMatrix.previewChange': () => matrixPreview() });
    await openEditor(user);
    await user.clear(screen.getByRole('textbox', { name: 'Likelihood level 2 label' }));
    const label = screen.getByRole('textbox', { name: 'Likelihood level 2 label' });
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription('Likelihood level 2 label is required.');
    await user.type(label, 'Seldom');
    const minScore = screen.getByRole('textbox', { name: 'Band 3 minimum score' });
    await user.clear(minScore);
    await user.type(minScore, '3');
    expect(minScore).toHaveAccessibleDescription('Band 3 (High) minimum score must be above 5 (thresholds must increase).');
    expect(screen.getByRole('alert')).toHaveTextContent('Fix this before previewing the change');
    expect(screen.getByRole('button', { name: 'Preview the change' })).toBeDisabled();
    expect(inputsOf('riskMatrix.previewChange')).toEqual([]);
  });

  it('renders the preview of how scores map and applies with the confirmation token', async () => {
    let applied = false;
    const { user, inputsOf } = renderMatrixTab({
      'riskMatrix.get': () => (applied ? matrixInfo(undefined, { version: 2 }) : matrixInfo()),
      'riskMatrix.previewChange': () => matrixPreview(),
      'riskMatrix.apply': () => {
        applied = true;
        return { version: 2, rescored: 2 };
      },
    });
    await openEditor(user);
    await user.click(screen.getByRole('button', { name: 'Use the 4×4 preset' }));
    await user.click(screen.getByRole('button', { name: 'Preview the change' }));

    const dialog = await screen.findByRole('dialog', { name: 'Preview the matrix change' });
    expect(
      within(dialog).getByText(/From version 1 \(5×5, likelihood × impact\) to 4×4, likelihood × impact: 2 scored risks, 3 scores change/),
    ).toBeInTheDocument();
    const inherent = within(dialog).getByRole('table', { name: 'Inherent band moves' });
    expect(
      within(inherent)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['InherentRisks', 'Critical→ Critical1', 'Medium→ High1']);
    expect(within(within(dialog).getByRole('table', { name: 'Target band moves' })).getByText('No target scores')).toBeInTheDocument();
    // Occupied cells only, until asked for all of them.
    const cells = within(dialog).getByRole('table', { name: 'Cell mapping' });
    expect(within(cells).getAllByRole('row')).toHaveLength(3);
    expect(within(cells).getAllByRole('row')[1]).toHaveTextContent('5×5 · 25 Critical4×4 · 16 Critical1');
    await user.click(within(dialog).getByRole('switch', { name: 'Show empty cells too' }));
    expect(within(within(dialog).getByRole('table', { name: 'Cell mapping' })).getAllByRole('row')).toHaveLength(4);
    expect(within(dialog).getByRole('table', { name: 'Risks whose score changes' })).toHaveTextContent(
      'RSK-002Backup restore never testedInherent3×3 · 9 Medium3×3 · 9 High',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Apply the new matrix' }));
    const confirm = await screen.findByRole('dialog', { name: 'Re-score 2 risks?' });
    expect(confirm).toHaveTextContent('The history keeps the old values');
    await user.click(within(confirm).getByRole('button', { name: 'Apply and re-score' }));

    expect(await screen.findByText('2 risks re-scored')).toBeInTheDocument();
    const [sent] = inputsOf('riskMatrix.apply') as Array<{ matrix: { likelihood: unknown[] }; confirmation: string }>;
    expect(sent!.confirmation).toBe('c0ffee00c0ffee00c0ffee00c0ffee00');
    expect(sent!.matrix.likelihood).toHaveLength(4);
    const [previewed] = inputsOf('riskMatrix.previewChange') as Array<{ matrix: unknown; levelMap: unknown }>;
    // The proportional map of 5 levels onto 4, sent with both calls so the token matches.
    expect(previewed!.levelMap).toEqual({ likelihood: [1, 2, 3, 3, 4], impact: [1, 2, 3, 3, 4] });
    expect(sent).toEqual({ matrix: previewed!.matrix, levelMap: previewed!.levelMap, confirmation: 'c0ffee00c0ffee00c0ffee00c0ffee00' });
    // Back on the read-only view, reloaded.
    expect(await screen.findByText('Version 2')).toBeInTheDocument();
  });

  it('applies directly after a simple confirmation when no risk is scored', async () => {
    const { user, inputsOf } = renderMatrixTab({
      'riskMatrix.previewChange': () => matrixPreview({ scoredRisks: 0, changes: [], bandMoves: [], changedPositions: 0, confirmation: 'empty-token' }),
      'riskMatrix.apply': () => ({ version: 2, rescored: 0 }),
    });
    await openEditor(user);
    await user.click(screen.getByRole('button', { name: 'Use the 3×3 preset' }));
    await user.click(screen.getByRole('button', { name: 'Preview the change' }));
    const confirm = await screen.findByRole('dialog', { name: 'Apply the new matrix?' });
    expect(confirm).toHaveTextContent('No risk is scored yet');
    expect(screen.queryByRole('dialog', { name: 'Preview the matrix change' })).not.toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Apply the new matrix' }));
    expect(await screen.findByText('0 risks re-scored')).toBeInTheDocument();
    expect(inputsOf('riskMatrix.apply')).toEqual([expect.objectContaining({ confirmation: 'empty-token' })]);
  });

  it('blocks applying while scores would be left unmapped, with the reason', async () => {
    const unmapped: MatrixChangePreview['unmapped'] = [
      {
        id: 7,
        code: 'RSK-007',
        basis: 'residual',
        likelihood: 6,
        impact: 2,
        reason: 'likelihood 6 is outside the matrix: likelihood must be 1 to 5 of the current matrix',
      },
    ];
    const { user } = renderMatrixTab({ 'riskMatrix.previewChange': () => matrixPreview({ unmapped, unmappedCount: 1 }) });
    await openEditor(user);
    await user.click(screen.getByRole('button', { name: 'Use the 4×4 preset' }));
    await user.click(screen.getByRole('button', { name: 'Preview the change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview the matrix change' });
    expect(within(dialog).getByText('1 risk score cannot be placed on the new matrix')).toBeInTheDocument();
    expect(within(dialog).getByText(/RSK-007 residual 6×2: likelihood 6 is outside the matrix/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply the new matrix' })).toBeDisabled();
  });

  it('previews again with the levels mapped the person’s way, and applies that map', async () => {
    const { user, inputsOf } = renderMatrixTab({
      'riskMatrix.previewChange': (input) =>
        input.levelMap?.likelihood?.[4] === 3 ? matrixPreview({ confirmation: 'remapped-token', changedPositions: 9 }) : matrixPreview(),
      'riskMatrix.apply': () => ({ version: 2, rescored: 2 }),
    });
    await openEditor(user);
    await user.click(screen.getByRole('button', { name: 'Use the 4×4 preset' }));
    await user.click(screen.getByRole('button', { name: 'Preview the change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview the matrix change' });
    const select = within(dialog).getByRole('combobox', { name: 'New likelihood level for 5 Almost certain' });
    expect(select).toHaveValue('4 Almost certain');
    await user.click(select);
    await user.click(await screen.findByRole('option', { name: '3 Likely' }));
    await within(dialog).findByText(/9 scores change/);
    expect(inputsOf('riskMatrix.previewChange').at(-1)).toMatchObject({ levelMap: { likelihood: [1, 2, 3, 3, 3], impact: [1, 2, 3, 3, 4] } });

    await user.click(within(dialog).getByRole('button', { name: 'Apply the new matrix' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Re-score 2 risks?' })).getByRole('button', { name: 'Apply and re-score' }));
    await screen.findByText('2 risks re-scored');
    expect(inputsOf('riskMatrix.apply')).toEqual([
      expect.objectContaining({ levelMap: { likelihood: [1, 2, 3, 3, 3], impact: [1, 2, 3, 3, 4] }, confirmation: 'remapped-token' }),
    ]);
  });

  it('shows the API’s field error next to the field it names', async () => {
    const message = 'Min score: must be at most 1, the lowest possible score, so the bands cover every score';
    const { user } = renderMatrixTab({
      'riskMatrix.previewChange': () => {
        throw apiError({ code: 'invalid_input', field: 'matrix.banding.bands.0.minScore', message });
      },
    });
    await openEditor(user);
    await user.click(screen.getByRole('button', { name: 'Use the 4×4 preset' }));
    await user.click(screen.getByRole('button', { name: 'Preview the change' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Band 1 minimum score' })).toHaveAccessibleDescription(message));
    expect(screen.getByRole('textbox', { name: 'Band 1 minimum score' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks before discarding edits on cancel', async () => {
    const { user } = renderMatrixTab();
    await openEditor(user);
    await user.type(screen.getByRole('textbox', { name: 'Impact level 1 label' }), ' impact');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const discard = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(discard).toHaveTextContent('The changes you made to the risk matrix have not been saved.');
    await user.click(within(discard).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('button', { name: 'Change the matrix' })).toBeInTheDocument();
  });
});
