import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../access/principal.js';

/** What travels with a request through every await: who asks, its id, and its transaction. */
export interface RequestContext {
  requestId?: string;
  principal?: Principal;
  /** The manager of the request's open transaction, when there is one. */
  manager?: EntityManager;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestContext(): RequestContext | undefined {
  return requestContext.getStore();
}
