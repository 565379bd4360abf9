import { describe, expect, it } from 'vitest';
import { HOURS_PRESETS, copyDay, nextWindow, normaliseTime, weeklyHoursText } from './service-hours-editing';

describe('service hours editing', () => {
  it('reads times the way people type them', () => {
    expect(normaliseTime('8')).toBe('08:00');
    expect(normaliseTime('830')).toBe('08:30');
    expect(normaliseTime('8.30')).toBe('08:30');
    expect(normaliseTime(' 17:45 ')).toBe('17:45');
    expect(normaliseTime('24')).toBe('24:00');
    expect(normaliseTime('noon')).toBe('noon');
  });

  it('has the two common presets', () => {
    expect(HOURS_PRESETS.map((preset) => preset.label)).toEqual(['Mon–Fri 08:00–18:00', 'Mon–Sat 07:00–19:00']);
    expect(HOURS_PRESETS[1]!.windows).toHaveLength(6);
    expect(HOURS_PRESETS[1]!.windows[5]).toEqual({ day: 'sat', from: '07:00', to: '19:00' });
  });

  it('adds a window after the last one of the day, within the day', () => {
    expect(nextWindow([], 'sun')).toEqual({ day: 'sun', from: '08:00', to: '18:00' });
    expect(nextWindow([{ day: 'mon', from: '08:00', to: '12:00' }], 'mon')).toEqual({ day: 'mon', from: '13:00', to: '17:00' });
    expect(nextWindow([{ day: 'mon', from: '08:00', to: '22:30' }], 'mon')).toEqual({ day: 'mon', from: '22:30', to: '24:00' });
    expect(nextWindow([{ day: 'mon', from: '08:00', to: '23:30' }], 'mon')).toEqual({ day: 'mon', from: '23:30', to: '24:00' });
  });

  it("copies one day's windows onto others in weekday order", () => {
    const windows = [
      { day: 'wed' as const, from: '10:00', to: '11:00' },
      { day: 'mon' as const, from: '08:00', to: '12:00' },
      { day: 'mon' as const, from: '13:00', to: '17:00' },
      { day: 'sat' as const, from: '09:00', to: '12:00' },
    ];
    expect(copyDay(windows, 'mon', ['mon', 'tue', 'wed'])).toEqual([
      { day: 'mon', from: '08:00', to: '12:00' },
      { day: 'mon', from: '13:00', to: '17:00' },
      { day: 'tue', from: '08:00', to: '12:00' },
      { day: 'tue', from: '13:00', to: '17:00' },
      { day: 'wed', from: '08:00', to: '12:00' },
      { day: 'wed', from: '13:00', to: '17:00' },
      { day: 'sat', from: '09:00', to: '12:00' },
    ]);
  });

  it('says how many hours a week', () => {
    expect(weeklyHoursText(3000)).toBe('50 hours a week');
    expect(weeklyHoursText(2250)).toBe('37.5 hours a week');
    expect(weeklyHoursText(60)).toBe('1 hour a week');
  });
});
