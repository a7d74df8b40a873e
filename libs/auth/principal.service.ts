import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { buildAbility } from '../access/ability.factory.js';
import type { Principal, PrincipalPosition } from '../access/principal.js';
import { connectionOf } from '../database/transactional-connection.js';
import { AuthRepository } from './auth.repository.js';

/** Loads who the caller is and what their positions allow, fresh for each request. */
@Injectable()
export class PrincipalService {
  /** Outside any request's transaction: the principal is loaded before it opens. */
  private readonly reads: AuthRepository;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.reads = new AuthRepository(connectionOf(dataSource.manager));
  }

  /** The principal of an enabled user, or null when the user is gone or disabled. */
  async load(userId: string): Promise<Principal | null> {
    const user = await this.reads.enabledUser(userId);
    if (!user) return null;
    const rows = await this.reads.principalPositions(userId);
    const positions: PrincipalPosition[] = rows.map((row) => ({
      positionId: row.position_id,
      title: row.title,
      orgUnitId: row.org_unit_id,
      orgUnitCode: row.org_unit_code,
      orgUnitSubtreeIds: row.subtree,
      roles: row.roles,
    }));
    return {
      userId: user.id,
      username: user.username,
      fullName: user.full_name,
      locale: user.locale,
      positions,
      ability: buildAbility(user.id, positions),
    };
  }
}
