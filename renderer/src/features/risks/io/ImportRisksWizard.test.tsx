import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiskImportFileInput } from '../../../../../shared/api/risks-io-api';
import { RISK_IMPORT_FIELDS, type RiskImportPreview } from '../../../../../shared/import/risk-import-fields';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const csv = 'Risk,Owner,Likelihood,Impact,Services\nDisk failure,Nora Quist,High,3 - Possible,SVC-001\nPhishing,Nora Quist,Sometimes,Rare,SVC-009\n';
const SCALE = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];

/** The host's answer for register.csv: "Sometimes" cannot be placed until the user maps it; row 3 names an unknown service. */
function previewFor(input: RiskImportFileInput): RiskImportPreview {
  const sometimes = input.ratingMap?.likelihood?.['Sometimes'] ?? null;
  const mapping = {
    ...Object.fromEntries(RISK_IMPORT_FIELDS.map((field) => [field.key, null])),
    title: 'Risk',
    owner: 'Owner',
    residualLikelihood: 'Likelihood',
    residualImpact: 'Impact',
    services: 'Services',
    ...input.mapping,
  };
  return {
    fileName: 'register.csv',
    columns: ['Risk', 'Owner', 'Likelihood', 'Impact', 'Services'],
    mapping,
    fields: RISK_IMPORT_FIELDS.map(({ key, label, required, hint }) => ({ key, label, required, hint })),
    mappingProblems: [],
    ignoredColumns: [],
    mappingNotes: [],
    valuesReadAs: [],
    rowCount: 2,
    validCount: 1,
    errors: [
      { row: 3, column: 'Services', field: 'services', message: 'SVC-009 is not a service in this workspace' },
      ...(sometimes === null
        ? [{ row: 3, column: 'Likelihood', field: 'residualLikelihood', message: '"Sometimes" is not mapped to a likelihood level' }]
        : []),
    ],
    newOwners: ['Nora Quist'],
    ratings: {
      likelihood: [
        { text: 'High', level: 4, via: 'word', count: 1 },
        { text: 'Sometimes', level: sometimes, via: sometimes === null ? null : 'user', count: 1 },
      ],
      impact: [
        { text: 'Rare', level: 1, via: 'word', count: 1 },
        { text: '3 - Possible', level: 3, via: 'number', count: 1 },
      ],
    },
    unmappedRatings: { likelihood: sometimes === null ? ['Sometimes'] : [], impact: [] },
    scales: { likelihood: SCALE, impact: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] },
    sample: [
      {
        row: 2,
        code: 'RSK-001',
        title: 'Disk failure',
        owner: 'Nora Quist',
        services: ['SVC-001'],
        status: 'assessed',
        inherent: null,
        residual: '4×3 = 12 High',
        target: null,
      },
      {
        row: 3,
        code: 'RSK-002',
        title: 'Phishing',
        owner: 'Nora Quist',
        services: ['SVC-009'],
        status: 'assessed',
        inherent: null,
        residual: null,
        target: null,
      },
    ],
  };
}

function renderWizard() {
  const view = renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'risks.importPreview': (input) => previewFor(input),
      'risks.import': ({ mode }) => ({ created: 1, skipped: mode === 'valid-rows' ? 1 : 0, newPeople: ['Nora Quist'], errors: [] }),
    },
    { path: '/risks/import?back=%2Frisks%3Fstatus%3Dtreating' },
  );
  const fileInput = async () => {
    await screen.findByText('Drop a .csv or .xlsx file here');
    return view.container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
  };
  return { ...view, fileInput };
}

describe('ImportRisksWizard', () => {
  it('blocks the rating step until every rating is placed, then sends the chosen level', async () => {
    const { user, fileInput, inputsOf } = renderWizard();

    await user.upload(await fileInput(), new File([csv], 'register.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('table', { name: 'Column mapping' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Register field' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next: place the ratings/ }));

    expect(await screen.findByText('1 rating cannot be placed on the matrix')).toBeInTheDocument();
    const next = screen.getByRole('button', { name: /Next: preview the rows/ });
    expect(next).toBeDisabled();
    expect(next).toHaveAccessibleDescription('Choose a level for 1 rating the matrix cannot place.');
    const likelihood = screen.getByRole('table', { name: 'Likelihood ratings' });
    expect(within(likelihood).getByRole('combobox', { name: 'Likelihood level for “High”' })).toHaveValue('4 · Likely');
    expect(within(likelihood).getByText('A common rating word')).toBeInTheDocument();
    expect(within(likelihood).getByText('Cannot be placed: choose a level')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Impact ratings' })).getByRole('combobox', { name: 'Impact level for “3 - Possible”' })).toHaveValue(
      '3 · Moderate',
    );

    await user.click(within(likelihood).getByRole('combobox', { name: 'Likelihood level for “Sometimes”' }));
    await user.click(await screen.findByRole('option', { name: '3 · Possible' }));

    await waitFor(() => expect(screen.getByRole('button', { name: /Next: preview the rows/ })).toBeEnabled());
    expect(screen.getByText('Every rating has a level')).toBeInTheDocument();
    expect(inputsOf('risks.importPreview').at(-1)).toMatchObject({ ratingMap: { likelihood: { Sometimes: 3 }, impact: {} } });
  });

  it('shows row problems and new owners, and imports the valid rows with the rating map', async () => {
    const { user, fileInput, inputsOf } = renderWizard();

    await user.upload(await fileInput(), new File([csv], 'register.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: /Next: place the ratings/ }));
    await user.click(await screen.findByRole('combobox', { name: 'Likelihood level for “Sometimes”' }));
    await user.click(await screen.findByRole('option', { name: '2 · Unlikely' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Next: preview the rows/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /Next: preview the rows/ }));

    const errors = await screen.findByRole('table', { name: 'Problems by row' });
    const [row] = within(errors).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('Services');
    expect(row).toHaveTextContent('SVC-009 is not a service in this workspace');
    expect(within(screen.getByRole('region', { name: 'New people that will be created' })).getByRole('listitem')).toHaveTextContent('Nora Quist');
    expect(within(screen.getByRole('table', { name: 'Rows to import' })).getByText('4×3 = 12 High')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Import 2 risks' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Import the 1 valid row and skip the rest' }));
    await user.click(screen.getByRole('button', { name: 'Import 1 risk' }));

    expect(await screen.findByText('Imported 1 risk from register.csv')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the register' })).toHaveAttribute('href', '/risks');
    expect(inputsOf('risks.import')).toEqual([
      {
        fileName: 'register.csv',
        contentBase64: btoa(csv),
        mapping: expect.objectContaining({ title: 'Risk', residualLikelihood: 'Likelihood' }),
        ratingMap: { likelihood: { Sometimes: 2 }, impact: {} },
        mode: 'valid-rows',
        progressId: expect.stringMatching(/^import-/),
      },
    ]);
  });

  it('goes back to the register as it was filtered on Cancel, asking first once ratings were chosen', async () => {
    const { user, fileInput, history } = renderWizard();
    await user.upload(await fileInput(), new File([csv], 'register.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: /Next: place the ratings/ }));
    await user.click(await screen.findByRole('combobox', { name: 'Likelihood level for “Sometimes”' }));
    await user.click(await screen.findByRole('option', { name: '2 · Unlikely' }));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave the import?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(history.at(-1)).toBe('/risks/import?back=%2Frisks%3Fstatus%3Dtreating');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave the import?' })).getByRole('button', { name: 'Leave the import' }));
    await waitFor(() => expect(history.at(-1)).toBe('/risks?status=treating'));
  });
});
