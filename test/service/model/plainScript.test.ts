/**
 * The plain script parser must agree with acorn wherever it answers: same validity (it only answers for valid
 * scripts), same `$` reads in the same order, same `usesDollar`. Checked on hand-picked scripts, on scripts built
 * from the subset's grammar, and on random mutations of both (§4.4 scripts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePlainScript } from '../../../server/src/service/model/plainScript';
import { analyzeWithAcorn } from '../../../server/src/service/model/scriptAnalysis';
import { generatedScripts, mutate, seededRandom } from './scriptSamples';

const PLAIN = [
  "if ($.loop['iteration'] < $.max) { true; } else { false; }",
  "$.kind == 'a' ? 'a' : 'b'",
  '$.amount * 2',
  'true',
  '',
  ' ; ',
  '($).a + $[(\'b\')] + other.$ + x[$.c] + $["d e"]',
  'Math.max($.a, $.b, 3) >= 10 && !$.flag || -$.n < +$.m',
  'if ($.a) if ($.b) 1; else 2',
  '{ $.a; } { }',
  '$.if.else + $.a.$',
  "$.list.length > 0 ? $.list[0].name : 'none'",
  'a\n(b)',
  '$.x\n',
];

const NOT_PLAIN = [
  "'use strict'; $.a",
  '$.a // comment',
  '/re/.test($.a)',
  '$.a++',
  '$?.a',
  '$.a ?? 1',
  'let x = 1; x',
  'f(a,)',
  '5.toString()',
  '01 + 1',
  '`t`',
  '({ a: 1 })',
  '(a) => a',
  'a = 1',
  'a: 1',
  '\\u0061',
  'a\nb',
  'return 1',
  '$.a ** 2',
  'a <!-- b',
  '1e3',
  '$.a}',
  'if ($.a) x else y',
  "'\\n'",
];

void test('scripts of the subset are answered and agree with acorn', () => {
  for (const source of PLAIN) {
    const plain = analyzePlainScript(source);
    assert.ok(plain, `expected the plain parser to answer for ${JSON.stringify(source)}`);
    assert.deepEqual(plain, analyzeWithAcorn(source), source);
  }
});

void test('anything outside the subset is left to acorn', () => {
  for (const source of NOT_PLAIN) assert.equal(analyzePlainScript(source), undefined, source);
});

void test('generated subset scripts and random mutations: every answer agrees with acorn', () => {
  const random = seededRandom(20261123);
  const seeds = [...PLAIN, ...NOT_PLAIN, ...generatedScripts(random, 300)];
  let answered = 0;
  let mutatedAnswered = 0;
  for (const seed of seeds) {
    for (let round = 0; round < 40; round++) {
      const source = round === 0 ? seed : mutate(seed, random);
      const plain = analyzePlainScript(source);
      if (!plain) continue;
      answered++;
      if (round > 0) mutatedAnswered++;
      const reference = analyzeWithAcorn(source);
      assert.equal(reference.error, undefined, `acorn rejects ${JSON.stringify(source)}`);
      assert.deepEqual(plain, reference, source);
    }
  }
  // The comparison must have had something to compare, mutated scripts included.
  assert.ok(answered > 2000, `only ${answered} answers`);
  assert.ok(mutatedAnswered > 1000, `only ${mutatedAnswered} answers on mutated scripts`);
});
