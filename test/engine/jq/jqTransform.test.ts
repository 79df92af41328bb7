import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JqRunner, MISSING_QUERY_EXPRESSION, runJsonJqTransform } from '../../../engine/src/jq';

let runner: JqRunner;
before(async () => {
  runner = await JqRunner.create({ timeoutMs: 1500 });
});
after(async () => runner.dispose());

function transform(queryExpression: string, input: Record<string, unknown> = {}) {
  return runJsonJqTransform(runner, { queryExpression, ...input });
}

void describe('§1.11 JSON_JQ_TRANSFORM with real jq', () => {
  void it('runs over the whole task input: .a | keys', () => {
    assert.deepEqual(transform('.a | keys', { a: { b: 1, c: 2 } }), {
      status: 'COMPLETED',
      output: { result: ['b', 'c'], resultList: [['b', 'c']] },
    });
  });
  void it('sees queryExpression itself as part of the input, as Conductor does', () => {
    assert.equal(transform('.queryExpression').output['result'], '.queryExpression');
  });
  void it('filters with map(select(...)) and folds with reduce', () => {
    const items = [{ x: 1 }, { x: 2 }, { x: 3 }];
    assert.deepEqual(transform('.items | map(select(.x > 1))', { items }).output['result'], [{ x: 2 }, { x: 3 }]);
    assert.equal(transform('reduce .items[] as $i (0; . + $i.x)', { items }).output['result'], 6);
  });
  void it('emits every output in resultList and the first in result', () => {
    assert.deepEqual(transform('.a[] | . * 10', { a: [1, 2, 3] }).output, { result: 10, resultList: [10, 20, 30] });
  });
  void it('gives result null and an empty resultList when jq emits nothing', () => {
    assert.deepEqual(transform('empty').output, { result: null, resultList: [] });
  });
  void it('encodes with @base64 and keeps non-ASCII text intact', () => {
    assert.equal(transform('.s | @base64', { s: 'héllo ✓' }).output['result'], 'aMOpbGxvIOKckw==');
    assert.equal(transform('.s | @base64d', { s: 'aMOpbGxvIOKckw==' }).output['result'], 'héllo ✓');
    assert.deepEqual(transform('{"名前": .n, len: (.n | length)}', { n: 'ünï\n日本' }).output['result'], {
      名前: 'ünï\n日本',
      len: 6,
    });
  });
  void it('builds objects and strings like jq: string interpolation, tojson, numbers', () => {
    assert.equal(transform('"\\(.a)-\\(.b | tojson)"', { a: 1, b: [true] }).output['result'], '1-[true]');
    assert.equal(transform('.n / 4', { n: 10 }).output['result'], 2.5);
  });
});

void describe('§1.11 JSON_JQ_TRANSFORM failures', () => {
  void it("fails a runtime error with jq's message as reason and output.error", () => {
    const outcome = transform('.a.b', { a: 1 });
    assert.equal(outcome.status, 'FAILED');
    assert.equal(outcome.reasonForIncompletion, 'jq: error: Cannot index number with string "b"');
    assert.deepEqual(outcome.output, { error: outcome.reasonForIncompletion });
  });
  void it('fails a compile error with the syntax message', () => {
    const outcome = transform('.a | {');
    assert.equal(outcome.status, 'FAILED');
    assert.match(outcome.reasonForIncompletion ?? '', /syntax error.*\n\.a \| \{[\s\S]*1 compile error/);
  });
  void it('fails error("...") even after earlier outputs', () => {
    const outcome = transform('.a[] | if . == 2 then error("bad item \\(.)") else . end', { a: [1, 2] });
    assert.equal(outcome.reasonForIncompletion, 'jq: error: bad item 2');
  });
  void it("reports a missing queryExpression with Conductor's message", () => {
    assert.deepEqual(runJsonJqTransform(runner, { a: 1 }), {
      status: 'FAILED',
      output: {},
      reasonForIncompletion: MISSING_QUERY_EXPRESSION,
    });
  });
  void it('stops a query that never ends, then keeps working', () => {
    const started = Date.now();
    const outcome = runJsonJqTransform(runner, { queryExpression: 'last(repeat(1))' }, 300);
    assert.equal(outcome.status, 'FAILED');
    assert.match(outcome.reasonForIncompletion ?? '', /^jq did not finish within 300 ms/);
    assert.ok(Date.now() - started < 1500);
    for (let i = 0; i < 20; i++) assert.equal(transform('.n + 1', { n: i }).output['result'], i + 1);
  });
});
