import { Badge, NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { screenForPath, screens } from '../../app/screens';
import { useMyReviewCounts } from '../reviews';
import { TeamNavigation } from '../team';

/** The screens, as links (so Tab, Enter and "open in place" all work) with the current one marked. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation();
  const active = screenForPath(location);
  const counts = useMyReviewCounts().data;
  // Overdue reviews in red; otherwise those due this week.
  const reviewBadge =
    counts && (counts.overdue > 0 || counts.dueThisWeek > 0 || counts.awaitingApproval > 0) ? (
      <Badge
        size="sm"
        circle={false}
        color={counts.overdue > 0 ? 'red' : 'yellow'}
        variant="filled"
        aria-label={`${counts.overdue} overdue, ${counts.dueThisWeek} due this week, ${counts.awaitingApproval} waiting for approval`}
      >
        {counts.overdue > 0 ? counts.overdue : counts.dueThisWeek + counts.awaitingApproval}
      </Badge>
    ) : undefined;
  return (
    <Stack component="nav" gap={2} aria-label="Screens">
      {screens.map((screen) => {
        const ScreenIcon = screen.icon;
        const isActive = active?.id === screen.id;
        return (
          <NavLink
            key={screen.id}
            component={Link}
            href={screen.path}
            label={screen.label}
            leftSection={<ScreenIcon size={18} stroke={1.7} />}
            rightSection={screen.id === 'reviews' ? reviewBadge : undefined}
            active={isActive}
            aria-current={isActive ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
      <TeamNavigation onNavigate={onNavigate} />
    </Stack>
  );
}
