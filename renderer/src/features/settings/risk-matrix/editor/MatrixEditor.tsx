import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { RiskMatrixInfo } from '../../../../../../shared/api/risk-matrix-api';
import { confirmDiscard, useUnsavedGuard } from '../../../../ui/use-unsaved-guard';
import { bandColours } from '../change/BandChip';
import { ChangePreviewModal } from '../change/ChangePreviewModal';
import { useMatrixChange } from '../change/use-matrix-change';
import { draftFromMatrix, matrixFromDraft, type MatrixDraft } from '../matrix-draft';
import { validateDraft, type MatrixErrors } from '../matrix-validation';
import { AppetiteEditor } from './AppetiteEditor';
import { BandsEditor } from './BandsEditor';
import { EditorPreview } from './EditorPreview';
import { PresetPicker } from './PresetPicker';
import { ScaleEditor } from './ScaleEditor';
import { ScoreRuleEditor } from './ScoreRuleEditor';

interface MatrixEditorProps {
  info: RiskMatrixInfo;
  /** Back to the read-only view (after applying, or after cancelling). */
  onClose: () => void;
}

const UNSAVED_MATRIX = 'The changes you made to the risk matrix have not been saved.';

/** The matrix editor: scales, score rule, bands and appetite on the left, the live preview and actions on the right. */
export function MatrixEditor({ info, onClose }: MatrixEditorProps) {
  const [initial] = useState(() => draftFromMatrix(info.matrix));
  const [draft, setDraftState] = useState<MatrixDraft>(initial);
  const [apiErrors, setApiErrors] = useState<MatrixErrors>({});
  const [brush, setBrush] = useState(() => initial.bands[initial.bands.length - 1]!.key);
  const setDraft = (next: MatrixDraft) => {
    setDraftState(next);
    // The host's message was about the draft as sent; an edit may have fixed it.
    setApiErrors({});
  };

  const matrix = useMemo(() => matrixFromDraft(draft), [draft]);
  const dirty = useMemo(() => JSON.stringify(matrix) !== JSON.stringify(matrixFromDraft(initial)), [matrix, initial]);
  const errors = useMemo(() => ({ ...validateDraft(draft), ...apiErrors }), [draft, apiErrors]);
  const valid = Object.keys(errors).length === 0;
  const { allowLeave } = useUnsavedGuard({ dirty, values: draft, restore: setDraftState, message: UNSAVED_MATRIX });

  const change = useMatrixChange({
    current: info.matrix,
    currentVersion: info.version,
    onFieldError: (field, message) => setApiErrors({ [field]: message }),
    onApplied: () => {
      allowLeave();
      onClose();
    },
  });

  const cancel = () => {
    if (!dirty) return onClose();
    confirmDiscard(() => {
      allowLeave();
      onClose();
    }, UNSAVED_MATRIX);
  };

  const colours = useMemo(() => ({ from: bandColours(info.matrix.banding.bands), to: bandColours(matrix.banding.bands) }), [info.matrix, matrix]);
  // The brush follows a removed band to one that exists.
  const liveBrush = draft.bands.some((band) => band.key === brush) ? brush : draft.bands[draft.bands.length - 1]!.key;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (valid && dirty) void change.preview(matrix);
      }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h4">
              Change the risk matrix
            </Title>
            <Text size="sm" c="dimmed">
              Version {info.version} is in use. Nothing changes until you preview the change and apply it.
            </Text>
          </Stack>
          <PresetPicker draft={draft} onChange={setDraft} />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
          <Stack gap="md" miw={0}>
            <ScaleEditor scale="likelihood" draft={draft} errors={errors} onChange={setDraft} />
            <ScaleEditor scale="impact" draft={draft} errors={errors} onChange={setDraft} />
            <ScoreRuleEditor draft={draft} errors={errors} onChange={setDraft} />
            <BandsEditor draft={draft} errors={errors} onChange={setDraft} />
            <AppetiteEditor draft={draft} errors={errors} onChange={setDraft} />
          </Stack>
          <EditorPreview
            draft={draft}
            errors={errors}
            onChange={setDraft}
            brush={liveBrush}
            onBrushChange={setBrush}
            actions={
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={cancel}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  leftSection={<IconEye size={16} />}
                  loading={change.previewing}
                  disabled={!valid || !dirty}
                  title={dirty ? undefined : 'Change something first'}
                >
                  Preview the change
                </Button>
              </Group>
            }
          />
        </SimpleGrid>
      </Stack>
      {change.pending && change.pendingMatrix && change.levelMap ? (
        <ChangePreviewModal
          preview={change.pending}
          colours={colours}
          matrices={{ from: info.matrix, to: change.pendingMatrix }}
          levelMap={change.levelMap}
          onRemap={(levelMap) => void change.remap(levelMap)}
          refreshing={change.previewing}
          applying={change.applying}
          onApply={change.confirmApply}
          onClose={change.closePreview}
        />
      ) : null}
    </form>
  );
}
