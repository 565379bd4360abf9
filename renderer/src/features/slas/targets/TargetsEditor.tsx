import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ServiceHours } from '../../../../../shared/domain/service-hours';
import { TARGET_KINDS, type TargetKind } from '../../../../../shared/domain/sla-targets';
import { TargetRowEditor } from './TargetRowEditor';
import { KIND_LABEL, newTargetRow, type TargetRow } from './target-rows';

interface TargetsEditorProps {
  value: TargetRow[];
  /** `structural` is true when rows were added, removed or moved: messages by row number are then stale. */
  onChange: (rows: TargetRow[], structural: boolean) => void;
  /** Form errors by path: `targets` for the list, `targets.2.warning` for a field of a row. */
  errors: Record<string, string | undefined>;
  /** The hours availability is counted in, for the downtime preview; null while unknown. */
  hours: ServiceHours | null;
}

function rowErrors(errors: Record<string, string | undefined>, index: number): Record<string, string | undefined> {
  const prefix = `targets.${index}`;
  const own: Record<string, string | undefined> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path === prefix) own[''] = message;
    else if (path.startsWith(`${prefix}.`)) own[path.slice(prefix.length + 1)] = message;
  }
  return own;
}

/**
 * The targets of an SLA (or a contract): add one of each kind, edit, reorder and remove. The
 * order is the order of the SLA page and the results grid.
 */
export function TargetsEditor({ value, onChange, errors, hours }: TargetsEditorProps) {
  const add = (kind: TargetKind) => onChange([...value, newTargetRow(kind)], true);
  const update = (index: number, row: TargetRow) =>
    onChange(
      value.map((current, at) => (at === index ? row : current)),
      false,
    );
  const remove = (index: number) =>
    onChange(
      value.filter((_, at) => at !== index),
      true,
    );
  const move = (from: number, to: number) => {
    const next = [...value];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row!);
    onChange(next, true);
  };

  return (
    <Stack gap="sm">
      {errors.targets && (
        <Alert color="red" variant="light" role="alert" title="The targets could not be saved">
          {errors.targets}
        </Alert>
      )}
      {value.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          No targets yet. Most SLAs agree an availability level, and response and resolution times per priority; add a custom measure (e.g. customer
          satisfaction) or a workload limit where the agreement has one.
        </Text>
      ) : (
        <Stack gap="sm" role="list" aria-label="Targets">
          {value.map((row, index) => (
            <div role="listitem" key={row.key}>
              <TargetRowEditor
                row={row}
                index={index}
                count={value.length}
                errors={rowErrors(errors, index)}
                hours={hours}
                onChange={(next) => update(index, next)}
                onMove={(to) => move(index, to)}
                onRemove={() => remove(index)}
              />
            </div>
          ))}
        </Stack>
      )}
      <Group gap="xs" role="group" aria-label="Add a target">
        <Text size="sm" c="dimmed">
          Add:
        </Text>
        {TARGET_KINDS.map((kind) => (
          <Button
            key={kind}
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => add(kind)}
            aria-label={`Add ${KIND_LABEL[kind].toLowerCase()} target`}
          >
            {KIND_LABEL[kind]}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
