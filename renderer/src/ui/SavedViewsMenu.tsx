import { ActionIcon, Button, Divider, Group, Modal, Popover, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { TextField } from './TextFields';
import { modals } from '@mantine/modals';
import { IconBookmark, IconBookmarkPlus, IconCheck, IconChevronDown, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { SavedView } from '../../../shared/api/views-api';
import { fieldError } from '../api/api-errors';
import { useApiAction } from '../api/use-api-action';
import { useApiQuery } from '../api/use-api-query';

/** The words that differ per screen. */
export interface SavedViewsWording {
  /** What saving keeps: "filters, search, sort and columns". */
  keeps: string;
  /** An example name: "Live tier 1 services". */
  example: string;
  /** What stays when a view is deleted: "The services". */
  records: string;
}

interface SavedViewsMenuProps {
  /** The screen the views belong to (views.list / views.save `screen`). */
  screen: string;
  /** What the screen shows now, as it is to be saved (JSON). */
  state: unknown;
  /** True when the screen shows exactly what the view saved; its name is then shown as current. */
  isCurrent: (view: SavedView) => boolean;
  onApply: (view: SavedView) => void;
  wording: SavedViewsWording;
  /** The menu button's label when no view is current. */
  label?: string;
}

function SaveViewModal({
  screen,
  views,
  state,
  wording,
  onClose,
}: {
  screen: string;
  views: SavedView[];
  state: unknown;
  wording: SavedViewsWording;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useApiAction('views.save', { success: (view) => `Saved the view “${view.name}”`, failure: 'Could not save the view' });
  const existing = views.find((view) => view.name.toLowerCase() === name.trim().toLowerCase());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(`Name the view, e.g. “${wording.example}”`);
      return;
    }
    const outcome = await save.run({ screen, name: name.trim(), state });
    if (outcome.ok) onClose();
    else setError(fieldError(outcome.error, 'name') ?? null);
  };

  return (
    <Modal opened onClose={onClose} title="Save this view" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Keeps the current {wording.keeps} under a name, for everyone who opens this workspace.
          </Text>
          <TextField
            label="Name"
            withAsterisk
            data-autofocus
            maxLength={80}
            placeholder={`e.g. ${wording.example}`}
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

/** Named setups of a screen's table: pick one to apply it, save the current one, delete old ones (with a confirm). */
export function SavedViewsMenu({ screen, state, isCurrent, onApply, wording, label = 'Views' }: SavedViewsMenuProps) {
  const [opened, setOpened] = useState(false);
  const [saving, setSaving] = useState(false);
  const views = useApiQuery('views.list', { screen });
  const remove = useApiAction('views.delete', { success: (result) => `Deleted the view “${result.deleted.name}”`, failure: 'Could not delete the view' });
  const list = views.data ?? [];
  const current = list.find(isCurrent) ?? null;

  const confirmDelete = (view: SavedView) => {
    setOpened(false);
    modals.openConfirmModal({
      title: `Delete the view “${view.name}”?`,
      children: <Text size="sm">{wording.records} stay as they are; only this saved setup of the table goes.</Text>,
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
              {current ? current.name : label}
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
                None yet. Set {wording.keeps}, then save them here under a name.
              </Text>
            )}
            {list.map((view) => {
              const active = view.id === current?.id;
              return (
                <Group key={view.id} gap={4} wrap="nowrap">
                  <UnstyledButton
                    onClick={() => {
                      onApply(view);
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
      {saving && <SaveViewModal screen={screen} views={list} state={state} wording={wording} onClose={() => setSaving(false)} />}
    </>
  );
}
