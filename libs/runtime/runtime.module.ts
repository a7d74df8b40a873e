import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock } from '../shared/clock.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from './runtime-settings.js';

/** Makes the resolved settings and the clock available everywhere. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(settings: RuntimeSettings, clock: Clock = new Clock()): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: RUNTIME_SETTINGS, useValue: settings },
        { provide: Clock, useValue: clock },
      ],
      exports: [RUNTIME_SETTINGS, Clock],
    };
  }
}
