import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from './client';
import { invalidateWork } from './invalidate';
import type { paths } from './schema';
import type { CaseAction, CaseDetail, CaseSummary, Page, Schemas } from './views';

export type CaseQuery = Omit<NonNullable<paths['/api/cases']['get']['parameters']['query']>, 'status'> & { status?: string };

export function useCases(query: CaseQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => call<Page<CaseSummary>>(api.GET('/api/cases', { params: { query: query as never } })),
    enabled: options.enabled ?? true,
    placeholderData: (previous) => previous,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: ['case', id], queryFn: () => call<CaseDetail>(api.GET('/api/cases/{id}', { params: { path: { id } } })) });
}

export type ActionDetails = Omit<paths['/api/cases/{id}/actions/{action}']['post']['requestBody']['content']['application/json'], 'version'>;

/** A state-machine action on the version of the case the user saw. */
export function useCaseAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, action, details = {} }: { file: Pick<CaseSummary, 'id' | 'version'>; action: CaseAction; details?: ActionDetails }) =>
      call<CaseDetail>(api.POST('/api/cases/{id}/actions/{action}', { params: { path: { id: file.id, action } }, body: { version: file.version, ...details } })),
    onSettled: () => void invalidateWork(client),
  });
}

export type AssignBody = paths['/api/cases/{id}/assign']['post']['requestBody']['content']['application/json'];

export function useAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AssignBody }) => call<CaseDetail>(api.POST('/api/cases/{id}/assign', { params: { path: { id } }, body })),
    onSettled: () => void invalidateWork(client),
  });
}

export type RegisterBody = paths['/api/cases']['post']['requestBody']['content']['application/json'];

export function useRegisterCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => call<CaseDetail>(api.POST('/api/cases', { body })),
    onSuccess: () => invalidateWork(client),
  });
}

type GeneratedActBody = paths['/api/cases/{id}/documents']['post']['requestBody']['content']['application/json'];
/**
 * The body of a new act. Generated, unless the OpenAPI document lost it: two DTO classes named
 * `AddActDto` (cases, displaced persons) share one schema name there, and the later one wins.
 * Until one is renamed, the act's fields are taken from the DTO as the cases module declares it.
 */
export type AddActBody = GeneratedActBody extends { direction: unknown }
  ? GeneratedActBody
  : {
      direction: 'incoming' | 'outgoing' | 'internal';
      subject: string;
      correspondent?: string;
      receivedVia?: string;
      actDate?: string;
      attachmentsCount?: number;
      dispatch?: { recipientName: string; recipientAddress?: string; method: Schemas['DispatchDto']['method'] };
    };

export function useAddAct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AddActBody }) => call<{ id: string; number: string }>(api.POST('/api/cases/{id}/documents', { params: { path: { id } }, body: body as unknown as GeneratedActBody })),
    onSettled: () => void invalidateWork(client),
  });
}
