import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_RISK_MATRIX, cellKey, heatmapGrid } from '../../../../../shared/domain/risk-matrix';
import { fullSummary, openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { RiskHeatmap } from './RiskHeatmap';

const labels = (scale: 'likelihood' | 'impact') => DEFAULT_RISK_MATRIX[scale].map((level) => level.label);

describe('RiskHeatmap', () => {
  it('draws the counts in band colours and reports the clicked cell', async () => {
    const grid = heatmapGrid(
      DEFAULT_RISK_MATRIX,
      new Map([
        [cellKey(4, 5), 7],
        [cellKey(1, 1), 1],
      ]),
    );
    const onCellClick = vi.fn();
    render(
      <MantineProvider>
        <RiskHeatmap grid={grid} likelihoodLabels={labels('likelihood')} impactLabels={labels('impact')} onCellClick={onCellClick} />
      </MantineProvider>,
    );
    const map = screen.getByRole('group', { name: 'Risk heat map' });
    expect(within(map).getAllByRole('button')).toHaveLength(25);
    const hot = screen.getByRole('button', { name: 'Likelihood 4 Likely, impact 5 Severe: 7 risks' });
    expect(hot).toHaveTextContent('7');
    expect(hot).toHaveStyle({ background: '#c92a2a' }); // 4 × 5 = 20: Critical
    expect(screen.getByRole('button', { name: 'Likelihood 1 Rare, impact 1 Insignificant: 1 risk' })).toHaveStyle({ background: '#2f9e44' });
    await userEvent.click(hot);
    expect(onCellClick).toHaveBeenCalledWith(expect.objectContaining({ likelihood: 4, impact: 5, count: 7 }));
  });

  it('switches basis', async () => {
    const onBasisChange = vi.fn();
    render(
      <MantineProvider>
        <RiskHeatmap grid={heatmapGrid(DEFAULT_RISK_MATRIX)} basis="residual" onBasisChange={onBasisChange} />
      </MantineProvider>,
    );
    await userEvent.click(screen.getByText('Target'));
    expect(onBasisChange).toHaveBeenCalledWith('target');
  });
});

describe('Dashboard residual heat map', () => {
  it('shows the open risks and opens the register at a cell', async () => {
    const summary = fullSummary();
    summary.risks = { ...summary.risks, residual: heatmapGrid(DEFAULT_RISK_MATRIX, new Map([[cellKey(3, 2), 4]])), aboveAppetite: 2 };
    const { history } = renderApp({
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'dashboard.summary': () => summary,
      'riskMatrix.get': () => ({
        version: summary.risks.matrixVersion,
        matrix: DEFAULT_RISK_MATRIX,
        grid: heatmapGrid(DEFAULT_RISK_MATRIX),
        createdAt: '',
        createdBy: '',
        description: '',
      }),
    });
    const card = await screen.findByRole('region', { name: 'Residual risk of open risks' });
    expect(within(card).getByRole('link', { name: 'Heat maps' })).toHaveAttribute('href', '/risks/heatmaps');
    expect(within(card).getByRole('link', { name: /reviews overdue$/ })).toHaveAttribute('href', '/risks?review=overdue');
    expect(within(card).getByRole('link', { name: /actions overdue$/ })).toHaveAttribute('href', '/risks?action=overdue');
    expect(within(card).getByRole('link', { name: '0 decisions due' })).toHaveAttribute(
      'href',
      '/risks?status=identified,assessed,treating,monitored&appetite=decision',
    );
    const cell = await within(card).findByRole('button', { name: 'Likelihood 3 Possible, impact 2 Minor: 4 risks' });
    await userEvent.click(cell);
    expect(history?.at(-1)).toBe('/risks?cell=residual:3:2');
  });
});
