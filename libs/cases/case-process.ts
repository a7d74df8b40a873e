import { Injectable } from '@nestjs/common';
import type { CaseFile } from './case-file.entity.js';
import type { CaseAction, CaseStatus } from './case-state-machine.js';

/** A transition about to be made: the case as locked, what the caller asked, and when. */
export interface TransitionStart {
  before: CaseFile;
  action: CaseAction;
  to: CaseStatus;
  /** The request's own fields for this action (`location`, `borrower`, `reason`…), as received. */
  input: Readonly<Record<string, unknown>>;
  at: Date;
}

/** What a hook adds to a transition: lines for the case's timeline entry, columns for its row. */
export interface TransitionContribution {
  details?: Record<string, unknown>;
  changes?: Partial<CaseFile>;
}

/**
 * Side effects another module attaches to a case's transitions (after Vendure's OrderProcess):
 * `onTransitionStart` runs in the transition's transaction after its checks and before the case
 * row is written, and may refuse by throwing; `onTransitionEnd` runs once the row, timeline and
 * audit entry are written.
 */
export interface CaseTransitionHooks {
  onTransitionStart?(transition: TransitionStart): Promise<TransitionContribution | void>;
  onTransitionEnd?(transition: TransitionStart & { after: CaseFile }): Promise<void>;
}

/**
 * The registry of transition hooks, filled by the modules that own the side effects (the archive
 * keeps its book and loans this way) when the application starts, so `cases` needs to know none
 * of them.
 */
@Injectable()
export class CaseProcess {
  private readonly hooks = new Map<CaseAction, CaseTransitionHooks[]>();

  on(actions: CaseAction | readonly CaseAction[], hooks: CaseTransitionHooks): void {
    for (const action of typeof actions === 'string' ? [actions] : actions) this.hooks.set(action, [...(this.hooks.get(action) ?? []), hooks]);
  }

  hooksFor(action: CaseAction): readonly CaseTransitionHooks[] {
    return this.hooks.get(action) ?? [];
  }
}
