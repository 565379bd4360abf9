import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NewTeamMemberInput, TeamMembersView, TeamMemberView } from '../../../../../../shared/team/team-types';
import { formatDate } from '../../../../lib/format';
import { apiError } from '../../../../test/fake-api';
import { openInfo, person } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { memberView, teamStatus } from '../../../../test/team-fixtures';

const ADA = memberView({ role: 'ada', displayName: 'Ada Lovelace', person: { id: 1, name: 'Ada Lovelace' }, isYou: true, addedBy: 'ada' });
const PEOPLE = [person({ id: 1, name: 'Ada Lovelace' }), person({ id: 2, name: 'Sam Service Owner' }), person({ id: 3, name: 'Audrey Auditor' })];

/** Settings ▸ Team of a team workspace whose members list lives in this closure, as the team database would hold it. */
function renderMembers(
  initial: TeamMemberView[],
  { canManage = true, handlers = {} }: { canManage?: boolean; handlers?: Parameters<typeof renderApp>[0] } = {},
) {
  let members = initial;
  const view = (): TeamMembersView => ({ members, canManage });
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'team.status': () => teamStatus(),
      'people.list': () => PEOPLE,
      'team.members': () => view(),
      'team.addMember': (input: NewTeamMemberInput) => {
        const linked = PEOPLE.find((candidate) => candidate.id === input.personId);
        const added = memberView({
          role: input.role,
          displayName: linked?.name ?? input.role,
          access: input.access,
          person: linked ? { id: linked.id, name: linked.name } : null,
          linked: linked !== undefined,
          addedAt: '2026-11-24T09:00:00.000Z',
        });
        members = [...members, added];
        return added;
      },
      'team.removeMember': ({ role }) => {
        members = members.map((member) => (member.role === role ? { ...member, removedAt: '2026-11-24T09:00:00.000Z' } : member));
        return members.find((member) => member.role === role)!;
      },
      'team.setMemberPassword': ({ role }) => members.find((member) => member.role === role)!,
      'team.setMemberAccess': ({ role, access }) => {
        members = members.map((member) => (member.role === role ? { ...member, access } : member));
        return members.find((member) => member.role === role)!;
      },
      ...handlers,
    },
    { path: '/settings/team' },
  );
}

const membersTable = () => screen.findByRole('table', { name: 'Members of the team workspace' });

