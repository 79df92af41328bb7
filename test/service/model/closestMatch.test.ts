/** Did-you-mean suggestions for types, references and fields. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestMatch, editDistance } from '../../../server/src/service/model/closestMatch';

void test('transpositions and case count as small edits', () => {
  assert.equal(editDistance('SIMPEL', 'SIMPLE'), 1);
  assert.equal(editDistance('simple', 'SIMPLE'), 0);
  assert.equal(editDistance('', 'abc'), 3);
});

void test('suggests only plausible typos, never the word itself', () => {
  assert.equal(closestMatch('SIMPEL', ['SIMPLE', 'SWITCH']), 'SIMPLE');
  assert.equal(closestMatch('outputs', ['input', 'output']), 'output');
  assert.equal(closestMatch('fetch_usr', ['fetch_user', 'workflow']), 'fetch_user');
  assert.equal(closestMatch('IMAGE_RESIZER', ['SIMPLE', 'HTTP']), undefined);
  assert.equal(closestMatch('SIMPLE', ['SIMPLE']), undefined);
});
