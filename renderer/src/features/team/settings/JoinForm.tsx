import { Button, Code, Group, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { teamJoinInput } from '../../../../../shared/api/team-api';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useWorkspace } from '../../../app/workspace-context';
import { formatCount } from '../../../lib/format';
import { labelledResolver } from '../../../lib/form-resolver';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { useImportProgress } from '../../../ui/import-wizard/use-import-progress';
import { previewWorkspacePath } from '../../workspace';
import { CONNECTION_LABELS, ConnectionFields, connectionInput, type ConnectionValues } from './ConnectionFields';

type JoinValues = ConnectionValues & { filePath: string };

const resolver = labelledResolver(teamJoinInput, { ...CONNECTION_LABELS, filePath: 'File name or path' });

interface JoinFormProps {
  /** In its own card with a heading (Settings), or bare inside a dialog that has the heading (welcome screen). */
  framed?: boolean;
  onJoined?: () => void;
}

/** "Join a team workspace": a new local copy of the team's workspace, opened in place of the open one (if any). */
export function JoinForm({ framed = true, onJoined }: JoinFormProps) {
  const { info } = useWorkspace();
  const form = useForm<JoinValues>({
    initialValues: { url: '', password: '', tls: true, filePath: '' },
    validate: resolver,
    validateInputOnBlur: ['url', 'filePath'],
  });
  const [failure, setFailure] = useState<unknown>(null);
  const join = useApiAction('team.join', {
    success: 'Joined the team workspace',
    successDetail: (status) => (status.member ? `You are connected as ${status.member.role}.` : null),
    failure: null,
  });

  // A large workspace takes a while to arrive: the records received so far, asked for beside the join.
  const arriving = useImportProgress();

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const outcome = await arriving.track((progressId) => join.run({ ...connectionInput(values), filePath: values.filePath, progressId }));
    if (outcome.ok) onJoined?.();
    else if (!showFieldError(form, outcome.error, ['url', 'password', 'tls', 'filePath'])) setFailure(outcome.error);
  });

  const progress = arriving.progress;
  const receiving = progress?.phase === 'writing' && progress.total !== null ? { done: progress.done, total: progress.total } : null;
  const preview = previewWorkspacePath(form.values.filePath, info.host.defaultDirectory);
  const body = (
    <form onSubmit={submit} noValidate aria-label="Join a team workspace" aria-busy={join.running || undefined}>
      <Stack gap="md">
        {framed ? (
          <div>
            <Title order={3} size="h4">
              Join a team workspace
            </Title>
            <Text size="sm" c="dimmed">
              Makes a local copy of a workspace a colleague published, and opens it instead of this one. This file stays as it is.
            </Text>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            Makes a local copy of a workspace a colleague published, and opens it. You work on the copy, offline too.
          </Text>
        )}
        <ConnectionFields form={form} disabled={join.running} />
        <TextInput
          label="File name or path for the local copy"
          withAsterisk
          description={
            <>
              A plain name is saved in <Code>{info.host.defaultDirectory}</Code>; ".sqlite" is added when there is no extension.
            </>
          }
          placeholder="e.g. acme-team"
          disabled={join.running}
          maw={560}
          {...form.getInputProps('filePath')}
        />
        {preview && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            The local copy will be <strong>{preview}</strong>
          </Text>
        )}
        {failure !== null && <ErrorPanel title="Could not join the team workspace" error={failure} p="md" />}
        <Group gap="sm">
          <Button type="submit" leftSection={<IconUsersPlus size={16} />} loading={join.running}>
            Join team workspace
          </Button>
          {join.running && !receiving && (
            <Text size="sm" c="dimmed" role="status">
              Connecting to the team database and making the local copy…
            </Text>
          )}
        </Group>
        {receiving && (
          <Stack gap={4} maw={560}>
            <Text size="sm" role="status">
              Receiving the team's records: {formatCount(receiving.done)} of {formatCount(receiving.total)}
            </Text>
            <Progress value={receiving.total > 0 ? Math.round((100 * receiving.done) / receiving.total) : 0} aria-label="Team records received" />
          </Stack>
        )}
      </Stack>
    </form>
  );
  return framed ? (
    <Paper withBorder radius="md" p="lg">
      {body}
    </Paper>
  ) : (
    body
  );
}
