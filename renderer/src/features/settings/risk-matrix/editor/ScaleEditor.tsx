import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { TextAreaField, TextField } from '../../../../ui/TextFields';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_LEVELS, MIN_LEVELS } from '../../../../../../shared/domain/risk-matrix';
import { addLevel, editLevel, removeLevel, type MatrixDraft, type Scale } from '../matrix-draft';
import type { MatrixErrors } from '../matrix-validation';
import { HIDDEN_ERROR_STYLES, RowErrors } from './RowErrors';

interface ScaleEditorProps {
  scale: Scale;
  draft: MatrixDraft;
  errors: MatrixErrors;
  onChange: (draft: MatrixDraft) => void;
}

const TITLES: Record<Scale, string> = { likelihood: 'Likelihood', impact: 'Impact' };

/** One scale's levels, lowest first: label and description per level, add and remove within 3–7 levels. */
export function ScaleEditor({ scale, draft, errors, onChange }: ScaleEditorProps) {
  const title = TITLES[scale];
  const levels = draft[scale];
  return (
    <Paper withBorder radius="md" p="md" component="fieldset" aria-label={`${title} scale`} style={{ border: undefined, margin: 0, minWidth: 0 }}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {levels.length} levels ({MIN_LEVELS} to {MAX_LEVELS}); level 1 is the lowest
        </Text>
      </Group>
      <Stack gap="xs">
        {levels.map((level, index) => {
          const number = index + 1;
          const labelError = errors[`${scale}.${index}.label`];
          const descriptionError = errors[`${scale}.${index}.description`];
          return (
            <Stack key={index} gap={2}>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <Text fw={700} size="sm" w={18} pt={7} ta="right" aria-hidden>
                  {number}
                </Text>
                <TextField
                  aria-label={`${title} level ${number} label`}
                  placeholder="Label"
                  value={level.label}
                  maxLength={60}
                  onChange={(event) => onChange(editLevel(draft, scale, index, { label: event.currentTarget.value }))}
                  error={labelError}
                  styles={HIDDEN_ERROR_STYLES}
                  w="32%"
                  style={{ flex: 'none' }}
                />
                <TextAreaField
                  aria-label={`${title} level ${number} description`}
                  // Two lines show a typical description whole; autosize needs browser APIs tests lack.
                  rows={2}
                  resize="vertical"
                  placeholder="What this level means"
                  value={level.description}
                  maxLength={500}
                  onChange={(event) => onChange(editLevel(draft, scale, index, { description: event.currentTarget.value }))}
                  error={descriptionError}
                  styles={HIDDEN_ERROR_STYLES}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <Tooltip label={levels.length <= MIN_LEVELS ? `A scale needs at least ${MIN_LEVELS} levels` : `Remove level ${number}`}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size={36}
                    aria-label={`Remove ${scale} level ${number}`}
                    disabled={levels.length <= MIN_LEVELS}
                    onClick={() => onChange(removeLevel(draft, scale, index))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <RowErrors messages={[labelError, descriptionError]} />
            </Stack>
          );
        })}
        {errors[scale] ? (
          <Text size="xs" c="red">
            {errors[scale]}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={levels.length >= MAX_LEVELS}
            onClick={() => onChange(addLevel(draft, scale))}
          >
            {levels.length >= MAX_LEVELS ? `${MAX_LEVELS} levels at most` : `Add ${scale === 'impact' ? 'an' : 'a'} ${scale} level`}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