describe('Settings ▸ Team ▸ Members', () => {
  it('lists the members with their role, person, access and dates; a removed one stays listed', async () => {
    renderMembers([
      ADA,
      memberView(),
      memberView({ role: 'audrey', displayName: 'audrey', access: 'read', person: null, linked: false, removedAt: '2026-11-23T12:00:00.000Z' }),
    ]);
    const table = await membersTable();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Ada Lovelace');
    expect(rows[1]).toHaveTextContent('You');
    expect(within(rows[3]!).getByText('Not linked')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Read (auditor)')).toBeInTheDocument();
    // Nobody removes themselves, and a removed member has nothing left to change.
    expect(screen.queryByRole('button', { name: 'Remove Ada Lovelace (ada)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove audrey (audrey)' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Sam Service Owner (sam)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Access of Sam Service Owner (sam)' })).toHaveValue('Edit');
  });

  it('says so when nobody is a member, and offers to add one', async () => {
    renderMembers([]);
    expect(await screen.findByText(/Nobody is a member yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add member' })).toBeInTheDocument();
  });

  it('shows the list read-only to a member who did not publish the workspace', async () => {
    renderMembers([ADA, memberView()], { canManage: false });
    await membersTable();
    expect(screen.getByText(/Only the person who published the team workspace can change this list/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Access of/ })).not.toBeInTheDocument();
  });

  it('opens the form from the keyboard, focused on the role name, and adds a reader linked to a person', async () => {
    const { user, inputsOf } = renderMembers([ADA]);
    await membersTable();
    screen.getByRole('button', { name: 'Add member' }).focus();
    await user.keyboard('{Enter}');
    const form = await screen.findByRole('form', { name: 'Add a member' });
    expect(within(form).getByLabelText(/Role name/)).toHaveFocus();
    await user.keyboard('audrey');
    await user.tab();
    await user.keyboard('checks everything 2026');
    expect(within(form).getByText(/You give it to the person/)).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Read (auditor)' }));
    expect(within(form).getByText(/Sees everything, changes nothing/)).toBeInTheDocument();
    await user.click(within(form).getByRole('combobox', { name: 'Person' }));
    await user.click(await screen.findByRole('option', { name: 'Audrey Auditor' }));
    await user.click(within(form).getByRole('button', { name: 'Add member' }));

    expect(await screen.findByText('Audrey Auditor is now a member')).toBeInTheDocument();
    expect(inputsOf('team.addMember')).toEqual([{ role: 'audrey', password: 'checks everything 2026', access: 'read', personId: 3 }]);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a member' })).not.toBeInTheDocument());
    expect(await within(await membersTable()).findByText('audrey')).toBeInTheDocument();
  });

  it('names the field under the field and calls nothing for bad input; a refusal from the host lands under its field too', async () => {
    const { user, inputsOf } = renderMembers([ADA], {
      handlers: {
        'team.addMember': () => {
          throw apiError({ code: 'invalid_input', message: 'role: sam already exists on this PostgreSQL server.', field: 'role' });
        },
      },
    });
    await membersTable();
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const form = await screen.findByRole('form', { name: 'Add a member' });
    await user.type(within(form).getByLabelText(/Role name/), 'Sam Smith');
    await user.type(within(form).getByLabelText(/Password/), 'short');
    await user.click(within(form).getByRole('button', { name: 'Add member' }));
    expect(await within(form).findByText(/^Role name may only use lowercase letters/)).toBeInTheDocument();
    expect(within(form).getByText('Password must be at least 12 characters')).toBeInTheDocument();
    expect(inputsOf('team.addMember')).toEqual([]);

    await user.clear(within(form).getByLabelText(/Role name/));
    await user.type(within(form).getByLabelText(/Role name/), 'sam');
    await user.clear(within(form).getByLabelText(/Password/));
    await user.type(within(form).getByLabelText(/Password/), 'owner of services 2026');
    await user.click(within(form).getByRole('button', { name: 'Add member' }));
    expect(await within(form).findByText('role: sam already exists on this PostgreSQL server.')).toBeInTheDocument();
    expect(inputsOf('team.addMember')).toHaveLength(1);
  });

  it('asks before removing a member and says they keep their history', async () => {
    const { user, inputsOf } = renderMembers([ADA, memberView()]);
    await membersTable();
    await user.click(screen.getByRole('button', { name: 'Remove Sam Service Owner (sam)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Sam Service Owner from the team?' });
    expect(dialog).toHaveTextContent('Sam Service Owner can no longer connect to the team database as sam');
    expect(dialog).toHaveTextContent('Their history is kept');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(inputsOf('team.removeMember')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Remove Sam Service Owner (sam)' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove member' }));
    expect(await screen.findByText('Sam Service Owner was removed from the team')).toBeInTheDocument();
    expect(inputsOf('team.removeMember')).toEqual([{ role: 'sam' }]);
    const table = await membersTable();
    await waitFor(() => expect(within(table).getAllByRole('row')[2]).toHaveTextContent(formatDate('2026-11-24T09:00:00.000Z')));
    expect(screen.queryByRole('button', { name: 'Remove Sam Service Owner (sam)' })).not.toBeInTheDocument();
  });

  it('says in the dialog why a member was not removed, in terms of removing', async () => {
    const { user, inputsOf } = renderMembers([ADA, memberView()], {
      handlers: {
        'team.removeMember': () => {
          throw apiError({ code: 'forbidden', message: 'Only the person who published the team workspace can manage its members.' });
        },
      },
    });
    await membersTable();
    await user.click(screen.getByRole('button', { name: 'Remove Sam Service Owner (sam)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Sam Service Owner from the team?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('Sam Service Owner was not removed');
    expect(refusal).toHaveTextContent('Only the person who published the team workspace can manage its members.');
    expect(dialog).not.toHaveTextContent(/deleted/i);
    expect(inputsOf('team.removeMember')).toEqual([{ role: 'sam' }]);
  });

  it('moves a member to read access from the row', async () => {
    const { user, inputsOf } = renderMembers([ADA, memberView()]);
    await membersTable();
    await user.click(screen.getByRole('combobox', { name: 'Access of Sam Service Owner (sam)' }));
    await user.click(await screen.findByRole('option', { name: 'Read (auditor)' }));
    expect(await screen.findByText('Sam Service Owner now has read (auditor) access')).toBeInTheDocument();
    expect(inputsOf('team.setMemberAccess')).toEqual([{ role: 'sam', access: 'read' }]);
  });

  it('offers Set password on every current member to the publisher only, their own row included', async () => {
    renderMembers([ADA, memberView(), memberView({ role: 'audrey', displayName: 'audrey', removedAt: '2026-11-23T12:00:00.000Z' })]);
    await membersTable();
    expect(screen.getByRole('button', { name: 'Set password of Ada Lovelace (ada)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set password of Sam Service Owner (sam)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set password of audrey (audrey)' })).not.toBeInTheDocument();
  });

  it('shows no Set password to a member who did not publish the workspace', async () => {
    renderMembers([ADA, memberView()], { canManage: false });
    await membersTable();
    expect(screen.queryByRole('button', { name: /^Set password of/ })).not.toBeInTheDocument();
  });

  it('sets a new password typed twice; too short or not matching is named under its field and calls nothing', async () => {
    const { user, inputsOf } = renderMembers([ADA, memberView()], {
      handlers: {
        'team.setMemberPassword': ({ password }) => {
          if (password.includes('sam')) throw apiError({ code: 'invalid_input', message: 'password: may not contain the role name.', field: 'password' });
          return memberView();
        },
      },
    });
    await membersTable();
    await user.click(screen.getByRole('button', { name: 'Set password of Sam Service Owner (sam)' }));
    const form = await screen.findByRole('form', { name: 'Set a new password for Sam Service Owner (sam)' });
    const password = within(form).getByLabelText(/^New password/);
    const confirm = within(form).getByLabelText(/^Confirm the new password/);
    await waitFor(() => expect(password).toHaveFocus());
    expect(form).toHaveTextContent('The role sam logs in with the new password from now on, and the old one is refused.');

    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(await within(form).findByText('New password must be at least 12 characters')).toBeInTheDocument();
    expect(within(form).getByText('Confirmation is required: type the new password again')).toBeInTheDocument();

    await user.type(password, 'short');
    await user.type(confirm, 'shorter');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(await within(form).findByText('New password must be at least 12 characters')).toBeInTheDocument();
    expect(within(form).getByText('Confirmation does not match the new password')).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription(/New password must be at least 12 characters/);
    expect(confirm).toHaveAccessibleDescription(/Confirmation does not match the new password/);
    expect(inputsOf('team.setMemberPassword')).toEqual([]);

    // What only the host checks (the role name inside the password) lands under the field too.
    await user.clear(password);
    await user.type(password, 'sam forgot the old one');
    await user.clear(confirm);
    await user.type(confirm, 'sam forgot the old one');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(await within(form).findByText('password: may not contain the role name.')).toBeInTheDocument();

    await user.clear(password);
    await user.type(password, 'a fresh start in 2026');
    await user.clear(confirm);
    await user.type(confirm, 'a fresh start in 2026');
    await user.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('New password set for Sam Service Owner')).toBeInTheDocument();
    expect(inputsOf('team.setMemberPassword')).toEqual([
      { role: 'sam', password: 'sam forgot the old one' },
      { role: 'sam', password: 'a fresh start in 2026' },
    ]);
    await waitFor(() => expect(screen.queryByRole('form', { name: /Set a new password/ })).not.toBeInTheDocument());
  });
});
