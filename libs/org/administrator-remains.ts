import { conflict } from '../shared/errors.js';
import type { UserRepository } from './user.repository.js';

/**
 * Refuses a change that would leave nobody able to manage users and roles (a locked-out
 * installation). Run after the change, inside its transaction, so the refusal rolls it back.
 */
export async function assertAdministratorRemains(users: UserRepository): Promise<void> {
  if (!(await users.administratorRemains())) throw conflict('LAST_ADMINISTRATOR');
}
