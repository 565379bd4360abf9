import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconPencil, IconRefresh, IconTrash } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import { BandBadge } from '../common/BandBadge';
import { STATUS_COLOUR, STATUS_LABEL } from '../common/risk-labels';

interface RiskHeaderProps {
  risk: RiskDetail;
  onReassess: () => void;
  onDelete: () => void;
}

/** Code, title, status, the three scores in their band colours, the appetite flag, and what can be done. */
export function RiskHeader({ risk, onReassess, onDelete }: RiskHeaderProps) {
  const [, navigate] = useLocation();
  return (
    <Stack gap="xs">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} href="/risks" size="sm">
          Risks
        </Anchor>
        <Text size="sm" c="dimmed" ff="monospace">
          {risk.code}
        </Text>
      </Breadcrumbs>
      {/* The actions move under the title when the window is too narrow for both. */}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={8} style={{ minWidth: 0, flex: '1 1 440px' }}>
          <Group gap="sm" wrap="nowrap" align="baseline" style={{ minWidth: 0 }}>
            <Text ff="monospace" c="dimmed" fw={600} size="lg" style={{ flexShrink: 0 }}>
              {risk.code}
            </Text>
            <Title order={2} style={{ minWidth: 0, overflowWrap: 'anywhere' }} lineClamp={2} title={risk.title}>
              {risk.title}
            </Title>
          </Group>
          <Group gap={6} role="group" aria-label="Scores">
            <Badge variant="light" color={STATUS_COLOUR[risk.status]} size="lg" tt="none">
              {STATUS_LABEL[risk.status]}
            </Badge>
            <BandBadge basis="inherent" position={risk.inherent} size="lg" />
            <BandBadge basis="residual" position={risk.residual} size="lg" />
            <BandBadge basis="target" position={risk.target} size="lg" />
            {risk.exceedsAppetite && (
              <Tooltip label="The residual score is above the risk appetite: it needs treatment or an approved acceptance.">
                <Badge color="red" variant="outline" size="lg" tt="none" leftSection={<IconAlertTriangle size={14} />} tabIndex={0}>
                  Above appetite
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconCalendarCheck size={16} />} onClick={() => navigate(`/reviews/risk/${risk.id}`)}>
            Review
          </Button>
          <Button leftSection={<IconRefresh size={16} />} onClick={onReassess}>
            Re-assess
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => navigate(`/risks/${risk.id}/edit`)}>
            Edit
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
            Delete
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
