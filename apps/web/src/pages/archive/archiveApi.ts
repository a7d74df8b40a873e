import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ArchiveBookEntry, ArchiveLocation, Page } from '../../api/views';

export type BookFilter = { year?: number; classCode?: string; status?: 'archived' | 'lent' | 'destroyed' | 'handed_over'; page?: number; pageSize?: number };

export function useArchiveBook(filter: BookFilter) {
  return useQuery({
    queryKey: ['archive-book', filter],
    queryFn: () => call<Page<ArchiveBookEntry>>(api.GET('/api/archive/book', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });
}

export function locationText(location: ArchiveLocation): string {
  return [location.room, location.shelf, location.box].filter(Boolean).join(' / ');
}
