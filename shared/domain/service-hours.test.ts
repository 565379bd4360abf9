import { describe, expect, it } from 'vitest';
import { formatServiceHours, parseServiceHours, serviceHoursSchema, weeklyServiceMinutes } from './service-hours';

const officeHours = {
  mode: 'weekly' as const,
  windows: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day: day as 'mon', from: '08:00', to: '18:00' })),
};

describe('service hours', () => {
  it('counts weekly minutes', () => {
    expect(weeklyServiceMinutes({ mode: '24x7' })).toBe(10_080);
    expect(weeklyServiceMinutes(officeHours)).toBe(3_000);
  });

  it('formats runs of days as ranges and other days as lists', () => {
    expect(formatServiceHours({ mode: '24x7' })).toBe('24x7');
    expect(formatServiceHours(officeHours)).toBe('Mon-Fri 08:00-18:00');
    expect(
      formatServiceHours({
        mode: 'weekly',
        windows: [...officeHours.windows, { day: 'sat', from: '09:00', to: '13:00' }, { day: 'sun', from: '09:00', to: '13:00' }],
      }),
    ).toBe('Mon-Fri 08:00-18:00; Sat,Sun 09:00-13:00');
  });

  it('parses what it formats, and common spellings', () => {
    for (const text of ['24x7', '24/7', '24 x 7']) expect(parseServiceHours(text)).toEqual({ ok: true, value: { mode: '24x7' } });
    expect(parseServiceHours('Mon-Fri 08:00-18:00')).toEqual({ ok: true, value: officeHours });
    expect(parseServiceHours('monday - friday 8:00-18:00')).toEqual({ ok: true, value: officeHours });
    const mixed = parseServiceHours('Mon-Fri 07:30-19:00; Sat 09:00-13:00');
    expect(mixed.ok && formatServiceHours(mixed.value)).toBe('Mon-Fri 07:30-19:00; Sat 09:00-13:00');
    expect(parseServiceHours('Mon 00:00-24:00')).toMatchObject({ ok: true });
  });

  it('explains text it cannot read', () => {
    expect(parseServiceHours('office hours')).toEqual({ ok: false, error: '"office hours" is not like "Mon-Fri 08:00-18:00"' });
    expect(parseServiceHours('Funday 08:00-18:00')).toEqual({ ok: false, error: '"Funday" is not a day or day range' });
    expect(parseServiceHours('Mon 18:00-08:00')).toMatchObject({ ok: false, error: 'must end after it starts' });
    expect(parseServiceHours('Mon 08:00-12:00; Mon 11:00-13:00')).toMatchObject({ ok: false, error: 'has overlapping windows on the same day' });
    expect(parseServiceHours('Mon 25:00-26:00')).toMatchObject({ ok: false });
  });

  it('validates the stored form', () => {
    expect(serviceHoursSchema.safeParse({ mode: 'weekly', windows: [] }).success).toBe(false);
    expect(serviceHoursSchema.safeParse({ mode: 'sometimes' }).success).toBe(false);
  });
});
