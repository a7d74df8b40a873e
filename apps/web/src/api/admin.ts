import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from './client';
import type { paths } from './schema';
import type { NumberingBook, Position, Role, User } from './types';

type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

export type CreateUserBody = Body<'/api/users', 'post'>;
export type UpdateUserBody = Body<'/api/users/{id}', 'patch'>;
export type CreatePositionBody = Body<'/api/positions', 'post'>;
export type UpdatePositionBody = Body<'/api/positions/{id}', 'patch'>;
export type CreateRoleBody = Body<'/api/roles', 'post'>;
export type UpdateRoleBody = Body<'/api/roles/{id}', 'patch'>;
export type CreateUnitBody = Body<'/api/org-units', 'post'>;
export type UpdateUnitBody = Body<'/api/org-units/{id}', 'patch'>;
export type CreateMarkBody = Body<'/api/classification-marks', 'post'>;
export type UpdateMarkBody = Body<'/api/classification-marks/{id}', 'patch'>;
export type CreateBookBody = Body<'/api/numbering-books', 'post'>;
export type UpdateBookBody = Body<'/api/numbering-books/{id}', 'patch'>;

export function useUsers(query: { q?: string; page: number; pageSize: number }) {
  return useQuery({ queryKey: ['users', query], queryFn: () => call(api.GET('/api/users', { params: { query } })), placeholderData: (previous) => previous });
}

export function useUser(id: string | null) {
  return useQuery({ queryKey: ['user', id], enabled: !!id, queryFn: () => call(api.GET('/api/users/{id}', { params: { path: { id: id! } } })) });
}

export function usePositions(query: { orgUnitId?: string; userId?: string; page?: number; pageSize?: number }) {
  return useQuery({ queryKey: ['positions', query], queryFn: () => call(api.GET('/api/positions', { params: { query } })), placeholderData: (previous) => previous });
}

export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: () => call(api.GET('/api/roles', { params: { query: { pageSize: 200 } } })) });
}

export function useNumberingBooks() {
  return useQuery({ queryKey: ['numbering-books'], queryFn: () => call(api.GET('/api/numbering-books', { params: { query: { pageSize: 200 } } })) });
}

/** A change in the administration; reference data (units, plan) are refetched too, since these are them. */
export function useAdminMutation<V, R = unknown>(run: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => client.invalidateQueries() });
}

export const adminCalls = {
  createUser: (body: CreateUserBody) => call(api.POST('/api/users', { body })),
  updateUser: ({ id, body }: { id: string; body: UpdateUserBody }) => call(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
  createPosition: (body: CreatePositionBody) => call(api.POST('/api/positions', { body })),
  updatePosition: ({ id, body }: { id: string; body: UpdatePositionBody }) => call(api.PATCH('/api/positions/{id}', { params: { path: { id } }, body })),
  createRole: (body: CreateRoleBody) => call(api.POST('/api/roles', { body })),
  updateRole: ({ id, body }: { id: string; body: UpdateRoleBody }) => call(api.PATCH('/api/roles/{id}', { params: { path: { id } }, body })),
  createUnit: (body: CreateUnitBody) => call(api.POST('/api/org-units', { body })),
  updateUnit: ({ id, body }: { id: string; body: UpdateUnitBody }) => call(api.PATCH('/api/org-units/{id}', { params: { path: { id } }, body })),
  createMark: (body: CreateMarkBody) => call(api.POST('/api/classification-marks', { body })),
  updateMark: ({ id, body }: { id: string; body: UpdateMarkBody }) => call(api.PATCH('/api/classification-marks/{id}', { params: { path: { id } }, body })),
  createBook: (body: CreateBookBody) => call(api.POST('/api/numbering-books', { body })),
  updateBook: ({ id, body }: { id: string; body: UpdateBookBody }) => call(api.PATCH('/api/numbering-books/{id}', { params: { path: { id } }, body })),
};
