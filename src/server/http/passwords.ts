// Password hashing with argon2id (OWASP parameters); a cheaper cost only when ARGON2_FAST=true (tests).
import argon2 from 'argon2';

let fast = false;
export function useFastHashing(on: boolean) {
  fast = on;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, fast
    ? { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 }
    : { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so timing does not reveal which e-mails exist.
let dummy: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(await dummy, password);
  return false;
}
