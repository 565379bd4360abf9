import { ActionIcon, Button, Code, CopyButton, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDeviceFloppy, IconFolderOpen, IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { useWorkspace } from '../../../app/workspace-context';
import { useWorkspaceFlows } from '../../../app/workspace-flows-context';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** Settings › Workspace file: which file this is, and closing it. */
export function WorkspaceFileTab() {
  const { info } = useWorkspace();
  const flows = useWorkspaceFlows();
  const workspace = info.workspace;
  if (!workspace) return null;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Title order={3} size="h4" mb="sm">
          Workspace file
        </Title>
        <Table variant="vertical" layout="fixed" withTableBorder={false} aria-label="Workspace file">
          <Table.Tbody>
            <Row label="File name">
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {workspace.fileName}
              </Text>
            </Row>
            <Row label="Full path">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{workspace.path}</Code>
                <CopyButton value={workspace.path}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? 'Copied' : 'Copy the path'}>
                      <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Copy the path">
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </Row>
            <Row label="Size">{formatBytes(workspace.sizeBytes)}</Row>
            <Row label="Format version">{workspace.schemaVersion}</Row>
            <Row label="Opened">{formatDateTime(workspace.openedAt)}</Row>
            <Row label="Served by">
              {info.host.kind === 'desktop' ? 'the desktop app' : 'the browser host'} (ServiceLedger {info.host.appVersion})
            </Row>
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Title order={3} size="h4" mb={4}>
          Close or switch
        </Title>
        <Text size="sm" c="dimmed" mb="md" maw={640}>
          Every change is saved as you make it, so closing loses nothing. The file stays in your recent workspaces.
        </Text>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={flows.backupNow} loading={flows.busy === 'backup'}>
            Back up now
          </Button>
          <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={flows.startOpen} loading={flows.busy === 'open'}>
            Open another…
          </Button>
          <Button color="red" variant="light" leftSection={<IconLogout size={16} />} onClick={flows.closeWorkspace} loading={flows.busy === 'close'}>
            Close workspace
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
