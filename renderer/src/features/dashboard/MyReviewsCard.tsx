import { Anchor, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/use-api-query';
import { useOpenWorkspace } from '../../app/workspace-context';

/** The inbox's counts for the person I am (everyone when nobody is chosen), linking to #/reviews. */
export function MyReviewsCard() {
  const workspace = useOpenWorkspace();
  const me = workspace.currentPerson;
  const counts = useApiQuery('reviews.counts', { personId: me?.id ?? null });
  if (!counts.data) return null;
  const figures = [
    { label: 'Overdue', value: counts.data.overdue, color: counts.data.overdue ? 'red' : undefined },
    { label: 'Due this week', value: counts.data.dueThisWeek, color: undefined },
    { label: 'Due soon', value: counts.data.dueSoon, color: undefined },
    { label: 'Waiting for approval', value: counts.data.awaitingApproval, color: counts.data.awaitingApproval ? 'blue' : undefined },
  ];
  return (
    <Paper withBorder radius="md" p="md" aria-label={me ? 'My reviews' : 'Reviews of all people'}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {me ? `My reviews (${me.name})` : 'Reviews of all people'}
        </Title>
        <Anchor component={Link} href="/reviews" size="sm">
          Open the inbox
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {figures.map((figure) => (
          <div key={figure.label}>
            <Text fz={24} fw={700} c={figure.color}>
              {figure.value.toLocaleString('en-GB')}
            </Text>
            <Text size="xs" c="dimmed">
              {figure.label}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
