import { formatWallClock } from '../../../lib/format';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Outage } from '../../../../../shared/api/sla-io-api';
import { describe, expect, it } from 'vitest';
import { openInfo } from '../../../test/fixtures';
import { apiError } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { sampleSlaDetail } from '../test-fixtures';

const outage: Outage = {
  id: 5,
  serviceId: 3,
  serviceCode: 'SVC-003',
  start: '2026-09-10T10:00',
  end: '2026-09-10T11:30',
  minutes: 90,
  notes: 'INC-42 switch failure',
  source: 'import',
  createdAt: '2026-10-01T08:00:00Z',
};

function renderGrid(save: () => unknown = () => ({ created: 2, updated: 1, deleted: 0, unchanged: 0, cells: [] }), outages: Outage[] = []) {
  const detail = sampleSlaDetail();
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'slas.get': () => detail,
      'measurements.grid': () => ({ owner: { kind: 'sla', id: 1, code: 'SLA-001', title: detail.name }, periods: detail.periods, rows: detail.targets }),
      'measurements.save': save as never,
      'outages.list': () => outages,
      'outages.delete': ({ id }) => ({
        deleted: outages.find((o) => o.id === id)!,
        results: [
          {
            slaId: 1,
            slaCode: 'SLA-001',
            serviceCode: 'SVC-003',
            targetId: 11,
            targetLabel: 'Availability',
            period: '2026-09',
            serviceMinutes: 43_200,
            downtimeMinutes: 0,
            outageCount: 0,
            value: 100,
            status: 'met',
            previous: 99.79,
          },
        ],
      }),
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

  it('saves ticket counts typed as 19/20 in a resolution cell as the percentage with the total as workload', async () => {
    const { user, inputsOf } = renderGrid();
    await screen.findByRole('table', { name: 'Results' });
    await user.type(cell('P1 resolved within 4 h', 'Oct 2026'), '19/20');
    await user.clear(cell('Availability', 'Oct 2026'));
    await user.type(cell('Availability', 'Oct 2026'), '3/4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('ticket counts (19/20) are for response and resolution targets; type the figure')).toBeInTheDocument();
    expect(inputsOf('measurements.save')).toEqual([]);

    await user.clear(cell('Availability', 'Oct 2026'));
    await user.type(cell('Availability', 'Oct 2026'), '99.5');
    await user.clear(cell('P1 resolved within 4 h', 'Sep 2026'));
    await user.type(cell('P1 resolved within 4 h', 'Sep 2026'), '21/20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('21 tickets within the time cannot be more than the 20 tickets in all')).toBeInTheDocument();

    await user.clear(cell('P1 resolved within 4 h', 'Sep 2026'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(inputsOf('measurements.save')).toHaveLength(1));
    expect(inputsOf('measurements.save')[0]).toEqual({ slaId: 1, cells: [{ targetId: 12, period: '2026-10', value: 95, workload: 20 }] });
  });

  it('keeps every typed value when the save fails, and says so', async () => {
    const { user } = renderGrid(() => {
      throw apiError({ code: 'conflict', message: 'The workspace is read-only' });
    });
    await screen.findByRole('table', { name: 'Results' });
    await user.type(cell('P1 resolved within 4 h', 'Oct 2026'), '97');
    await user.clear(cell('Availability', 'Oct 2026'));
    await user.type(cell('Availability', 'Oct 2026'), '99.7');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = (await screen.findByText('The results were not saved')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Nothing was saved: The workspace is read-only. Your typed values are kept; fix them and save again.');
    expect(cell('P1 resolved within 4 h', 'Oct 2026')).toHaveValue('97');
    expect(cell('Availability', 'Oct 2026')).toHaveValue('99.7');
    expect(screen.getByRole('status', { name: 'Unsaved changes' })).toHaveTextContent('2 unsaved changes');
  });

  it('guards unsaved cells: Discard asks first, and closing the window is stopped', async () => {
    const { user } = renderGrid();
    await screen.findByRole('table', { name: 'Results' });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.type(cell('P1 resolved within 4 h', 'Oct 2026'), '97');
    expect(unload()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(dialog).toHaveTextContent('The results you typed in the grid have not been saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(cell('P1 resolved within 4 h', 'Oct 2026')).toHaveValue('97');

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(cell('P1 resolved within 4 h', 'Oct 2026')).toHaveValue(''));
    expect(unload()).toBe(false);
  });

  it('lists the service’s outages and deletes one after confirming, saying which months were recomputed', async () => {
    const { user, inputsOf } = renderGrid(undefined, [outage]);
    const outages = await screen.findByRole('table', { name: 'Outages' });
    expect(inputsOf('outages.list')[0]).toEqual({ serviceId: 3, from: '2025-11', to: '2026-10' });
    expect(within(outages).getByText(formatWallClock('2026-09-10T10:00'))).toBeInTheDocument();
    expect(within(outages).getByText('1 h 30 min')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Delete the outage of ${formatWallClock('2026-09-10T10:00')}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this outage?' });
    expect(inputsOf('outages.delete')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Delete outage' }));
    await waitFor(() => expect(inputsOf('outages.delete')).toEqual([{ id: 5 }]));
    expect(await screen.findByText('Availability recomputed: SLA-001 Sep 2026 100 %.')).toBeInTheDocument();
  });

  it('offers the imports from its header, coming back to the grid', async () => {
    const { user, history } = renderGrid();
    await screen.findByRole('table', { name: 'Results' });
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Outages (availability)…' }));
    expect(history.at(-1)).toBe('/slas/import/outages?back=%2Fslas%2F1%2Fresults');
  });
});
