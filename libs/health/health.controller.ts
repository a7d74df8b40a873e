import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/access.decorators.js';
import { BackupService } from '../backup/index.js';
import { ObjectStorage } from '../storage/index.js';
import { HealthDto } from './dto/health.response.js';
import { HealthRepository } from './health.repository.js';

type PartStatus = { status: 'up' } | { status: 'down'; error: string };

async function probe(check: () => Promise<unknown>): Promise<PartStatus> {
  try {
    await check();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: HealthRepository,
    private readonly storage: ObjectStorage,
    private readonly backups: BackupService,
  ) {}

  /**
   * 200 when the database and object storage both answer, 503 naming the part that does not. The
   * last backup is reported beside them (a warning when older than 26 h): an old backup is a reason
   * to act, not a reason for a load balancer to stop sending requests.
   */
  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'The database and object storage both answer' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'A part does not answer' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const [database, storage, backup] = await Promise.all([
      probe(() => this.database.ping()),
      probe(() => this.storage.ping()),
      this.backups.age().then(
        ({ status, lastAt, ageHours }) => ({ status, lastAt, ageHours }),
        () => ({ status: 'warn' as const }),
      ),
    ]);
    const ok = database.status === 'up' && storage.status === 'up';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', database, storage, backup };
  }
}
