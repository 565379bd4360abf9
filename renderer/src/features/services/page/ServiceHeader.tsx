import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import type { ServiceDetail } from '../../../../../shared/api/services-api';
import { KindBadge, LifecycleBadge, TierBadge } from '../common/ServiceBadges';
import { useServiceCommands } from './use-service-commands';

/** Code, name, the badges that classify it, and what can be done to it. */
export function ServiceHeader({ service }: { service: ServiceDetail }) {
  const [, navigate] = useLocation();
  const commands = useServiceCommands(service);
  return (
    <Stack gap="xs">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} href="/services" size="sm">
          Services
        </Anchor>
        <Text size="sm" c="dimmed" ff="monospace">
          {service.code}
        </Text>
      </Breadcrumbs>
      {/* The actions move under the title when the window is too narrow for both. */}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ minWidth: 0, flex: '1 1 440px' }}>
          <Group gap="sm" wrap="nowrap" align="baseline" style={{ minWidth: 0 }}>
            <Text ff="monospace" c="dimmed" fw={600} size="lg" style={{ flexShrink: 0 }}>
              {service.code}
            </Text>
            <Title order={2} style={{ minWidth: 0, overflowWrap: 'anywhere' }} lineClamp={2} title={service.name}>
              {service.name}
            </Title>
          </Group>
          <Group gap={6}>
            <LifecycleBadge lifecycle={service.lifecycle} />
            <TierBadge tier={service.criticality} />
            <KindBadge kind={service.kind} />
            {service.category && (
              <Text size="sm" c="dimmed">
                · {service.category}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button leftSection={<IconPencil size={16} />} onClick={() => navigate(`/services/${service.id}/edit`)}>
            Edit
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={commands.duplicate} loading={commands.duplicating}>
            Duplicate
          </Button>
          {service.lifecycle !== 'retired' && (
            <Button variant="default" leftSection={<IconArchive size={16} />} onClick={commands.retire} loading={commands.retiring}>
              Retire
            </Button>
          )}
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={commands.remove} loading={commands.deleting}>
            Delete
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
