import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { screenForPath, screens } from '../../app/screens';

/** The screens, as links (so Tab, Enter and "open in place" all work) with the current one marked. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation();
  const active = screenForPath(location);
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
            active={isActive}
            aria-current={isActive ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Stack>
  );
}
