import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ServiceHours } from '../../../../../shared/domain/service-hours';
import { ServiceHoursEditor } from './ServiceHoursEditor';

function Harness({ initial, onValue, errors = {} }: { initial: ServiceHours; onValue: (value: ServiceHours) => void; errors?: Record<string, string> }) {
  const [value, setValue] = useState(initial);
  return (
    <ServiceHoursEditor
      value={value}
      errors={errors}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

function renderEditor(initial: ServiceHours, errors?: Record<string, string>) {
  const values: ServiceHours[] = [];
  const user = userEvent.setup();
  render(
    <MantineProvider env="test">
      <Harness initial={initial} errors={errors} onValue={(value) => values.push(value)} />
    </MantineProvider>,
  );
  return { user, values, last: () => values[values.length - 1] };
}

describe('ServiceHoursEditor', () => {
  it('goes from 24×7 to office hours and back, remembering the calendar', async () => {
    const { user, last } = renderEditor({ mode: '24x7' });

    await user.click(screen.getByText('Weekly hours'));
    expect(last()).toEqual({ mode: 'weekly', windows: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, from: '08:00', to: '18:00' })) });
    await user.click(screen.getByRole('button', { name: 'Remove Friday' }));
    await user.click(screen.getByText('Around the clock (24×7)'));
    expect(last()).toEqual({ mode: '24x7' });
    await user.click(screen.getByText('Weekly hours'));
    expect(last()).toMatchObject({ mode: 'weekly', windows: expect.not.arrayContaining([expect.objectContaining({ day: 'fri' })]) });
  });

  it('splits a day into two windows and copies Monday to the other weekdays', async () => {
    const { user, last } = renderEditor({ mode: 'weekly', windows: [{ day: 'mon', from: '08:00', to: '12:00' }] });

    await user.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    expect(screen.getByRole('textbox', { name: 'Monday window 2 from' })).toHaveValue('13:00');
    await user.click(screen.getByRole('button', { name: 'Copy Monday to Tue–Fri' }));

    expect(last()).toMatchObject({ mode: 'weekly', windows: expect.any(Array) });
    expect((last() as { windows: unknown[] }).windows).toHaveLength(10);
    expect(screen.getByText('Mon-Fri 08:00-12:00; Mon-Fri 13:00-17:00 · 40 hours a week')).toBeInTheDocument();
  });

  it('shows an error at the window it concerns', () => {
    renderEditor(
      {
        mode: 'weekly',
        windows: [
          { day: 'mon', from: '08:00', to: '18:00' },
          { day: 'tue', from: '18:00', to: '08:00' },
        ],
      },
      { 'serviceHours.windows.1.to': 'To must end after it starts' },
    );
    expect(screen.getByRole('textbox', { name: 'Tuesday to' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Monday to' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('To must end after it starts')).toBeInTheDocument();
  });
});
