import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from './client';
import { invalidateWork } from './invalidate';
import type { paths } from './schema';
import type { CaseAction, CaseSummary } from './types';

export type CaseQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;

export function useCases(query: CaseQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => call(api.GET('/api/cases', { params: { query } })),
    enabled: options.enabled ?? true,
    placeholderData: (previous) => previous,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: ['case', id], queryFn: () => call(api.GET('/api/cases/{id}', { params: { path: { id } } })) });
}

export type ActionDetails = Omit<paths['/api/cases/{id}/actions/{action}']['post']['requestBody']['content']['application/json'], 'version'>;

/** A state-machine action on the version of the case the user saw. */
export function useCaseAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, action, details = {} }: { file: Pick<CaseSummary, 'id' | 'version'>; action: CaseAction; details?: ActionDetails }) =>
      call(api.POST('/api/cases/{id}/actions/{action}', { params: { path: { id: file.id, action } }, body: { version: file.version, ...details } })),
    onSettled: () => void invalidateWork(client),
  });
}

export type AssignBody = paths['/api/cases/{id}/assign']['post']['requestBody']['content']['application/json'];

export function useAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AssignBody }) => call(api.POST('/api/cases/{id}/assign', { params: { path: { id } }, body })),
    onSettled: () => void invalidateWork(client),
  });
}

export type RegisterBody = paths['/api/cases']['post']['requestBody']['content']['application/json'];

export function useRegisterCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => call(api.POST('/api/cases', { body })),
    onSuccess: () => invalidateWork(client),
  });
}

export type AddActBody = paths['/api/cases/{id}/documents']['post']['requestBody']['content']['application/json'];

export function useAddAct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AddActBody }) => call(api.POST('/api/cases/{id}/documents', { params: { path: { id } }, body })),
    onSettled: () => void invalidateWork(client),
  });
}
