import type { Principal } from '../access/principal.js';
import { searchFold } from '../i18n/transliterate.js';
import { escapeLike } from '../shared/validation.js';
import { caseAccessWhere } from './case-access.js';
import type { CaseSearchRepository, RecentCase } from './case-search.repository.js';

/** How far back a submission by the same party about the same matter counts as a possible duplicate. */
export const DUPLICATE_WINDOW_DAYS = 30;

/**
 * The end of a case's search text, reversed: the search text ends with the folded party name
 * (`caseSearchText`: number, subject, party), so the cases of a party are a range of the B-tree
 * `case_file_search_tail_idx` over this expression (db/migrations/1764400000000-ScaleIndexes.ts).
 * Bounded, so a very long text still fits an index entry.
 */
export const SEARCH_TAIL_CHARS = 200;
export const SEARCH_TAIL = `left(reverse(c.search_text), ${SEARCH_TAIL_CHARS})`;

/** LIKE pattern over {@link SEARCH_TAIL} for search texts ending in " <party>" (folded, trimmed). */
export function tailPattern(party: string): string {
  const reversed = [...` ${party}`].reverse().slice(0, SEARCH_TAIL_CHARS).join('');
  return `${escapeLike(reversed)}%`;
}

const words = (text: string) => new Set(searchFold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 2));

/**
 * Do two subjects speak of the same matter? Folded (script, case, diacritics), one contains the
 * other, or they share most of their words (Jaccard ≥ 0.6).
 */
export function similarSubjects(a: string, b: string): boolean {
  const [fa, fb] = [searchFold(a).trim(), searchFold(b).trim()];
  if (fa === fb || (fa.length > 5 && fb.includes(fa)) || (fb.length > 5 && fa.includes(fb))) return true;
  const [wa, wb] = [words(a), words(b)];
  if (wa.size === 0 || wb.size === 0) return false;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / (wa.size + wb.size - shared) >= 0.6;
}

/**
 * Cases registered in the last {@link DUPLICATE_WINDOW_DAYS} days for the same party about a
 * similar subject, among those the caller may see: the clerk is warned, the decision is theirs
 * (join the submission to the earlier case as a new act, or register it anyway).
 */
export async function findPossibleDuplicates(
  search: CaseSearchRepository,
  principal: Principal,
  input: { partyName: string; subject: string; now: Date },
): Promise<RecentCase[]> {
  const party = searchFold(input.partyName).trim();
  if (!party) return [];
  const since = new Date(input.now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const rows = await search.recentOfParty(caseAccessWhere(principal.ability, 'read', 'c', 'dup'), party, since);
  return rows.filter((row) => searchFold(row.partyName).trim() === party && similarSubjects(row.subject, input.subject)).slice(0, 10);
}
