import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../shared/api/catalogue-io-api';
import { importPreview } from '../../../test/catalogue-fixtures';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const csv = 'Offering,Status,Owner\nPrint Release,live,Zara Quinn\nRoom Booking,sunsetting,Owen Price\nParking,pipeline,Owen Price\n';

/** The host's answers for offering.csv: nothing maps "Offering" to Name; row 3 has a bad lifecycle. */
function previewFor(mapping: Record<string, string | null> | undefined): ImportPreview {
  const base = importPreview();
  const current = { ...base.mapping, ...mapping };
  if (!current.name) return { ...base, mapping: current, mappingProblems: ['Choose the column for Name: it is required.'], validCount: 0 };
  return {
    ...base,
    mapping: current,
    ignoredColumns: ['Cost centre'],
    validCount: 2,
    errors: [{ row: 3, column: 'Status', field: 'lifecycle', message: '"sunsetting" is not pipeline, live or retired' }],
    newOwners: ['Zara Quinn'],
    sample: [
      { row: 2, code: 'SVC-001', name: 'Print Release', lifecycle: 'live', owner: 'Zara Quinn', dependsOn: [], readAs: [] },
      { row: 3, code: 'SVC-002', name: 'Room Booking', lifecycle: 'pipeline', owner: 'Owen Price', dependsOn: [], readAs: [] },
      { row: 4, code: 'SVC-003', name: 'Parking', lifecycle: 'pipeline', owner: 'Owen Price', dependsOn: [], readAs: [] },
    ],
  };
}

function renderWizard() {
  const view = renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'services.importPreview': ({ mapping }) => previewFor(mapping),
      'services.import': ({ mode }) => ({
        created: mode === 'valid-rows' ? 2 : 3,
        skipped: mode === 'valid-rows' ? 1 : 0,
        newPeople: ['Zara Quinn'],
        errors: [],
      }),
    },
    { path: '/services/import?back=%2Fservices%3Flifecycle%3Dlive' },
  );
  const fileInput = async () => {
    await screen.findByText('Drop a .csv or .xlsx file here');
    return view.container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
  };
  return { ...view, fileInput };
}

async function chooseColumn(user: ReturnType<typeof renderApp>['user'], field: string, column: string) {
  // The mapping step appears once the file is read and checked, which is slower on a busy machine.
  await user.click(await screen.findByRole('combobox', { name: `Column for ${field}` }));
  await user.click(await screen.findByRole('option', { name: column }));
}

describe('ImportServicesWizard', () => {
  it('refuses a file that is not CSV or XLSX, saying what to do, without calling the host', async () => {
    const { fileInput, inputsOf } = renderWizard();

    // The picker's accept filter hides such files, but a dropped file arrives unfiltered.
    await fileInput();
    const dropZone = screen.getByRole('group', { name: 'Drop a file to import' });
    fireEvent.drop(dropZone, { dataTransfer: { files: [new File(['%PDF'], 'catalogue.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText(/catalogue\.pdf is a \.pdf file\. Choose a \.csv or \.xlsx file/)).toBeInTheDocument();

    fireEvent.drop(dropZone, { dataTransfer: { files: [new File(['x'], 'old.xls')] } });
    expect(await screen.findByText(/old\.xls is an old Excel 97–2003 workbook/)).toBeInTheDocument();
    expect(inputsOf('services.importPreview')).toEqual([]);
  });

  it('blocks on a mapping problem and checks again when the mapping changes', async () => {
    const { user, fileInput, inputsOf } = renderWizard();

    await user.upload(await fileInput(), new File([csv], 'offering.csv', { type: 'text/csv' }));
    const problems = await screen.findByRole('alert');
    expect(within(problems).getByText('Choose the column for Name: it is required.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next: preview the rows/ })).toBeDisabled();
    expect(screen.getByText('offering.csv')).toBeInTheDocument();
    expect(inputsOf('services.importPreview')[0]).toEqual({ fileName: 'offering.csv', contentBase64: btoa(csv) });

    await chooseColumn(user, 'Name', 'Offering');

    await waitFor(() => expect(screen.getByRole('button', { name: /Next: preview the rows/ })).toBeEnabled());
    expect(screen.getByText('Every required field has a column')).toBeInTheDocument();
    expect(inputsOf('services.importPreview').at(-1)).toMatchObject({ mapping: { name: 'Offering', lifecycle: 'Status', owner: 'Owner' } });
  });

  it('shows every row problem, blocks all-or-nothing, and imports the valid rows when asked', async () => {
    const { user, fileInput, inputsOf } = renderWizard();

    await user.upload(await fileInput(), new File([csv], 'offering.csv', { type: 'text/csv' }));
    await chooseColumn(user, 'Name', 'Offering');
    await user.click(await screen.findByRole('button', { name: /Next: preview the rows/ }));

    const errors = await screen.findByRole('table', { name: 'Problems by row' });
    const [row] = within(errors).getAllByRole('row').slice(1);
    expect(within(row!).getByText('3')).toBeInTheDocument();
    expect(within(row!).getByText('Status')).toBeInTheDocument();
    expect(within(row!).getByText('"sunsetting" is not pipeline, live or retired')).toBeInTheDocument();
    const notImported = screen.getByRole('region', { name: 'Columns that will not be imported (1)' });
    expect(within(notImported).getByRole('group', { name: 'Columns not imported' })).toHaveTextContent('Cost centre');
    const newPeople = screen.getByRole('heading', { name: 'New people that will be created' }).parentElement!;
    expect(within(newPeople).getByRole('listitem')).toHaveTextContent('Zara Quinn');
    expect(within(screen.getByRole('table', { name: 'Rows to import' })).getAllByRole('row')).toHaveLength(4);

    const importButton = screen.getByRole('button', { name: 'Import 3 services' });
    expect(importButton).toBeDisabled();
    expect(importButton).toHaveAccessibleDescription('1 row has problems. Fix the file and choose it again, or import only the valid rows.');

    await user.click(screen.getByRole('radio', { name: 'Import the 2 valid rows and skip the rest' }));
    const validButton = screen.getByRole('button', { name: 'Import 2 services' });
    expect(validButton).toBeEnabled();
    expect(inputsOf('services.import')).toEqual([]);
    await user.click(validButton);

    expect(await screen.findByText('Imported 2 services from offering.csv')).toBeInTheDocument();
    expect(screen.getByText(/with problems skipped; fix them/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the catalogue' })).toHaveAttribute('href', '/services');
    expect(inputsOf('services.import')).toEqual([
      {
        fileName: 'offering.csv',
        contentBase64: btoa(csv),
        mapping: expect.objectContaining({ name: 'Offering' }),
        mode: 'valid-rows',
        progressId: expect.stringMatching(/^import-/),
      },
    ]);
  });

  it('goes back where it came from on Cancel, having written nothing', async () => {
    const { user, fileInput, history, inputsOf } = renderWizard();

    await user.upload(await fileInput(), new File([csv], 'offering.csv', { type: 'text/csv' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(history.at(-1)).toBe('/services?lifecycle=live');
    expect(inputsOf('services.import')).toEqual([]);
  });
});
