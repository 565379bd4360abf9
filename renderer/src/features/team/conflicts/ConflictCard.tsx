import { Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { TeamConflictView } from '../../../../../shared/team/team-types';
import { useApiAction } from '../../../api/use-api-action';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { fieldWords, formatTeamValue, tableWords } from '../team-words';
import { ConflictValues } from './ConflictValues';
import { isListValue, otherValueText, parseOtherValue, type ApiResolution } from './other-value';

type Choice = ApiResolution['keep'];

/** The resolution the choice makes, or a message saying what is wrong with the typed value. */
function resolutionOf(choice: Choice, typed: string, conflict: TeamConflictView): { resolution: ApiResolution } | { message: string } {
  if (choice !== 'other') return { resolution: { keep: choice } };
  const parsed = parseOtherValue(typed, conflict.currentValue, conflict.proposedValue);
  return parsed.ok ? { resolution: { keep: 'other', value: parsed.value } } : { message: parsed.message };
}

/** What the field will hold once resolved, in a sentence: the confirmation before the button. */
function outcomeText(resolution: ApiResolution, conflict: TeamConflictView): string {
  const value = resolution.keep === 'current' ? conflict.currentValue : resolution.keep === 'proposed' ? conflict.proposedValue : resolution.value;
  return `${fieldWords(conflict.field)} will be: ${formatTeamValue(value)}`;
}

/** One conflict: the record and field, both values, and the three ways to resolve it, confirmed with one button. */
export function ConflictCard({ conflict, readOnly = false }: { conflict: TeamConflictView; readOnly?: boolean }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [typed, setTyped] = useState(() => otherValueText(conflict.currentValue));
  const [failure, setFailure] = useState<unknown>(null);
  const resolve = useApiAction('team.resolveConflict', {
    success: `Conflict resolved: ${conflict.recordLabel}`,
    successDetail: () => 'The resolution is sent to the team like any change.',
    failure: null,
  });
  const headingId = `conflict-${conflict.id}`;
  const decided = choice ? resolutionOf(choice, typed, conflict) : null;
  const list = isListValue(conflict.currentValue, conflict.proposedValue);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!decided || !('resolution' in decided)) return;
    setFailure(null);
    const outcome = await resolve.run({ id: conflict.id, resolution: decided.resolution });
    if (!outcome.ok) setFailure(outcome.error);
  };

  const ValueInput = list ? Textarea : TextInput;
  return (
    <Paper component="article" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {tableWords(conflict.table)} {conflict.recordLabel} — {fieldWords(conflict.field)}
            </Title>
            <Text size="xs" c="dimmed">
              Two people changed this field from the same value; both values are kept until you choose.
            </Text>
          </div>
          <ConflictValues conflict={conflict} />
          <Radio.Group
            label="Resolve by"
            description={readOnly ? 'Your role may read the team workspace but not change it, so someone who may edit resolves this.' : undefined}
            value={choice}
            onChange={(value) => setChoice(value as Choice)}
            readOnly={readOnly}
          >
            <Group gap="lg" mt={6}>
              <Radio value="current" label="Keep current" />
              <Radio value="proposed" label="Take proposed" />
              <Radio value="other" label="Enter another value" />
            </Group>
          </Radio.Group>
          {choice === 'other' && (
            <ValueInput
              label="Another value"
              description={list ? 'One entry per line. Leave empty to clear the field.' : 'Leave empty to clear the field.'}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={decided && 'message' in decided ? decided.message : undefined}
              maw={560}
              autosize={list ? true : undefined}
              minRows={list ? 2 : undefined}
              data-autofocus
            />
          )}
          {failure !== null && <ErrorPanel title="The conflict was not resolved" error={failure} p="md" />}
          <Group gap="sm">
            <Button type="submit" disabled={readOnly || !decided || !('resolution' in decided)} loading={resolve.running}>
              Resolve conflict
            </Button>
            {decided && 'resolution' in decided && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {outcomeText(decided.resolution, conflict)}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
