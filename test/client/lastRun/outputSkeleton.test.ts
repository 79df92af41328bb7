/**
 * The output skeletons the client sends the language server after a followed run (outputSkeleton): keys and nesting
 * only, within bounds that hold for a huge output too, e.g. an HTTP task's response of 100 records of 100 fields of
 * 100 values, where the per-object bounds alone would allow 10¹² keys.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { outputSkeleton } from '../../../server/src/service/lastRunOutputs';

/** Every key of `value` at any depth. */
function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, element) => sum + countKeys(element), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce((sum: number, child) => sum + 1 + countKeys(child), 0);
}

/** An object of 100 keys, each holding `child` (shared, so the test builds it cheaply). */
function wide(child: unknown): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, child]));
}

void describe('outputSkeleton', () => {
  void it('keeps at most 2000 keys of a huge output, the upper levels whole', () => {
    const skeleton = outputSkeleton({ body: wide(wide(wide('value'))) }) as Record<string, unknown>;
    assert.ok(countKeys(skeleton) <= 2000, `${countKeys(skeleton)} keys`);
    const body = skeleton['body'] as Record<string, Record<string, unknown>>;
    assert.equal(Object.keys(body).length, 100);
    assert.equal(Object.keys(body['k0'] ?? {}).length, 100, 'the second level starts whole');
  });

  void it('keeps keys and nesting, arrays as their first element, six levels, no values', () => {
    assert.deepEqual(outputSkeleton({ a: [{ b: 1 }], c: [], d: [[{ e: 'x' }]], f: 'secret' }), {
      a: [{ b: null }],
      c: [],
      d: [[{ e: null }]],
      f: null,
    });
    const deep = outputSkeleton({ a: { b: { c: { d: { e: { f: { g: 1 } } } } } } });
    assert.deepEqual(deep, { a: { b: { c: { d: { e: { f: null } } } } } });
    assert.equal(outputSkeleton('text'), null);
  });
});
