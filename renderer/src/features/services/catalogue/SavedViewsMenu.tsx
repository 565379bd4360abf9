import { ActionIcon, Button, Divider, Group, Modal, Popover, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconBookmark, IconBookmarkPlus, IconCheck, IconChevronDown, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { SavedView } from '../../../../../shared/api/views-api';
import { fieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import type { ColumnId } from './catalogue-columns';
import type { CatalogueState } from './catalogue-query';
import { fromViewState, toViewState, viewMatches } from './saved-view-state';

export const VIEWS_SCREEN = 'services';

interface SavedViewsMenuProps {
  state: CatalogueState;
  columns: ColumnId[];
  onApply: (state: CatalogueState, columns: ColumnId[]) => void;
}

function SaveViewModal({ views, onClose, state, columns }: { views: SavedView[]; onClose: () => void; state: CatalogueState; columns: ColumnId[] }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useApiAction('views.save', { success: (view) => `Saved the view “${view.name}”`, failure: 'Could not save the view' });
  const existing = views.find((view) => view.name.toLowerCase() === name.trim().toLowerCase());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name the view, e.g. “Live tier 1 services”');
      return;
    }
    const outcome = await save.run({ screen: VIEWS_SCREEN, name: name.trim(), state: toViewState(state, columns) });
    if (outcome.ok) onClose();
    else setError(fieldError(outcome.error, 'name') ?? null);
  };

  return (
    <Modal opened onClose={onClose} title="Save this view" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Keeps the current filters, search, sort, columns and layout under a name, for everyone who opens this workspace.
          </Text>
          <TextInput
            label="Name"
            withAsterisk
            data-autofocus
            maxLength={80}
            placeholder="e.g. Live tier 1 services"
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            description={existing ? `This replaces the saved view “${existing.name}”.` : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.running}>
              {existing ? 'Replace view' : 'Save view'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Named catalogue setups: pick one to apply it, save the current one, delete old ones. */
export function SavedViewsMenu({ state, columns, onApply }: SavedViewsMenuProps) {
  const [opened, setOpened] = useState(false);
  const [saving, setSaving] = useState(false);
  const views = useApiQuery('views.list', { screen: VIEWS_SCREEN });
  const remove = useApiAction('views.delete', { success: (result) => `Deleted the view “${result.deleted.name}”`, failure: 'Could not delete the view' });
  const list = views.data ?? [];
  const current = list.find((view) => viewMatches(view, state, columns)) ?? null;

  const confirmDelete = (view: SavedView) => {
    setOpened(false);
    modals.openConfirmModal({
      title: `Delete the view “${view.name}”?`,
      children: <Text size="sm">The services stay as they are; only this saved setup of the table goes.</Text>,
      labels: { confirm: 'Delete view', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove.run({ id: view.id }),
    });
  };

  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={300} shadow="md" trapFocus>
        <Popover.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            onClick={() => setOpened((value) => !value)}
            aria-label={current ? `Saved views (showing ${current.name})` : 'Saved views'}
            maw={240}
          >
            <Text span size="sm" fw={500} truncate>
              {current ? current.name : 'Views'}
            </Text>
          </Button>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="xs" pt={4} pb={4}>
              Saved views
            </Text>
            {list.length === 0 && (
              <Text size="sm" c="dimmed" px="xs" pb="xs">
                None yet. Set filters, sort and columns, then save them here under a name.
              </Text>
            )}
            {list.map((view) => {
              const active = view.id === current?.id;
              return (
                <Group key={view.id} gap={4} wrap="nowrap">
                  <UnstyledButton
                    onClick={() => {
                      const applied = fromViewState(view);
                      onApply(applied.state, applied.columns);
                      setOpened(false);
                    }}
                    style={{ flex: 1, minWidth: 0, borderRadius: 'var(--mantine-radius-sm)' }}
                    px="xs"
                    py={6}
                    bg={active ? 'var(--mantine-primary-color-light)' : undefined}
                    aria-current={active || undefined}
                  >
                    <Group gap={6} wrap="nowrap">
                      <IconCheck size={14} style={{ flexShrink: 0, visibility: active ? 'visible' : 'hidden' }} aria-hidden />
                      <Text size="sm" truncate>
                        {view.name}
                      </Text>
                    </Group>
                  </UnstyledButton>
                  <Tooltip label="Delete this view">
                    <ActionIcon variant="subtle" color="gray" onClick={() => confirmDelete(view)} aria-label={`Delete the view ${view.name}`}>
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              );
            })}
            <Divider my={4} />
            <Button
              variant="subtle"
              justify="flex-start"
              leftSection={<IconBookmarkPlus size={16} aria-hidden />}
              onClick={() => {
                setOpened(false);
                setSaving(true);
              }}
            >
              Save current view…
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {saving && <SaveViewModal views={list} state={state} columns={columns} onClose={() => setSaving(false)} />}
    </>
  );
}
