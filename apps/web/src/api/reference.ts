import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import type { ClassificationMark } from './types';

/** Whole small lists (units, the classification plan) page by page, for pickers that filter as the user types. */
async function everyPage<T>(fetchPage: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await fetchPage(page);
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) return items;
  }
}

export function useOrgUnits() {
  return useQuery({
    queryKey: ['ref', 'org-units'],
    queryFn: () => everyPage((page) => call(api.GET('/api/org-units', { params: { query: { page, pageSize: 200 } } }))),
    staleTime: 10 * 60_000,
  });
}

export function useClassificationMarks() {
  return useQuery({
    queryKey: ['ref', 'classification-marks'],
    queryFn: () => everyPage((page) => call(api.GET('/api/classification-marks', { params: { query: { page, pageSize: 200 } } }))),
    staleTime: 10 * 60_000,
  });
}

/** Only marks valid this year and detailed enough to classify a case (groups 0–9 alone are headings). */
export function isUsableMark(mark: ClassificationMark, year: number): boolean {
  return mark.validFromYear <= year && (mark.validToYear === null || mark.validToYear >= year);
}
