import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContractPerformance } from '../../../../../shared/api/contract-performance-api';
import { contract, serviceSummary, supplier } from '../../../test/catalogue-fixtures';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const wan = contract({ id: 1, title: 'Managed WAN', daysToEnd: 300 });

function performanceWith(targets: ContractPerformance['targets']): { periods: string[]; contracts: ContractPerformance[] } {
  return {
    periods: [],
    contracts: [
      {
        contract: {
          id: 1,
          kind: 'underpinning',
          title: 'Managed WAN',
          supplierId: 1,
          supplierName: 'Contoso',
          internalTeam: null,
          startDate: null,
          endDate: null,
        },
        targets,
        worst: [],
        dependentSlas: [],
        dependentSlaCount: 0,
      },
    ],
  };
}

describe('Contract targets', () => {
  it('adds targets to a contract with the SLA targets editor, checking the warning side first', async () => {
    const { user, inputsOf } = renderApp(
      {
        'workspace.info': () => openInfo(),
        'people.list': () => [],
        'suppliers.list': () => [supplier()],
        'services.list': () => ({ rows: [serviceSummary()], total: 1 }),
        'contracts.list': () => [wan],
        'contracts.performance': () => performanceWith([]),
        'contracts.setTargets': () => ({ owner: { kind: 'contract', id: 1, code: null, title: 'Managed WAN' }, periods: [], rows: [] }),
      },
      { path: '/suppliers/contracts' },
    );
    await user.click(await screen.findByRole('button', { name: 'Targets of Managed WAN' }));
    const dialog = await screen.findByRole('dialog', { name: 'Targets of Managed WAN' });
    await user.click(await within(dialog).findByRole('button', { name: 'Add availability target' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Warning/ }), '99.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save targets' }));
    expect(await within(dialog).findByText(/^Warning must be above the target \(99.9\)/)).toBeInTheDocument();
    expect(inputsOf('contracts.setTargets')).toEqual([]);

    await user.clear(within(dialog).getByRole('textbox', { name: /^Warning/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Warning/ }), '99.95');
    await user.click(within(dialog).getByRole('button', { name: 'Save targets' }));
    await waitFor(() =>
      expect(inputsOf('contracts.setTargets')).toEqual([
        { contractId: 1, removeMeasuredTargets: false, targets: [{ kind: 'availability', label: null, target: 99.9, warning: 99.95 }] },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Targets of Managed WAN' })).not.toBeInTheDocument());
  });
});
