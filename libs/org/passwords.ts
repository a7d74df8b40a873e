import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes); the parameters travel inside each hash.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the user does not exist, so timing does not tell which usernames exist. */
let dummyHash: Promise<string> | undefined;
export function timingDecoyHash(): Promise<string> {
  dummyHash ??= hashPassword('spis-timing-decoy');
  return dummyHash;
}
