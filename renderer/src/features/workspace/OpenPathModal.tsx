import { Button, Code, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/api/contract';
import { errorBody, showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { labelledResolver } from '../../lib/form-resolver';
import { useWorkspace } from '../../app/workspace-context';

interface OpenPathModalProps {
  opened: boolean;
  onClose: () => void;
  onOpened: () => void;
  /** The file is damaged: the caller offers its backups instead of an error under the path. */
  onDamaged: (path: string, message: string) => void;
}

const resolver = labelledResolver(contract['workspace.open'].input, { path: 'Path' });

/**
 * The browser host has no file dialog (a web page cannot see the host's disks), so the person
 * types or pastes the path of the file on the computer running ServiceLedger.
 */
export function OpenPathModal({ opened, onClose, onOpened, onDamaged }: OpenPathModalProps) {
  const { info, adopt } = useWorkspace();
  const form = useForm({ initialValues: { path: '' }, validate: resolver });
  const open = useApiAction('workspace.open', {
    success: (result) => `Opened ${result.workspace?.fileName ?? 'the workspace'}`,
    failure: 'Could not open the workspace',
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ path }) => {
    const outcome = await open.run({ path });
    if (outcome.ok) {
      adopt(outcome.value);
      form.reset();
      onOpened();
    } else if (errorBody(outcome.error).code === 'workspace_damaged') {
      form.reset();
      onDamaged(path, errorBody(outcome.error).message);
    } else {
      showFieldError(form, outcome.error, ['path']);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Open workspace file" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Path"
            withAsterisk
            description={
              <>
                The full path of a workspace file on the computer running ServiceLedger, for example{' '}
                <Code>{`${info.host.defaultDirectory.replace(/[\\/]+$/, '')}/it-services.sqlite`}</Code>
              </>
            }
            placeholder="/path/to/workspace.sqlite"
            data-autofocus
            {...form.getInputProps('path')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={open.running}>
              Open
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
