import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/runtime-settings.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const LOOKUP_CODE_LENGTH = 10;

/** RFC 4648 base32 without padding. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The key for lookup codes, derived from `secret` so the token-signing key itself never signs
 * anything else.
 */
export function lookupKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('spis/case-lookup-code/v1').digest();
}

/**
 * The lookup code printed on a party's receipt (kod za proveru): 10 base32 characters (50 bits)
 * of an HMAC of the case id. The same for the case every time it is printed, and impossible to
 * derive for another case without the key, so number and code together show that the party was
 * handed the receipt.
 */
export function lookupCode(key: Buffer, caseId: string): string {
  return base32(createHmac('sha256', key).update(caseId.toLowerCase()).digest()).slice(0, LOOKUP_CODE_LENGTH);
}

/** Lookup codes with the key of this installation (derived from its JWT secret). */
@Injectable()
export class CaseLookupCodes {
  private readonly key: Buffer;

  constructor(@Inject(RUNTIME_SETTINGS) settings: RuntimeSettings) {
    this.key = lookupKey(settings.jwtSecret);
  }

  of(caseId: string): string {
    return lookupCode(this.key, caseId);
  }
}
