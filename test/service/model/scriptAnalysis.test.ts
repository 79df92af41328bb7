/** `analyzeScript`: acorn parses Conductor scripts as GraalJS does (§4.4) and finds `$` reads. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeScript } from '../../../server/src/service/model/scriptAnalysis';

void test('accepts the script forms Conductor evaluates', () => {
  for (const source of [
    "if ($.loop['iteration'] < $.max) { true; } else { false; }",
    '(function(){ return $.n * 2; })()',
    "$.kind == 'a' ? 'a' : 'b'",
    'const x = 1; x + $.n',
  ]) {
    assert.equal(analyzeScript(source).error, undefined, source);
  }
});

void test('return is allowed only where Conductor wraps the script in a function (LAMBDA)', () => {
  assert.ok(analyzeScript('return $.n;').error);
  assert.equal(analyzeScript('return $.n;', true).error, undefined);
});

void test('syntax errors carry the offset and a message without acorn position suffix', () => {
  const source = '$.amount > 100 ? 1 :';
  const { error } = analyzeScript(source);
  assert.equal(error?.offset, source.length);
  assert.equal(error?.message, 'Unexpected token');
});

void test('collects $.name and $["name"] reads with their offsets', () => {
  const source = "$.a + $['b c'] + other.$ + x[$.c]";
  const { references, usesDollar } = analyzeScript(source);
  assert.deepEqual(
    references.map((r) => [r.name, source.slice(r.start, r.start + r.length)]),
    [
      ['a', 'a'],
      ['b c', 'b c'],
      ['c', 'c'],
    ],
  );
  assert.ok(usesDollar);
  assert.equal(analyzeScript('true').usesDollar, false);
  assert.equal(analyzeScript('Object.keys($).length > 0').usesDollar, true);
});

void test('absurd nesting that exhausts the parser stack is not reported as a syntax error', () => {
  const analysis = analyzeScript('('.repeat(200000) + '$.a' + ')'.repeat(200000));
  assert.equal(analysis.error, undefined);
  assert.deepEqual(analysis.references, []);
});
