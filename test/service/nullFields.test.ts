/**
 * Null fields count as absent for schema validation, as Jackson binds them in Conductor (nullFields.ts): removed at
 * any depth, array elements kept, and the value itself returned when it has none, so valid documents cost no copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutNullFields } from '../../server/src/service/nullFields';

void describe('withoutNullFields', () => {
  void it('drops null-valued keys at any depth and keeps null array elements', () => {
    const value = { a: null, b: { c: null, d: 1 }, e: [null, { f: null, g: 2 }] };
    assert.deepEqual(withoutNullFields(value), { b: { d: 1 }, e: [null, { g: 2 }] });
    assert.deepEqual(value.b, { c: null, d: 1 }, 'the parsed value is not changed');
  });

  void it('returns the same objects when there is no null field', () => {
    const inner = { d: [1, 2] };
    const value = { a: 1, b: inner, e: [null] };
    assert.equal(withoutNullFields(value), value);
    assert.equal(withoutNullFields({ x: inner, y: null }) instanceof Object, true);
    assert.equal((withoutNullFields({ x: inner, y: null }) as { x: unknown }).x, inner, 'untouched parts are shared');
  });
});
