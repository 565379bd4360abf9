import { Modal } from '@mantine/core';
import { JoinForm } from './settings/JoinForm';

/** Joining from the welcome screen: a new member has no workspace yet, so the join form comes in a dialog. */
export function JoinTeamModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Join a team workspace" size="lg">
      <JoinForm framed={false} onJoined={onClose} />
    </Modal>
  );
}
