import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openInfo } from '../../../test/fixtures';
import { apiError } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { sampleSlaDetail } from '../test-fixtures';

function renderGrid(save: () => unknown = () => ({ created: 2, updated: 1, deleted: 0, unchanged: 0, cells: [] })) {
  const detail = sampleSlaDetail();
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'slas.get': () => detail,
      'measurements.grid': () => ({ owner: { kind: 'sla', id: 1, code: 'SLA-001', title: detail.name }, periods: detail.periods, rows: detail.targets }),
      'measurements.save': save as never,
    },
    { path: '/slas/1/results' },
  );
}

const cell = (label: string, month: string) => screen.getByRole('textbox', { name: `${label}, ${month}` });

function paste(target: HTMLElement, text: string) {
  fireEvent.paste(target, { clipboardData: { getData: () => text } });
}

describe('MeasurementGridScreen', () => {
  it('loads the months of the SLA and shows stored values', async () => {
    const { inputsOf } = renderGrid();
    expect(await screen.findByRole('table', { name: 'Results' })).toBeInTheDocument();
    expect(cell('Availability', 'Nov 2025')).toHaveValue('99.95');
    expect(cell('P1 resolved within 4 h', 'Nov 2025')).toHaveValue('');
    expect(inputsOf('measurements.grid')).toEqual([{ slaId: 1, from: '2025-11', to: '2026-10' }]);
  });

  it('pastes a spreadsheet block from the focused cell and saves only the changed cells', async () => {
    const { user, inputsOf } = renderGrid();
    await screen.findByRole('table', { name: 'Results' });

    paste(cell('Availability', 'Aug 2026'), '99.98\t96\n99.96\t97\n99.2\t\n');
    await waitFor(() => expect(cell('Availability', 'Oct 2026')).toHaveValue('99.2'));
    expect(cell('P1 resolved within 4 h', 'Aug 2026')).toHaveValue('96');
    expect(cell('P1 resolved within 4 h', 'Sep 2026')).toHaveValue('97');
    expect(screen.getByRole('status', { name: 'Unsaved changes' })).toHaveTextContent('3 unsaved changes');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(inputsOf('measurements.save')).toHaveLength(1));
    expect(inputsOf('measurements.save')[0]).toEqual({
      slaId: 1,
      cells: [
        { targetId: 12, period: '2026-08', value: 96 },
        { targetId: 12, period: '2026-09', value: 97 },
        { targetId: 11, period: '2026-10', value: 99.2 },
      ],
    });
  });

  it('checks values in the browser before sending', async () => {
    const { user, inputsOf } = renderGrid();
    await screen.findByRole('table', { name: 'Results' });
    await user.clear(cell('Availability', 'Nov 2025'));
    await user.type(cell('Availability', 'Nov 2025'), '104');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('104 is not a percentage from 0 to 100')).toBeInTheDocument();
    expect(inputsOf('measurements.save')).toHaveLength(0);
  });

  it('shows the API error of a cell at that cell', async () => {
    const { user } = renderGrid(() => {
      throw apiError({ code: 'invalid_input', message: 'is after the end of the SLA', field: 'cells.1.period' });
    });
    await screen.findByRole('table', { name: 'Results' });
    paste(cell('P1 resolved within 4 h', 'Sep 2026'), '97\n98');
    await waitFor(() => expect(cell('P1 resolved within 4 h', 'Oct 2026')).toHaveValue('98'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(cell('P1 resolved within 4 h', 'Oct 2026')).toHaveAttribute('aria-invalid', 'true'));
    expect(cell('P1 resolved within 4 h', 'Oct 2026')).toHaveAccessibleDescription('is after the end of the SLA');
    expect(cell('P1 resolved within 4 h', 'Sep 2026')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('moves down with Enter and sideways with the arrow keys', async () => {
    const { user } = renderGrid();
    await screen.findByRole('table', { name: 'Results' });
    await user.click(cell('Availability', 'Nov 2025'));
    await user.keyboard('{Enter}');
    expect(cell('Availability', 'Dec 2025')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Availability', 'Jan 2026')).toHaveFocus();
    await user.keyboard('{End}{ArrowRight}');
    expect(cell('P1 resolved within 4 h', 'Jan 2026')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(cell('P1 resolved within 4 h', 'Dec 2025')).toHaveFocus();
  });
});
