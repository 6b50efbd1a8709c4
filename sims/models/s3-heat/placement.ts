import type { Rng } from '../../rng/xoshiro128.ts';
import type { Placement } from './params.ts';

/** Where every copy or shard of every object lives: object o's copies are drives[o·c … o·c + c − 1]. */
export interface Layout {
  drives: Int32Array;
  /** Copies (or shards) per object. */
  copies: number;
  objectsPerTenant: number;
  /** Drives per bucket-local group (the whole fleet for spread). */
  groupSize: number;
}

/**
 * Places T · M objects with c copies each on distinct drives, see /patterns/data-placement-spreading/.
 * Spread: each object's c drives are drawn at random from the whole fleet, so a bucket's objects
 * land on many disjoint drive sets. Bucket-local: the fleet is cut into groups of g ≥ c
 * consecutive drives, bucket t lives in group t mod G (so groups hold equal numbers of buckets),
 * and each object's c drives are drawn within its group.
 */
export function place(placement: Placement, drives: number, tenants: number, objectsPerTenant: number, copies: number, bucketDrives: number, rng: Rng): Layout {
  const out = new Int32Array(tenants * objectsPerTenant * copies);
  const g = placement === 'spread' ? drives : Math.min(drives, Math.max(bucketDrives, copies));
  const groups = Math.max(1, Math.floor(drives / g));
  const scratch = new Int32Array(g);
  for (let t = 0; t < tenants; t++) {
    const first = placement === 'spread' ? 0 : (t % groups) * g;
    for (let o = 0; o < objectsPerTenant; o++) {
      const base = (t * objectsPerTenant + o) * copies;
      if (placement === 'spread' && copies * 4 < g) {
        // Rejection sampling of c distinct drives: cheap when c ≪ D.
        for (let j = 0; j < copies; j++) {
          let d: number, dup: boolean;
          do {
            d = Math.floor(rng.next() * g);
            dup = false;
            for (let i = 0; i < j; i++) if (out[base + i] === d) { dup = true; break; }
          } while (dup);
          out[base + j] = d;
        }
      } else {
        // Partial Fisher–Yates over the group: c distinct drives.
        for (let i = 0; i < g; i++) scratch[i] = first + i;
        for (let j = 0; j < copies; j++) {
          const k = j + Math.floor(rng.next() * (g - j));
          const tmp = scratch[k]!;
          scratch[k] = scratch[j]!;
          scratch[j] = tmp;
          out[base + j] = tmp;
        }
      }
    }
  }
  return { drives: out, copies, objectsPerTenant, groupSize: g };
}
