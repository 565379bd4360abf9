import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../../shared/api/people-api';
import { apiError } from '../../../test/fake-api';
import { openInfo, person } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

function renderPeople(people: Person[], handlers: Parameters<typeof renderApp>[0] = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': ({ search } = {}) => people.filter((item) => !search || item.name.toLowerCase().includes(search.toLowerCase())),
      ...handlers,
    },
    { path: '/settings/people' },
  );
}

describe('PeopleTab', () => {
  it('lists people with long names kept to one line and offers to add the first one when empty', async () => {
    const longName = 'Jean-Baptiste Emmanuel Zorg-Delacroix de la Fontaine-Montgomery';
    renderPeople([person(), person({ id: 2, name: longName, email: null, role: null, active: true })]);

    const table = await screen.findByRole('table', { name: 'People' });
    expect(within(table).getByText(longName)).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: `Edit ${longName}` })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows an empty state with an add button when nobody exists', async () => {
    renderPeople([]);
    expect(await screen.findByText('No people yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add the first person' })).toBeInTheDocument();
  });

  it('adds a person through the modal', async () => {
    const people: Person[] = [];
    const { user, inputsOf } = renderPeople(people, {
      'people.create': (input) => {
        const created = person({ id: 9, name: input.name, email: input.email ?? null, role: input.role ?? null });
        people.push(created);
        return created;
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Sofia Martins');
    await user.type(within(dialog).getByLabelText('Role'), 'SLA manager{Enter}');

    expect(await screen.findByText('Added Sofia Martins')).toBeInTheDocument();
    expect(inputsOf('people.create')).toEqual([{ name: 'Sofia Martins', email: '', role: 'SLA manager' }]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a person' })).not.toBeInTheDocument());
    expect(within(await screen.findByRole('table', { name: 'People' })).getByText('Sofia Martins')).toBeInTheDocument();
  });

  it('shows the API field error under the field it names and keeps the modal open', async () => {
    const message = 'Name: "Priya Shah" is already in use by another person.';
    const { user } = renderPeople([person()], {
      'people.create': () => {
        throw apiError({ code: 'conflict', message, field: 'name' });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    const name = within(dialog).getByLabelText(/Name/);
    await user.type(name, 'priya shah{Enter}');

    await waitFor(() => expect(name).toHaveAccessibleDescription(message));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Could not add the person')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Add a person' })).toBeInTheDocument();
  });

  it('validates the email in the browser with the API schema before sending', async () => {
    const { user, inputsOf } = renderPeople([]);

    await user.click(await screen.findByRole('button', { name: 'Add the first person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Li Wei');
    await user.type(within(dialog).getByLabelText('Email'), 'not-an-email{Enter}');

    expect(await within(dialog).findByText('Email must look like name@example.org')).toBeInTheDocument();
    expect(inputsOf('people.create')).toEqual([]);
  });

  it('edits a person, including making them inactive', async () => {
    const { user, inputsOf } = renderPeople([person()], {
      'people.update': (input) => person({ ...input, name: input.name ?? 'Priya Shah', active: input.active ?? true }),
    });

    await user.click(await screen.findByRole('button', { name: 'Edit Priya Shah' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Priya Shah' });
    expect(within(dialog).getByLabelText('Email')).toHaveValue('priya@example.org');
    await user.click(within(dialog).getByRole('switch', { name: /Active/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved Priya Shah')).toBeInTheDocument();
    expect(inputsOf('people.update')).toEqual([{ id: 1, name: 'Priya Shah', email: 'priya@example.org', role: 'Head of IT', active: false }]);
  });
});
