import { Group, Kbd, Loader, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { IconBuildingStore, IconFileCertificate, IconSearch, IconShieldExclamation, IconStack2, IconUser, type Icon } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { RecordKind } from '../../../../shared/api/overview-api';
import { errorBody } from '../../api/api-errors';
import { pathForRecord } from '../../app/screens';
import { useWorkspace } from '../../app/workspace-context';
import { matchCommands } from './palette-filter';
import { usePaletteCommands, type PaletteEntry } from './use-palette-commands';
import { useRecordSearch } from './use-record-search';

const KIND: Record<RecordKind, { label: string; icon: Icon }> = {
  service: { label: 'Service', icon: IconStack2 },
  sla: { label: 'SLA', icon: IconFileCertificate },
  risk: { label: 'Risk', icon: IconShieldExclamation },
  person: { label: 'Person', icon: IconUser },
  supplier: { label: 'Supplier', icon: IconBuildingStore },
};

function Entry({ entry }: { entry: PaletteEntry }) {
  const EntryIcon = entry.icon;
  return <Spotlight.Action label={entry.label} description={entry.description} leftSection={<EntryIcon size={20} stroke={1.6} />} onClick={entry.run} />;
}

/**
 * Enter picks the highlighted entry; when nothing is highlighted (the entries arrived after the
 * typing, as found records do), the first one, so Enter on the only match opens it. Runs before
 * the palette's own Enter, which then finds nothing highlighted and does nothing more.
 */
function chooseFirstWhenNoneHighlighted(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const palette = event.currentTarget.closest('[role="dialog"]') ?? event.currentTarget.ownerDocument;
  if (palette.querySelector('[data-action][data-selected]')) return;
  const first = palette.querySelector<HTMLElement>('[data-action]');
  if (!first) return;
  event.preventDefault();
  first.click();
}

/**
 * Ctrl/Cmd+K: go to any screen, run any action, or jump to a record found by code or name.
 * Works everywhere, also inside text fields, because it is how keyboard users move around.
 */
export function CommandPalette() {
  const { info } = useWorkspace();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const commands = usePaletteCommands();
  const records = useRecordSearch(query, info.workspace !== null);

  const screens = matchCommands(commands.screens, query);
  const actions = matchCommands(commands.actions, query);
  const nothing = screens.length === 0 && actions.length === 0 && records.hits.length === 0;

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut="mod + K"
      tagsToIgnore={[]}
      scrollable
      maxHeight={460}
      size="lg"
      centered={false}
      yOffset="10vh"
    >
      <Spotlight.Search
        placeholder={info.workspace ? 'Go to a screen, run a command or find a record…' : 'Run a command…'}
        leftSection={<IconSearch size={18} stroke={1.6} />}
        rightSection={records.searching ? <Loader size="xs" aria-label="Searching" /> : null}
        aria-label="Command palette search"
        onKeyDown={chooseFirstWhenNoneHighlighted}
      />
      <Spotlight.ActionsList aria-label="Commands and records">
        {screens.length > 0 && (
          <Spotlight.ActionsGroup label="Screens">
            {screens.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {actions.length > 0 && (
          <Spotlight.ActionsGroup label="Actions">
            {actions.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {records.hits.length > 0 && (
          <Spotlight.ActionsGroup label="Records">
            {records.hits.map((hit) => {
              const kind = KIND[hit.kind];
              const KindIcon = kind.icon;
              return (
                <Spotlight.Action
                  key={`${hit.kind}-${hit.id}`}
                  label={hit.code ? `${hit.code} · ${hit.title}` : hit.title}
                  description={[kind.label, hit.subtitle].filter(Boolean).join(' · ')}
                  leftSection={<KindIcon size={20} stroke={1.6} />}
                  onClick={() => navigate(pathForRecord(hit.kind, hit.id))}
                />
              );
            })}
          </Spotlight.ActionsGroup>
        )}
        {records.error ? (
          <Text size="sm" c="red" px="md" py="sm">
            Search failed: {errorBody(records.error).message}
          </Text>
        ) : null}
        {nothing && !records.error && <Spotlight.Empty>{records.searching ? 'Searching…' : 'Nothing found'}</Spotlight.Empty>}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Group gap="md" justify="flex-end">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move
          </Text>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Enter</Kbd> choose
          </Text>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Esc</Kbd> close
          </Text>
        </Group>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}
