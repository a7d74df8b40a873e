import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ArchiveBookEntry, ArchiveLocation } from '../../api/types';

export type BookFilter = { year?: number; classCode?: string; status?: 'archived' | 'lent' | 'destroyed' | 'handed_over'; page?: number; pageSize?: number };

export function useArchiveBook(filter: BookFilter) {
  return useQuery({
    queryKey: ['archive-book', filter],
    queryFn: () => call(api.GET('/api/archive/book', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });
}

export function locationText(location: ArchiveLocation): string {
  return [location.room, location.shelf, location.box].filter(Boolean).join(' / ');
}
