import { notifications } from '@mantine/notifications';

/*
 * The notification stack is one polite live region, there from the first paint (App.tsx), so each
 * message is read once as it appears, without cutting into what is being read. Mantine would give
 * each notification role="alert" as well: read twice, and every success as an emergency. Errors
 * that stop a form are role="alert" beside the form itself.
 */

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 4000, role: 'none' });
}

export function notifyError(message: string): void {
  notifications.show({ color: 'red', message, autoClose: 8000, role: 'none' });
}
