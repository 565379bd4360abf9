import { Alert, Anchor, Box, Button, Code, Container, Group, Kbd, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconFilePlus, IconFlask, IconFolderOpen, IconListCheck, IconUsersGroup } from '@tabler/icons-react';
import { useWorkspace } from '../../app/workspace-context';
import { useWorkspaceFlows } from '../../app/workspace-flows-context';
import { ActionCard } from './ActionCard';
import { RecentFiles } from './RecentFiles';
import { ThemeSwitch } from '../../ui/ThemeSwitch';
import { modKeyLabel } from '../../lib/platform';
import { baseName } from '../../lib/format';
import { JoinTeamModal } from '../team';

/** What the app shows when no workspace is open: four ways in (a team's included) and the files used before. */
export function WelcomeScreen() {
  const { info } = useWorkspace();
  const flows = useWorkspaceFlows();
  const { host } = info;
  const [joining, joinDialog] = useDisclosure(false);

  return (
    <Box mih="100vh" py={48} bg="var(--mantine-color-default-hover)">
      <Container size={880}>
        <Stack gap="xl">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Group gap="md" wrap="nowrap">
              <ThemeIcon size={52} radius="md" aria-hidden>
                <IconListCheck size={30} />
              </ThemeIcon>
              <div>
                <Title order={1} size="h2">
                  ServiceLedger
                </Title>
                <Text c="dimmed">Service catalogue, SLAs, risks and management reviews for ISO/IEC 20000-1, in one file on this computer.</Text>
              </div>
            </Group>
            <ThemeSwitch />
          </Group>

          {info.damagedWorkspace && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={20} />}
              title={`${baseName(info.damagedWorkspace.path)} is damaged and was not opened`}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {info.damagedWorkspace.message}
                </Text>
                <Button size="xs" color="red" variant="light" onClick={() => flows.offerBackups(info.damagedWorkspace!.path, info.damagedWorkspace!.message)}>
                  Show its backups
                </Button>
              </Stack>
            </Alert>
          )}

          {info.notice && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} title="The last workspace was not reopened">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {info.notice}
              </Text>
            </Alert>
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ActionCard
              icon={IconFlask}
              color="teal"
              title="Open demo workspace"
              description="Explore a realistic IT department: services, SLAs, risks and reviews. Safe to change."
              onClick={flows.openDemo}
              loading={flows.busy === 'demo'}
            />
            <ActionCard
              icon={IconFilePlus}
              title="New empty workspace"
              description="Start your own register in a new file. You choose the organisation name and where it is saved."
              onClick={flows.startNew}
            />
            <ActionCard
              icon={IconFolderOpen}
              color="grape"
              title="Open workspace file…"
              description={host.nativeFileDialogs ? 'Pick an existing .sqlite workspace file.' : 'Type the path of an existing .sqlite workspace file.'}
              onClick={flows.startOpen}
              loading={flows.busy === 'open'}
            />
            <ActionCard
              icon={IconUsersGroup}
              color="orange"
              title="Join a team workspace…"
              description="Work on a workspace your team shares through PostgreSQL: a local copy that also works offline."
              onClick={joinDialog.open}
            />
          </SimpleGrid>
          <JoinTeamModal opened={joining} onClose={joinDialog.close} />

          <RecentFiles recent={info.recent} onOpen={flows.openPath} onForget={flows.forgetRecent} disabled={flows.busy !== null} />

          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              New workspaces and the demo are saved in <Code>{host.defaultDirectory}</Code>
            </Text>
            <Text size="xs" c="dimmed">
              ServiceLedger {host.appVersion} · {host.kind === 'desktop' ? 'desktop app' : 'browser host'} ·{' '}
              <Anchor component="button" size="xs" onClick={spotlight.open}>
                commands
              </Anchor>{' '}
              <Kbd size="xs">{modKeyLabel()}</Kbd> + <Kbd size="xs">K</Kbd>
            </Text>
          </Stack>
        </Stack>
      </Container>
    </Box>
  );
}
