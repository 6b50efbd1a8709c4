import type { Placement } from './params.ts';

/**
 * Where the copies of an object live, computed rather than stored: a hash of (object, copy)
 * picks a drive, so a million-drive fleet with 64 objects per drive needs no placement table
 * (and no cache misses on one), as hash-based placement schemes do. See
 * /patterns/data-placement-spreading/.
 * Spread: each object's c drives are drawn from the whole fleet, so a bucket's objects land on
 * many disjoint drive sets. Bucket-local: the fleet is cut into groups of g consecutive drives
 * (g ≥ c, and large enough that the buckets fill the fleet), bucket t lives in group t mod G, and
 * its objects' copies are drawn within the group.
 */
export interface Layout {
  copies: number;
  objectsPerTenant: number;
  /** Drives per group (the whole fleet for spread) and number of groups. */
  groupSize: number;
  groups: number;
  /** Per-run salt, from the run's placement stream. */
  salt: number;
}

/** The layout of one run. */
export function layout(
  placement: Placement,
  drives: number,
  tenants: number,
  objectsPerTenant: number,
  copies: number,
  bucketDrives: number,
  salt: number,
): Layout {
  const g =
    placement === 'spread' ? drives : Math.min(drives, Math.max(bucketDrives, copies, Math.floor(drives / tenants)));
  return { copies, objectsPerTenant, groupSize: g, groups: Math.max(1, Math.floor(drives / g)), salt: salt | 0 };
}

/** murmur3's 32-bit finalizer: a fast, well-mixed hash of one integer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A hash's drive within a group of `size`: ⌊h / 2³² · size⌋, with `| 0` for ⌊ ⌋ (the same for a
 * value in [0, 2³¹), and quicker: the read loops compute this for every read).
 */
const scale = (h: number, size: number) => ((h / 4294967296) * size) | 0;

/**
 * Writes the c distinct drives of object `o` of tenant `t` into out[0 … c − 1]. Copy j is the hash
 * of (object, j, attempt), the attempt counting every hash drawn so far, and is hashed again while it
 * lands on a drive an earlier copy took. Copy 0 has nothing to collide with, so it is written first,
 * outside the loop (the read loops call this for every read that chooses among copies).
 */
export function copiesOf(l: Layout, t: number, o: number, out: Int32Array): void {
  const size = l.groupSize,
    groups = l.groups,
    c = l.copies;
  // Spread has one group: no division for t mod 1 on every read (an integer division is slow).
  const first = groups === 1 || size === 0 ? 0 : (t % groups) * size;
  const id = Math.imul(t * l.objectsPerTenant + o, 0x9e3779b1) ^ l.salt;
  out[0] = first + scale(fmix32((id + 0x27d4eb2f) | 0), size);
  let attempt = 1;
  for (let j = 1; j < c; j++) {
    const salt = id + Math.imul(j + 1, 0x27d4eb2f);
    for (;;) {
      const d = first + scale(fmix32((salt + Math.imul(attempt++, 0x165667b1)) | 0), size);
      let i = 0;
      while (i < j && out[i] !== d) i++;
      if (i === j) {
        out[j] = d;
        break;
      }
    }
  }
}

/**
 * The drive of copy 0 of object number `id` (tenant × objects per tenant + object), relative to its group's first
 * drive: what `copiesOf` writes first.
 */
export function firstCopy(l: Layout, id: number): number {
  return scale(fmix32(((Math.imul(id, 0x9e3779b1) ^ l.salt) + 0x27d4eb2f) | 0), l.groupSize);
}
