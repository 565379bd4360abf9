import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { requiredText } from '../../../../../shared/api/common-schemas';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { labelledResolver } from '../../../lib/form-resolver';

// The API treats the name as optional (an update may change only "I am"); this form is about the name.
const resolver = labelledResolver(z.object({ organisationName: requiredText(200) }), { organisationName: 'Organisation name' });

/** The organisation's name, as the header and review packs show it. Save stays off until something changed. */
export function OrganisationForm({ organisationName }: { organisationName: string }) {
  const form = useForm({ initialValues: { organisationName }, validate: resolver, validateInputOnBlur: true });
  const save = useApiAction('settings.update', {
    success: (result) => `Organisation name saved: ${result.organisationName}`,
    failure: 'Could not save the organisation name',
  });

  const submit = form.onSubmit(async (values) => {
    const outcome = await save.run({ organisationName: values.organisationName });
    if (outcome.ok) {
      const saved = { organisationName: outcome.value.organisationName };
      form.setInitialValues(saved);
      form.setValues(saved);
      form.resetDirty(saved);
    } else {
      showFieldError(form, outcome.error, ['organisationName']);
    }
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate aria-labelledby="organisation-heading">
        <Stack gap="md">
          <div>
            <Title order={3} size="h4" id="organisation-heading">
              Organisation
            </Title>
            <Text size="sm" c="dimmed">
              Shown in the header and on management review packs.
            </Text>
          </div>
          <TextInput label="Organisation name" withAsterisk maw={520} {...form.getInputProps('organisationName')} />
          <Group gap="sm">
            <Button type="submit" disabled={!form.isDirty()} loading={save.running}>
              Save
            </Button>
            {form.isDirty() && (
              <Button variant="subtle" color="gray" onClick={() => form.reset()}>
                Undo changes
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
