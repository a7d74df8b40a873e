import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for the rules (deadlines, retention, numbering years), so tests can
 * travel in time by moving the clock instead of waiting.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test-only: makes `now()` answer `instant` from here on (time keeps running from there). */
  travelTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
