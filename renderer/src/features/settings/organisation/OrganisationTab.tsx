import { Skeleton, Stack } from '@mantine/core';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { CurrentPersonSelect } from './CurrentPersonSelect';
import { OrganisationForm } from './OrganisationForm';

/** Settings › Organisation: the name, and who "I am" on this computer. */
export function OrganisationTab() {
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) {
    return settings.error ? (
      <ErrorPanel title="Settings could not be loaded" error={settings.error} onRetry={settings.reload} />
    ) : (
      <Stack aria-busy="true">
        <Skeleton height={180} radius="md" />
        <Skeleton height={160} radius="md" />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {/* Keyed by the saved name so a save (or a change elsewhere) starts the form from the new value. */}
      <OrganisationForm key={settings.data.organisationName} organisationName={settings.data.organisationName} />
      <CurrentPersonSelect currentPersonId={settings.data.currentPersonId} />
    </Stack>
  );
}
