import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';

export interface Official {
  userId: string;
  fullName: string;
  username: string;
  positionTitle: string;
}

/**
 * The people holding a post in `orgUnitId`: those a case of the unit can be assigned to. Read
 * from the unit's positions and users, so it needs the rights a head of unit has there.
 */
export function useUnitOfficials(orgUnitId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['officials', orgUnitId],
    enabled: !!orgUnitId && enabled,
    staleTime: 60_000,
    queryFn: async (): Promise<Official[]> => {
      const [positions, users] = await Promise.all([
        call(api.GET('/api/positions', { params: { query: { orgUnitId: orgUnitId!, pageSize: 200 } } })),
        call(api.GET('/api/users', { params: { query: { pageSize: 200, disabled: false } } })),
      ]);
      const byId = new Map(users.items.map((user) => [user.id, user]));
      const officials = new Map<string, Official>();
      for (const position of positions.items) {
        const user = position.userId ? byId.get(position.userId) : undefined;
        if (position.active && user && !officials.has(user.id)) {
          officials.set(user.id, { userId: user.id, fullName: user.fullName, username: user.username, positionTitle: position.title });
        }
      }
      return [...officials.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
    },
  });
}
