import { formatWallClock } from '../../../lib/format';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { sampleBreach, sampleSlas } from '../test-fixtures';
import { measurementPreview, outagePreview, septemberAvailability } from './sla-import-fixtures';

const outagesCsv = 'Service,Start,End,Notes\nSVC-001,2026-09-10 10:00,2026-09-10 10:43,INC-7\nSVC-001,2026-09-11 10:00,2026-09-11 09:00,\n';

function renderOutages(path = '/slas/import/outages?back=%2Fslas%2F1%2Fresults') {
  const view = renderApp(
    {
      'workspace.info': () => openInfo(),
      'outages.importPreview': () => outagePreview(),
      'outages.import': ({ mode }) => ({
        outagesAdded: mode === 'valid-rows' ? 1 : 2,
        duplicates: 0,
        skipped: mode === 'valid-rows' ? 1 : 0,
        measurementsCreated: 1,
        measurementsUpdated: 0,
        results: [septemberAvailability],
        warnings: [],
        errors: [],
      }),
    },
    { path },
  );
  const upload = async (text = outagesCsv, name = 'outages.csv') => {
    await screen.findByText('Drop a .csv or .xlsx file here');
    const input = view.container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
    await view.user.upload(input, new File([text], name, { type: 'text/csv' }));
  };
  return { ...view, upload };
}

describe('SLA import wizards', () => {
  it('imports an outage log: mapping, every row problem, all-or-nothing by default, then the availability recomputed', async () => {
    const { user, upload, inputsOf, history } = renderOutages();
    expect(await screen.findByRole('heading', { name: 'Import outages' })).toBeInTheDocument();
    await upload();

    expect(await screen.findByRole('table', { name: 'Column mapping' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Outage field' })).toBeInTheDocument();
    expect(inputsOf('outages.importPreview')[0]).toEqual({ fileName: 'outages.csv', contentBase64: btoa(outagesCsv) });
    await user.click(screen.getByRole('button', { name: /Next: preview the rows/ }));

    const problems = await screen.findByRole('table', { name: 'Problems by row' });
    const [problem] = within(problems).getAllByRole('row').slice(1);
    expect(within(problem!).getByText('3')).toBeInTheDocument();
    expect(within(problem!).getByText('End')).toBeInTheDocument();
    expect(within(problem!).getByText('must be after the start (2026-09-11T10:00)')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Availability to record' })).getByText('99.901 %')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Outages to keep' })).getByText(formatWallClock('2026-09-10T10:00'))).toBeInTheDocument();
    expect(screen.getByText(/SVC-002 has no agreed SLA/)).toBeInTheDocument();

    const importAll = screen.getByRole('button', { name: 'Import 2 outages' });
    expect(importAll).toBeDisabled();
    expect(importAll).toHaveAccessibleDescription('1 row has problems. Fix the file and choose it again, or import only the valid rows.');
    await user.click(screen.getByRole('radio', { name: 'Import the 1 valid row and skip the rest' }));
    await user.click(screen.getByRole('button', { name: 'Import 1 outage' }));

    expect(await screen.findByText('Kept 1 outage from outages.csv')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Availability recomputed' })).getByRole('link', { name: 'SLA-001' })).toHaveAttribute('href', '/slas/1');
    expect(inputsOf('outages.import')).toEqual([
      {
        fileName: 'outages.csv',
        contentBase64: btoa(outagesCsv),
        mapping: outagePreview().mapping,
        mode: 'valid-rows',
        progressId: expect.stringMatching(/^import-/),
      },
    ]);
    await user.click(screen.getByRole('link', { name: 'Back to the SLA' }));
    expect(history.at(-1)).toBe('/slas/1/results');
  });

  it('goes back where it came from on Cancel, having written nothing', async () => {
    const { user, upload, inputsOf, history } = renderOutages('/slas/import/outages');
    await upload();
    await screen.findByRole('table', { name: 'Column mapping' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(history.at(-1)).toBe('/slas');
    expect(inputsOf('outages.import')).toEqual([]);
  });

  it('imports results given as ticket counts, showing the computed percentage and the bad counts by row', async () => {
    const { user, container, inputsOf } = renderApp(
      {
        'workspace.info': () => openInfo(),
        'measurements.importPreview': ({ mapping }) =>
          mapping && !mapping.total
            ? measurementPreview({ mapping, mappingProblems: ['Choose the column for Total tickets too: ticket counts need both.'] })
            : measurementPreview(),
        'measurements.import': () => ({ created: 1, updated: 0, unchanged: 0, skipped: 1, errors: [] }),
      },
      { path: '/slas/import/measurements' },
    );
    await screen.findByText('Drop a .csv or .xlsx file here');
    const csv = 'SLA,Target,Month,Within,Total\nSLA-001,response P1,2026-09,19,20\nSLA-001,response P1,2026-08,21,20\n';
    await user.upload(container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!, new File([csv], 'tickets.csv', { type: 'text/csv' }));

    const total = await screen.findByRole('combobox', { name: 'Column for Total tickets' });
    expect(total).toHaveValue('Total');
    // Mantine's clear button is hidden from assistive technology; a mouse user clicks it.
    await user.click(total.closest('tr')!.querySelector('button')!);
    // Clearing the column asks the host again, and the mapping problem blocks the next step.
    await waitFor(() => expect(inputsOf('measurements.importPreview').at(-1)).toMatchObject({ mapping: { total: null } }));
    expect(await screen.findByText('Choose the column for Total tickets too: ticket counts need both.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next: preview the rows/ })).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Column for Total tickets' }));
    await user.click(await screen.findByRole('option', { name: 'Total' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Next: preview the rows/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /Next: preview the rows/ }));

    expect(await screen.findByText('21 tickets within the time cannot be more than the 20 tickets in all')).toBeInTheDocument();
    const sample = screen.getByRole('table', { name: 'Results to record' });
    expect(within(sample).getByText('95')).toBeInTheDocument();
    expect(within(sample).getByText('20')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Import the 1 valid row and skip the rest' }));
    await user.click(screen.getByRole('button', { name: 'Import 1 result' }));
    expect(await screen.findByText('Recorded the results of tickets.csv')).toBeInTheDocument();
    expect(inputsOf('measurements.import')[0]).toMatchObject({ mode: 'valid-rows', mapping: { within: 'Within', total: 'Total' } });
  });

  it('is reached from the SLA list’s Import menu', async () => {
    const { user, history } = renderApp(
      { 'workspace.info': () => openInfo(), 'slas.list': () => sampleSlas(), 'slas.breaches': () => [sampleBreach()] },
      { path: '/slas' },
    );
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Results per month…' }));
    expect(history.at(-1)).toBe('/slas/import/measurements?back=%2Fslas');
    expect(await screen.findByRole('heading', { name: 'Import SLA results' })).toBeInTheDocument();
  });
});
