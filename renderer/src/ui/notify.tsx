import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorBody } from '../api/api-errors';

/** A write went through. Short, green, gone after a few seconds. */
export function notifySuccess(title: string, message?: ReactNode): void {
  notifications.show({
    title,
    message: message ?? null,
    color: 'teal',
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 5000,
  });
}

/**
 * A write failed. Stays longer than a success because the person has to read it and act;
 * the message is the API's own sentence, which is written to be acted on.
 */
export function notifyFailure(title: string, error: unknown): void {
  notifications.show({
    title,
    message: errorBody(error).message,
    color: 'red',
    icon: <IconAlertCircle size={18} aria-hidden />,
    autoClose: 10_000,
  });
}
