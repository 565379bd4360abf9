import { Alert, Badge, Group, List, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconDatabase, IconInfoCircle, IconTools } from '@tabler/icons-react';
import { useSearchParams } from 'wouter';
import { screens, type ScreenId } from '../../app/screens';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../ui/PageHeader';
import { screenPlans } from './screen-plans';

type PlannedScreen = keyof typeof screenPlans;

/**
 * An honest page for a screen that is not built yet: what it will do, and what this workspace
 * already holds for it (real figures only, never sample data).
 */
export function ComingNextScreen({ screen }: { screen: PlannedScreen }) {
  const plan = screenPlans[screen];
  const definition = screens.find((item) => item.id === (screen as ScreenId));
  const summary = useApiQuery('dashboard.summary', {});
  const [params] = useSearchParams();
  const focus = params.get('focus');
  const existing = summary.data ? plan.existing(summary.data) : null;
  const ScreenIcon = definition?.icon ?? IconTools;

  return (
    <Stack gap="lg" maw={860}>
      <PageHeader title={definition?.label ?? screen} actions={<Badge variant="light" color="gray" size="lg">Coming next</Badge>} />
      {focus && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} title="You opened a record from the search">
          Record #{focus} exists in this workspace, but record pages arrive with this screen. Until then, the search in the command palette is
          the way to find it.
        </Alert>
      )}
      <Paper withBorder radius="md" p="xl">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
            <ScreenIcon size={26} />
          </ThemeIcon>
          <Stack gap="md" style={{ minWidth: 0 }}>
            <Text>{plan.summary}</Text>
            <div>
              <Text fw={600} size="sm" mb={6}>
                This screen will let you:
              </Text>
              <List spacing={6} size="sm">
                {plan.features.map((feature) => (
                  <List.Item key={feature}>{feature}</List.Item>
                ))}
              </List>
            </div>
          </Stack>
        </Group>
      </Paper>
      {summary.loading && !summary.data ? (
        <Skeleton height={52} radius="md" />
      ) : (
        existing && (
          <Alert color="teal" variant="light" icon={<IconDatabase size={20} />}>
            {existing}
          </Alert>
        )
      )}
    </Stack>
  );
}
