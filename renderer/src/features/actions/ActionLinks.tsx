import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { pathForRecord } from '../../app/screens';

/** Where an action came from: its SLA, risk, service and the management review that decided it, each a link to its page. */
export function ActionLinks({ action }: { action: ActionSummary }) {
  const links = [
    action.sla && { key: 'sla', href: pathForRecord('sla', action.sla.id), text: `${action.sla.code} ${action.sla.name}` },
    action.risk && { key: 'risk', href: pathForRecord('risk', action.risk.id), text: `${action.risk.code} ${action.risk.title}` },
    action.service && { key: 'service', href: pathForRecord('service', action.service.id), text: `${action.service.code} ${action.service.name}` },
    action.managementReview && {
      key: 'management-review',
      href: `/management-review/${action.managementReview.id}`,
      text: `Decided at ${action.managementReview.title}`,
    },
  ].filter((link) => !!link);
  if (links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {links.map((link) => (
        <Anchor key={link.key} component={Link} href={link.href} size="sm" lineClamp={2} title={link.text} style={{ overflowWrap: 'anywhere' }}>
          {link.text}
        </Anchor>
      ))}
    </Stack>
  );
}
