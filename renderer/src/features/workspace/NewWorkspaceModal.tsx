import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFolderOpen } from '@tabler/icons-react';
import { contract } from '../../../../shared/api/contract';
import { showFieldError } from '../../api/api-errors';
import { useApi } from '../../api/api-context';
import { useApiAction } from '../../api/use-api-action';
import { labelledResolver } from '../../lib/form-resolver';
import { baseName } from '../../lib/format';
import { notifyFailure } from '../../ui/notify';
import { useWorkspace } from '../../app/workspace-context';
import { previewWorkspacePath } from './workspace-path';

interface NewWorkspaceModalProps {
  opened: boolean;
  onClose: () => void;
  /** Called once the new workspace is open. */
  onCreated: () => void;
}

const resolver = labelledResolver(contract['workspace.create'].input, { path: 'File name or path', organisationName: 'Organisation name' });

/** "New empty workspace": an organisation name and where the file goes. */
export function NewWorkspaceModal({ opened, onClose, onCreated }: NewWorkspaceModalProps) {
  const api = useApi();
  const { info, adopt } = useWorkspace();
  const form = useForm({ initialValues: { organisationName: '', path: '' }, validate: resolver });
  const create = useApiAction('workspace.create', {
    success: (result) => `Created ${result.workspace?.fileName ?? 'the workspace'}`,
    successDetail: (result) => result.workspace?.path ?? null,
    failure: 'Could not create the workspace',
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const choose = async () => {
    try {
      const { path } = await api.call('workspace.chooseFile', { purpose: 'create' });
      if (path) form.setFieldValue('path', path);
    } catch (error) {
      notifyFailure('Could not show the file dialog', error);
    }
  };

  const submit = form.onSubmit(async (values) => {
    const outcome = await create.run({ path: values.path, organisationName: values.organisationName });
    if (outcome.ok) {
      adopt(outcome.value);
      form.reset();
      onCreated();
    } else {
      showFieldError(form, outcome.error, ['path', 'organisationName']);
    }
  });

  const preview = previewWorkspacePath(form.values.path, info.host.defaultDirectory);
  return (
    <Modal opened={opened} onClose={close} title="New empty workspace" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Organisation name"
            description="Shown in the header and on review packs. You can change it later in Settings."
            placeholder="e.g. Northwind Health Trust IT"
            data-autofocus
            {...form.getInputProps('organisationName')}
          />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label="File name or path"
              withAsterisk
              description={
                <>
                  A plain name is saved in <Code>{info.host.defaultDirectory}</Code>; ".sqlite" is added when there is no extension.
                </>
              }
              placeholder="e.g. it-services"
              {...form.getInputProps('path')}
            />
            {info.host.nativeFileDialogs && (
              <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={choose} mb={form.errors.path ? 22 : 0}>
                Choose…
              </Button>
            )}
          </Group>
          {preview && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              Will be saved as <strong>{baseName(preview)}</strong> in {preview.slice(0, preview.length - baseName(preview).length) || 'the folder above'}
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.running}>
              Create workspace
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
