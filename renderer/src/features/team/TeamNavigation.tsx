import { Badge, Divider, NavLink } from '@mantine/core';
import { IconGitMerge, IconListDetails } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { useTeamWorkspace } from './team-status-context';

const ENTRIES = [
  { path: '/team/log', label: 'Sync log', icon: IconListDetails },
  { path: '/team/conflicts', label: 'Conflicts', icon: IconGitMerge },
] as const;

/** The team screens in the navigation, only in a team workspace; Conflicts carries the open count. */
export function TeamNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const status = useTeamWorkspace();
  const [location] = useLocation();
  if (!status) return null;
  return (
    <>
      <Divider label="Team" labelPosition="left" my={4} />
      {ENTRIES.map(({ path, label, icon: EntryIcon }) => {
        const active = location === path;
        const conflicts = path === '/team/conflicts' && status.openConflicts > 0;
        return (
          <NavLink
            key={path}
            component={Link}
            href={path}
            label={label}
            leftSection={<EntryIcon size={18} stroke={1.7} />}
            rightSection={
              conflicts ? (
                <Badge size="sm" circle={false} color="red" variant="filled" aria-label={`${status.openConflicts} to resolve`}>
                  {status.openConflicts}
                </Badge>
              ) : undefined
            }
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </>
  );
}
