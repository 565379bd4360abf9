import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { ServiceDetail } from '../../../../../shared/api/services-api';

/**
 * Risks the service inherits through what it depends on: a risk on Network threatens every service
 * that needs Network, so it is shown here with the path it comes by ("via Network → Core switching").
 */
export function InheritedRisks({ service }: { service: ServiceDetail }) {
  const risks = service.inheritedRisks;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="inherited-risks-title">
      <Group gap="xs" mb={4}>
        <Title order={3} size="h4" id="inherited-risks-title">
          Risks through dependencies
        </Title>
        <Badge variant="light" color="gray" size="sm">
          {service.inheritedRiskCount}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        On services {service.code} depends on, directly or through others; not linked to it directly.
      </Text>
      {risks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No risk reaches this service through its dependencies.
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label="Inherited risks">
          {risks.map((risk) => (
            <div key={risk.id} role="listitem">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Anchor component={Link} href={`/risks/${risk.id}`} size="sm" truncate title={`${risk.code} ${risk.title}`} style={{ flex: 1, minWidth: 0 }}>
                  <Text span ff="monospace" size="sm">
                    {risk.code}
                  </Text>{' '}
                  {risk.title}
                </Anchor>
                <Badge variant="light" color="gray" size="xs" style={{ flexShrink: 0 }}>
                  {risk.status}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" truncate>
                via {risk.via.map((step) => step.name).join(' → ')}
              </Text>
            </div>
          ))}
          {service.inheritedRiskCount > risks.length && (
            <Text size="xs" c="dimmed">
              The nearest {risks.length} of {service.inheritedRiskCount} are listed.
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
