import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCloudUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { teamConnectionInput } from '../../../../../shared/api/team-api';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { labelledResolver } from '../../../lib/form-resolver';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { CONNECTION_LABELS, ConnectionFields, connectionInput, type ConnectionValues } from './ConnectionFields';

const resolver = labelledResolver(teamConnectionInput, CONNECTION_LABELS);

/** "Publish this workspace to a team database": the open workspace becomes the team's, its author the first member. */
export function PublishForm() {
  const form = useForm<ConnectionValues>({ initialValues: { url: '', password: '', tls: true }, validate: resolver, validateInputOnBlur: ['url'] });
  const [failure, setFailure] = useState<unknown>(null);
  const publish = useApiAction('team.publish', {
    success: 'Published: this is now a team workspace',
    successDetail: (status) => (status.member ? `You are connected as ${status.member.role}.` : null),
    failure: null,
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const outcome = await publish.run(connectionInput(values));
    if (!outcome.ok && !showFieldError(form, outcome.error, ['url', 'password', 'tls'])) setFailure(outcome.error);
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate aria-labelledby="team-publish-heading" aria-busy={publish.running || undefined}>
        <Stack gap="md">
          <div>
            <Title order={3} size="h4" id="team-publish-heading">
              Publish this workspace to a team database
            </Title>
            <Text size="sm" c="dimmed">
              Copies everything in this workspace into an empty PostgreSQL database, so colleagues can join it. You keep working in this file, offline too;
              changes are sent when the database can be reached.
            </Text>
          </div>
          <ConnectionFields form={form} disabled={publish.running} />
          {failure !== null && <ErrorPanel title="The workspace was not published" error={failure} p="md" />}
          <Group gap="sm">
            <Button type="submit" leftSection={<IconCloudUpload size={16} />} loading={publish.running}>
              Publish workspace
            </Button>
            {publish.running && (
              <Text size="sm" c="dimmed" role="status">
                Connecting to the team database and copying the workspace…
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
