import { Button, EmptyState } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** What a heat-map view shows when there is nothing to draw: why, and where to go next. */
export function NoRisks({ filtered, title, description }: { filtered: boolean; title?: string; description?: ReactNode }) {
  return (
    <EmptyState
      icon={<IconShieldCheck size={30} />}
      withIndicatorBackground
      title={title ?? (filtered ? 'No risk matches these filters' : 'No risks scored yet')}
      description={
        description ??
        (filtered
          ? 'Clear or change the filters above to see more of the register.'
          : 'Add risks to the register and assess them; their heat maps appear here.')
      }
      py={56}
    >
      {filtered ? null : (
        <EmptyState.Actions>
          <Button component={Link} href="/risks" variant="light">
            Open the register
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
