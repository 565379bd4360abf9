import { ActionIcon, Button, Group, Input, Paper, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCopy, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import {
  WEEKDAYS,
  formatServiceHours,
  serviceHoursSchema,
  weeklyServiceMinutes,
  type ServiceHours,
  type ServiceWindow,
  type Weekday,
} from '../../../../../shared/domain/service-hours';
import { DEFAULT_WEEKLY, HOURS_PRESETS, WEEKDAY_NAMES, WEEKDAY_SHORT, copyDay, nextWindow, normaliseTime, weeklyHoursText } from './service-hours-editing';

interface ServiceHoursEditorProps {
  value: ServiceHours;
  onChange: (value: ServiceHours) => void;
  /** Form errors by path (`serviceHours.windows.2.to`, `serviceHours.windows`, `serviceHours`). */
  errors: Record<string, string>;
  /** Defaults for the service form; an SLA overriding its service's hours words them its own way. */
  label?: string;
  description?: string;
}

const WEEKDAYS_MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function TimeField({ label, value, error, onChange }: { label: string; value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <TextInput
      aria-label={label}
      value={value}
      placeholder="08:00"
      maxLength={5}
      w={72}
      size="xs"
      styles={{ input: { textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
      error={error ? true : undefined}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const normal = normaliseTime(event.currentTarget.value);
        if (normal !== event.currentTarget.value) onChange(normal);
      }}
    />
  );
}

/**
 * When the service is provided: 24×7, or a weekly calendar of one or more windows per day.
 * Windows keep their place in the list, so a message about `windows.2` lands on the right row.
 */
export function ServiceHoursEditor({
  value,
  onChange,
  errors,
  label = 'Service hours',
  description = 'When the service is provided and supported; SLAs measure availability within these hours.',
}: ServiceHoursEditorProps) {
  // Switching to 24×7 and back should not lose a calendar someone has just typed.
  const [lastWeekly, setLastWeekly] = useState<ServiceHours>(value.mode === 'weekly' ? value : DEFAULT_WEEKLY);
  const windows = value.mode === 'weekly' ? value.windows : [];
  const setWindows = (next: ServiceWindow[]) => {
    const weekly: ServiceHours = { mode: 'weekly', windows: next };
    setLastWeekly(weekly);
    onChange(weekly);
  };
  const update = (index: number, patch: Partial<ServiceWindow>) => setWindows(windows.map((window, at) => (at === index ? { ...window, ...patch } : window)));
  const remove = (index: number) => setWindows(windows.filter((_, at) => at !== index));
  const add = (day: Weekday) => setWindows([...windows, nextWindow(windows, day)]);

  const listError = errors['serviceHours.windows'] ?? errors['serviceHours'];
  const parsed = serviceHoursSchema.safeParse(value);

  return (
    <Input.Wrapper label={label} description={description} error={listError}>
      <Stack gap="sm" mt={6}>
        <SegmentedControl
          value={value.mode}
          onChange={(mode) => onChange(mode === '24x7' ? { mode: '24x7' } : lastWeekly)}
          data={[
            { value: '24x7', label: 'Around the clock (24×7)' },
            { value: 'weekly', label: 'Weekly hours' },
          ]}
          aria-label="Service hours mode"
          w="fit-content"
        />
        {value.mode === 'weekly' && (
          <Paper withBorder radius="md" p="sm" maw={640}>
            <Group gap="xs" mb="sm">
              <Text size="xs" c="dimmed">
                Presets:
              </Text>
              {HOURS_PRESETS.map((preset) => (
                <Button key={preset.label} size="compact-xs" variant="light" onClick={() => setWindows(preset.windows)}>
                  {preset.label}
                </Button>
              ))}
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconCopy size={12} />}
                onClick={() => setWindows(copyDay(windows, 'mon', WEEKDAYS_MON_FRI))}
                disabled={!windows.some((window) => window.day === 'mon')}
              >
                Copy Monday to Tue–Fri
              </Button>
            </Group>
            <Stack gap={6} role="group" aria-label="Weekly calendar">
              {WEEKDAYS.map((day) => {
                const dayWindows = windows.map((window, index) => ({ window, index })).filter(({ window }) => window.day === day);
                return (
                  <Group key={day} gap="xs" align="flex-start" wrap="nowrap" role="group" aria-label={WEEKDAY_NAMES[day]}>
                    <Text size="sm" fw={600} w={40} pt={4} title={WEEKDAY_NAMES[day]}>
                      {WEEKDAY_SHORT[day]}
                    </Text>
                    <Stack gap={4} miw={220}>
                      {dayWindows.length === 0 ? (
                        <Text size="sm" c="dimmed" pt={4}>
                          Closed
                        </Text>
                      ) : (
                        dayWindows.map(({ window, index }, position) => {
                          const fromError = errors[`serviceHours.windows.${index}.from`];
                          const toError = errors[`serviceHours.windows.${index}.to`] ?? errors[`serviceHours.windows.${index}`];
                          const name = `${WEEKDAY_NAMES[day]}${dayWindows.length > 1 ? ` window ${position + 1}` : ''}`;
                          return (
                            <div key={index}>
                              <Group gap={6} wrap="nowrap">
                                <TimeField label={`${name} from`} value={window.from} error={fromError} onChange={(from) => update(index, { from })} />
                                <Text size="sm" c="dimmed" aria-hidden>
                                  –
                                </Text>
                                <TimeField label={`${name} to`} value={window.to} error={toError} onChange={(to) => update(index, { to })} />
                                <Tooltip label="Remove these hours">
                                  <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => remove(index)} aria-label={`Remove ${name}`}>
                                    <IconX size={14} />
                                  </ActionIcon>
                                </Tooltip>
                              </Group>
                              {(fromError || toError) && (
                                <Text size="xs" c="red" mt={2}>
                                  {fromError ?? toError}
                                </Text>
                              )}
                            </div>
                          );
                        })
                      )}
                    </Stack>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPlus size={12} />}
                      onClick={() => add(day)}
                      aria-label={`Add hours on ${WEEKDAY_NAMES[day]}`}
                      mt={4}
                    >
                      Add
                    </Button>
                  </Group>
                );
              })}
            </Stack>
            {parsed.success && (
              <Text size="xs" c="dimmed" mt="sm">
                {formatServiceHours(parsed.data)} · {weeklyHoursText(weeklyServiceMinutes(parsed.data))}
              </Text>
            )}
          </Paper>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
