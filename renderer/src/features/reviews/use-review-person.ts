import { useState } from 'react';
import { useOpenWorkspace } from '../../app/workspace-context';

/** "me" follows who "I am"; a person id shows someone else's reviews; "all" shows everyone's. */
export type PersonChoice = 'me' | 'all' | number;

/** Whose reviews the inbox shows, and the person id (or null for everyone) the API takes. */
export function useReviewPerson() {
  const workspace = useOpenWorkspace();
  const me = workspace.currentPerson;
  const [choice, setChoice] = useState<PersonChoice>(me ? 'me' : 'all');
  const personId = choice === 'all' ? null : choice === 'me' ? (me?.id ?? null) : choice;
  return { me, choice, setChoice, personId };
}
