import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { teamStatus } from '../../../test/team-fixtures';

function renderSettings(handlers: Parameters<typeof renderApp>[0] = {}) {
  let organisationName = 'Acme IT';
  return renderApp(
    {
      'workspace.info': () => openInfo({ organisationName }),
      'settings.get': () => ({ organisationName, currentPersonId: null }),
      'settings.update': (input) => {
        organisationName = input.organisationName ?? organisationName;
        return { organisationName, currentPersonId: null };
      },
      'people.list': () => [],
      ...handlers,
    },
    { path: '/settings/organisation' },
  );
}

describe('OrganisationForm', () => {
  it('keeps Save disabled until the name changes', async () => {
    const { user } = renderSettings();
    const input = await screen.findByLabelText(/Organisation name/);
    const save = screen.getByRole('button', { name: 'Save' });
    expect(input).toHaveValue('Acme IT');
    expect(save).toBeDisabled();

    await user.type(input, ' Services');
    expect(save).toBeEnabled();
  });

  it('shows a validation message at the field and does not call the API for an empty name', async () => {
    const { user, inputsOf } = renderSettings();
    const input = await screen.findByLabelText(/Organisation name/);

    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Organisation name is required')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(inputsOf('settings.update')).toEqual([]);
  });

  it('saves the new name, announces it and updates the header', async () => {
    const { user, inputsOf } = renderSettings();
    const input = await screen.findByLabelText(/Organisation name/);

    await user.clear(input);
    await user.type(input, 'Acme Digital{Enter}');

    expect(await screen.findByText('Organisation name saved: Acme Digital')).toBeInTheDocument();
    expect(inputsOf('settings.update')).toEqual([{ organisationName: 'Acme Digital' }]);
    // The header reads the workspace info again after the write.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Acme Digital' })).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled());
  });

  it('puts an API error for the name under the field', async () => {
    const { user } = renderSettings({
      'settings.update': () => {
        throw apiError({ code: 'invalid_input', message: 'Organisation name: must be at most 200 characters', field: 'organisationName' });
      },
    });
    const input = await screen.findByLabelText(/Organisation name/);

    await user.type(input, ' (renamed){Enter}');

    await waitFor(() => expect(input).toHaveAccessibleDescription('Organisation name: must be at most 200 characters'));
    expect(screen.getByText('Could not save the organisation name')).toBeInTheDocument();
  });
});

describe('I am, in a team workspace', () => {
  it('names the person the team role is linked to and offers no choice the host would refuse', async () => {
    renderSettings({ 'team.status': () => teamStatus({ member: { role: 'sam', personName: 'Sam Service Owner', access: 'edit' } }) });
    expect(await screen.findByText(/In this team workspace you are Sam Service Owner: the person your team role sam is linked to/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Person' })).not.toBeInTheDocument();
  });
});
