import { ActionIcon, Badge, Grid, Group, Input, Paper, SegmentedControl, Select, Text, Tooltip } from '@mantine/core';
import { TextField } from '../../../ui/TextFields';
import { NumberField } from '../../../ui/NumberField';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ServiceHours } from '../../../../../shared/domain/service-hours';
import { PRIORITIES, TARGET_KINDS, type Priority, type TargetKind } from '../../../../../shared/domain/sla-targets';
import { downtimePreview } from './downtime-preview';
import { KIND_LABEL, newTargetRow, numberOf, placeholderLabel, type TargetRow, type TimeUnit } from './target-rows';

interface TargetRowEditorProps {
  row: TargetRow;
  index: number;
  count: number;
  /** Form errors of this row, by field ("target", "warning", …); "" for the row as a whole. */
  errors: Record<string, string | undefined>;
  /** The hours availability is counted in, for the downtime preview. */
  hours: ServiceHours | null;
  onChange: (row: TargetRow) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** What the target number means for each kind. */
const TARGET_FIELD: Record<TargetKind, { label: string; description: string }> = {
  availability: { label: 'Target availability', description: 'Within service hours, per month' },
  response: { label: 'Tickets within time', description: 'Share of tickets responded to in time' },
  resolution: { label: 'Tickets within time', description: 'Share of tickets resolved in time' },
  custom: { label: 'Target', description: 'The agreed level' },
  workload: { label: 'At most', description: 'Per month; above it the other targets may not hold' },
};

function warningHint(row: TargetRow): string {
  return row.direction === 'higher' || row.kind === 'availability' || row.kind === 'response' || row.kind === 'resolution'
    ? 'Optional amber line above the target'
    : 'Optional amber line below the limit';
}

/** One target: its kind, what it measures and its levels, with move and remove buttons. */
export function TargetRowEditor({ row, index, count, errors, hours, onChange, onMove, onRemove }: TargetRowEditorProps) {
  const name = `Target ${index + 1}`;
  const timed = row.kind === 'response' || row.kind === 'resolution';
  const percent = row.kind === 'availability' || timed;
  const unitText = percent ? '%' : row.unit.trim();
  const measured = row.measurementCount > 0;
  const preview = row.kind === 'availability' ? downtimePreview(numberOf(row.target), hours) : null;
  const set = (patch: Partial<TargetRow>) => onChange({ ...row, ...patch });
  const changeKind = (kind: TargetKind) => {
    // The kind's own defaults, keeping what identifies the row.
    const fresh = newTargetRow(kind);
    onChange({ ...fresh, key: row.key, id: row.id, label: row.label, measurementCount: row.measurementCount });
  };
  const rowError = errors[''] ?? errors['id'];

  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={`${name}: ${row.label.trim() || placeholderLabel(row)}`}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {index + 1}.
          </Text>
          <Text fw={600} size="sm" truncate>
            {row.label.trim() || placeholderLabel(row)}
          </Text>
          {measured && (
            <Badge variant="light" color="blue" size="sm" style={{ flexShrink: 0 }}>
              {row.measurementCount} month{row.measurementCount === 1 ? '' : 's'} recorded
            </Badge>
          )}
        </Group>
        <Group gap={4} wrap="nowrap">
          <Tooltip label="Move up">
            <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${name} up`}>
              <IconArrowUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Move down">
            <ActionIcon variant="subtle" color="gray" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${name} down`}>
              <IconArrowDown size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Remove this target">
            <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={`Remove ${name}`}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {rowError && (
        <Text size="sm" c="red" mb="sm" role="alert">
          {rowError}
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label="Kind"
            data={TARGET_KINDS.map((kind) => ({ value: kind, label: KIND_LABEL[kind] }))}
            value={row.kind}
            allowDeselect={false}
            disabled={measured}
            description={measured ? 'Fixed: results are recorded' : undefined}
            onChange={(kind) => kind && changeKind(kind as TargetKind)}
            error={errors.kind}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 9 }}>
          <TextField
            label="Label"
            maxLength={200}
            placeholder={placeholderLabel(row)}
            description="Leave empty for the default shown; results are imported by label"
            value={row.label}
            onChange={(event) => set({ label: event.currentTarget.value })}
            error={errors.label}
          />
        </Grid.Col>
        {timed && (
          <>
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
              <Input.Wrapper label="Priority" error={errors.priority}>
                <SegmentedControl
                  mt={4}
                  fullWidth
                  aria-label="Priority"
                  data={[...PRIORITIES]}
                  value={row.priority ?? ''}
                  onChange={(priority) => set({ priority: priority as Priority })}
                />
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
              <Group gap={6} align="flex-start" wrap="nowrap">
                <NumberField
                  label={row.kind === 'response' ? 'Respond within' : 'Resolve within'}
                  min={0}
                  hideControls
                  decimalScale={2}
                  allowNegative={false}
                  value={row.timeLimit}
                  onChange={(value) => set({ timeLimit: value })}
                  error={errors.timeLimit}
                  style={{ flex: 1 }}
                />
                <Select
                  label="Unit"
                  aria-label="Time unit"
                  w={90}
                  data={[
                    { value: 'min', label: 'min' },
                    { value: 'h', label: 'hours' },
                  ]}
                  allowDeselect={false}
                  value={row.timeUnit}
                  onChange={(unit) => unit && set({ timeUnit: unit as TimeUnit })}
                />
              </Group>
            </Grid.Col>
          </>
        )}
        {(row.kind === 'custom' || row.kind === 'workload') && (
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <TextField
              label="Unit"
              maxLength={20}
              placeholder={row.kind === 'workload' ? 'tickets' : 'e.g. /5, %, min'}
              description={row.kind === 'workload' ? 'What is counted' : '“/5” for a score out of 5'}
              value={row.unit}
              onChange={(event) => set({ unit: event.currentTarget.value })}
              error={errors.unit}
            />
          </Grid.Col>
        )}
        {row.kind === 'custom' && (
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Input.Wrapper label="Better is" error={errors.direction}>
              <SegmentedControl
                mt={4}
                fullWidth
                aria-label="Better is"
                data={[
                  { value: 'higher', label: 'Higher' },
                  { value: 'lower', label: 'Lower' },
                ]}
                value={row.direction}
                onChange={(direction) => set({ direction: direction as TargetRow['direction'] })}
              />
            </Input.Wrapper>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <NumberField
            label={TARGET_FIELD[row.kind].label}
            description={TARGET_FIELD[row.kind].description}
            withAsterisk
            decimalScale={6}
            leftSection={
              <Text size="sm" c="dimmed">
                {row.kind === 'workload' || row.direction === 'lower' ? '≤' : '≥'}
              </Text>
            }
            rightSection={
              unitText ? (
                <Text size="xs" c="dimmed">
                  {unitText}
                </Text>
              ) : undefined
            }
            rightSectionWidth={unitText ? Math.max(32, unitText.length * 8 + 12) : undefined}
            value={row.target}
            onChange={(value) => set({ target: value })}
            error={errors.target}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <NumberField
            label="Warning"
            description={warningHint(row)}
            decimalScale={6}
            rightSection={
              unitText ? (
                <Text size="xs" c="dimmed">
                  {unitText}
                </Text>
              ) : undefined
            }
            rightSectionWidth={unitText ? Math.max(32, unitText.length * 8 + 12) : undefined}
            value={row.warning}
            onChange={(value) => set({ warning: value })}
            error={errors.warning}
          />
        </Grid.Col>
      </Grid>
      {preview && (
        <Text size="sm" c="dimmed" mt="sm" aria-label={`${name} allowed downtime`} aria-live="polite">
          {row.target}% {preview}
        </Text>
      )}
    </Paper>
  );
}
