import { ActionIcon, Button, Fieldset, Grid, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { TextAreaField, TextField } from '../../../ui/TextFields';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { newActionDraft, type ReviewFormValues } from './review-form-values';
import { ACTION_FIELD_LABELS as LABEL } from '../../../../../shared/entity/action-entity';

interface ActionRowsEditorProps {
  form: UseFormReturnType<ReviewFormValues>;
  people: Array<{ value: string; label: string }>;
}

/** The improvement actions the review raises: one fieldset per action, added and removed freely. */
export function ActionRowsEditor({ form, people }: ActionRowsEditorProps) {
  const { actions } = form.getValues();
  const add = () => form.insertListItem('actions', newActionDraft(form.getValues()));

  return (
    <Stack gap="sm">
      {actions.length === 0 && (
        <Text size="sm" c="dimmed">
          No improvement actions yet. Add one for each breach you want fixed, with an owner and a due date.
        </Text>
      )}
      {actions.map((action, index) => (
        <Fieldset key={action.key} legend={`Action ${index + 1}`} radius="md" p="sm" pt={4}>
          <Grid gap="sm" align="flex-start">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextField
                label={LABEL.title}
                withAsterisk
                maxLength={300}
                placeholder="e.g. Replace the storage controller"
                {...form.getInputProps(`actions.${index}.title`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
              <Select
                label={LABEL.ownerId}
                placeholder="Nobody yet"
                data={people}
                searchable
                clearable
                nothingFoundMessage="Nobody by that name"
                value={action.ownerId === null ? null : String(action.ownerId)}
                onChange={(value) => form.setFieldValue(`actions.${index}.ownerId`, value === null ? null : Number(value))}
                error={form.errors[`actions.${index}.ownerId`]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 10, sm: 5, md: 2 }}>
              <TextInput type="date" label={LABEL.dueDate} withAsterisk {...form.getInputProps(`actions.${index}.dueDate`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 2, sm: 1 }}>
              <Group justify="flex-end" mt={26}>
                <Tooltip label="Remove this action">
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove action ${index + 1}`} onClick={() => form.removeListItem('actions', index)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Grid.Col>
            <Grid.Col span={12}>
              <TextAreaField
                label={LABEL.description}
                rows={2}
                resize="vertical"
                maxLength={10_000}
                placeholder="What will be done, and how you will know it worked"
                {...form.getInputProps(`actions.${index}.description`)}
              />
            </Grid.Col>
          </Grid>
        </Fieldset>
      ))}
      {form.errors.actions && (
        <Text size="sm" c="red" role="alert">
          {form.errors.actions}
        </Text>
      )}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} disabled={actions.length >= 50}>
          Add an action
        </Button>
      </Group>
    </Stack>
  );
}
