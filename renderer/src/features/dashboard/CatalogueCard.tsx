import { Anchor, Divider, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { DashboardSummary } from '../../../../shared/api/overview-api';
import { CatalogueIoActions } from '../catalogue-io';

const LIFECYCLES = [
  { key: 'pipeline', label: 'Pipeline', color: 'blue', detail: 'being designed or built' },
  { key: 'live', label: 'Live', color: 'teal', detail: 'in operation' },
  { key: 'retired', label: 'Retired', color: 'gray', detail: 'withdrawn' },
] as const;

const TIER_COLORS = ['red', 'orange', 'yellow', 'gray'] as const;

/** The catalogue at a glance: services by lifecycle and by criticality tier, and its import/export tools. */
export function CatalogueCard({ catalogue }: { catalogue: DashboardSummary['catalogue'] }) {
  const { byLifecycle, byTier } = catalogue;
  const total = byLifecycle.pipeline + byLifecycle.live + byLifecycle.retired;
  const tierTotal = byTier.reduce((sum, tier) => sum + tier.count, 0);
  const largest = Math.max(1, ...byTier.map((tier) => tier.count));

  return (
    <Paper withBorder radius="md" p="md" h="100%" component="section" aria-labelledby="catalogue-card-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4" id="catalogue-card-title">
          Service catalogue
        </Title>
        <Anchor component={Link} href="/services" size="sm">
          Open the catalogue
        </Anchor>
      </Group>
      <SimpleGrid cols={3} spacing="sm" aria-label="Services by lifecycle" role="list">
        {LIFECYCLES.map((lifecycle) => (
          <Paper key={lifecycle.key} bg="var(--mantine-color-default-hover)" radius="md" p="sm" role="listitem">
            <Group gap={6} wrap="nowrap">
              <span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, flex: 'none', background: `var(--mantine-color-${lifecycle.color}-6)` }} />
              <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                {lifecycle.label}
              </Text>
            </Group>
            <Text fz={24} fw={700} lh={1.3}>
              {byLifecycle[lifecycle.key]}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {lifecycle.detail}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      <Text size="sm" fw={600} mt="md" mb={6}>
        By criticality tier{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          (live and pipeline)
        </Text>
      </Text>
      {tierTotal === 0 ? (
        <Text size="sm" c="dimmed">
          {total === 0 ? 'No services yet: import them from a spreadsheet below, or add them in the catalogue.' : 'No live or pipeline services.'}
        </Text>
      ) : (
        <Stack gap={6} aria-label="Services by tier" role="list">
          {byTier.map((tier) => (
            <Group key={tier.tier} gap="sm" wrap="nowrap" role="listitem" aria-label={`Tier ${tier.tier}: ${tier.count}`}>
              <Text size="sm" w={48} style={{ flex: 'none' }}>
                Tier {tier.tier}
              </Text>
              <Progress
                value={(100 * tier.count) / largest}
                color={TIER_COLORS[tier.tier - 1] ?? 'gray'}
                size="lg"
                radius="sm"
                style={{ flex: 1 }}
                aria-hidden
              />
              <Text size="sm" fw={600} w={32} ta="right" style={{ flex: 'none' }}>
                {tier.count}
              </Text>
            </Group>
          ))}
        </Stack>
      )}

      <Divider my="md" label="Catalogue tools" labelPosition="left" />
      <CatalogueIoActions size="xs" />
    </Paper>
  );
}
