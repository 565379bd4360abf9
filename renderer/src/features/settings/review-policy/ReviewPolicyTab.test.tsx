import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewPolicy } from '../../../../../shared/domain/review-policy';
import { DEFAULT_REVIEW_POLICY } from '../../../../../shared/domain/review-policy';
import { apiError } from '../../../test/fake-api';
import { openInfo, person } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

function renderPolicy(handlers: Parameters<typeof renderApp>[0] = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [person({ id: 1, name: 'Alex Morgan' }), person({ id: 2, name: 'Samira Haddad' })],
      'reviewPolicy.get': () => ({ policy: DEFAULT_REVIEW_POLICY, bands: ['Low', 'Medium', 'High', 'Critical'], updatedAt: null, updatedBy: null }),
      'reviewPolicy.preview': ({ policy }) => ({
        moves: [],
        movesTotal: 0,
        keptSetByHand: [],
        keptTotal: 0,
        noBasis: 0,
        reviewerChanges:
          (policy as ReviewPolicy).risk.reviewer.by === 'person'
            ? [{ kind: 'risk' as const, from: 'each risk’s owner', to: 'Samira Haddad', openSubjects: 42 }]
            : [],
      }),
      ...handlers,
    },
    { path: '/settings/review-policy' },
  );
}

const risks = () => screen.getByRole('heading', { name: 'Risks' }).closest('div.mantine-Paper-root') as HTMLElement;

describe('Settings ▸ Review policy: who reviews', () => {
  it('names a person as the reviewer of risks and shows the change in the preview before saving', async () => {
    const { user, inputsOf } = renderPolicy({
      'reviewPolicy.update': ({ policy }) => ({ policy: policy as ReviewPolicy, bands: [], updatedAt: '2026-11-24T09:00:00Z', updatedBy: 'Alex' }),
    });
    await screen.findByRole('heading', { name: 'Risks' });
    await user.click(within(risks()).getByRole('radio', { name: 'A person' }));
    await user.click(within(risks()).getByRole('combobox', { name: 'Reviewing person' }));
    await user.click(await screen.findByRole('option', { name: 'Samira Haddad' }));
    await user.click(screen.getByRole('button', { name: 'Preview and save…' }));

    const changes = await screen.findByRole('list', { name: 'Reviewers that change' });
    expect(changes).toHaveTextContent('Risks: reviewed by each risk’s owner → Samira Haddad (42 open; their inboxes change at once).');
    await user.click(screen.getByRole('button', { name: 'Save, move nothing' }));
    expect((inputsOf('reviewPolicy.update')[0] as { policy: ReviewPolicy }).policy.risk.reviewer).toEqual({ by: 'person', personId: 2, role: null });
  });

  it('refuses an empty role before asking the API, with the message at the field', async () => {
    const { user, inputsOf } = renderPolicy();
    await screen.findByRole('heading', { name: 'Suppliers and contracts' });
    const suppliers = screen.getByRole('heading', { name: 'Suppliers and contracts' }).closest('div.mantine-Paper-root') as HTMLElement;
    await user.click(within(suppliers).getByRole('radio', { name: 'A role' }));
    await user.click(screen.getByRole('button', { name: 'Preview and save…' }));
    const message = 'Supplier reviews, reviewer: the role is empty; name the role whose holders review them (e.g. Head of IT).';
    expect(await within(suppliers).findByText(message)).toBeInTheDocument();
    expect(inputsOf('reviewPolicy.preview')).toEqual([]);
  });

  it('shows the API’s refusal of a person who no longer exists at the reviewer field', async () => {
    const message = 'Risk reviews, reviewer: there is no person with id 2.';
    const { user } = renderPolicy({
      'reviewPolicy.update': () => {
        throw apiError({ code: 'not_found', message, field: 'policy.risk.reviewer' });
      },
    });
    await screen.findByRole('heading', { name: 'Risks' });
    await user.click(within(risks()).getByRole('radio', { name: 'A person' }));
    await user.click(within(risks()).getByRole('combobox', { name: 'Reviewing person' }));
    await user.click(await screen.findByRole('option', { name: 'Samira Haddad' }));
    await user.click(screen.getByRole('button', { name: 'Preview and save…' }));
    await user.click(await screen.findByRole('button', { name: 'Save, move nothing' }));
    expect(await within(risks()).findByText(message)).toBeInTheDocument();
  });
});
