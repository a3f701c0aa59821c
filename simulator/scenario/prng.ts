/**
 * Seeded randomness for everything the simulator generates. Math.random is never used for generated data: the same
 * seed must give the same homeserver, so demo screenshots, bug reports and tests are reproducible.
 */

/** murmur3's 32-bit finaliser: a cheap, well-mixed integer hash. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Stateless hash of a list of integers. Used by the lazy scale scenario, where report i must be computable on its own
 * without replaying a generator i times.
 */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = fmix32((h ^ (p >>> 0)) + 0x7f4a7c15 + ((h << 6) >>> 0));
  return h >>> 0;
}

/** A string's 32-bit hash (FNV-1a), to derive independent streams from labels. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** sfc32: small, fast, good enough statistically; state is four 32-bit words. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = fmix32(seed ^ 0xdeadbeef);
    this.b = fmix32(seed + 0x41c64e6d);
    this.c = fmix32(seed ^ 0x6c078965);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(items.length)] as T;
  }

  /** Up to n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    for (let i = 0; i < n && copy.length > 0; i++) out.push(copy.splice(this.int(copy.length), 1)[0] as T);
    return out;
  }

  letters(length: number): string {
    let s = "";
    for (let i = 0; i < length; i++) s += LETTERS[this.int(LETTERS.length)];
    return s;
  }

  bytes(length: number): Buffer {
    const buf = Buffer.alloc(length);
    for (let i = 0; i < length; i++) buf[i] = this.nextUint32() & 0xff;
    return buf;
  }

  /** An independent stream, so adding draws in one part of a generator doesn't reshuffle another part. */
  static derive(seed: number, label: string): Prng {
    return new Prng(hash32(seed, hashString(label)));
  }
}
