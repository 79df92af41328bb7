/** `scanExpressions`: `${…}` tokens with offsets, escapes, nesting and unclosed expressions (§4.2). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanExpressions } from '../../../server/src/service/model/expressionScanner';

void test('finds each expression with its offsets and body', () => {
  const text = 'Order ${workflow.input.id} by ${cust.output.name}!';
  const tokens = scanExpressions(text);
  assert.deepEqual(
    tokens.map((t) => [
      text.slice(t.start, t.start + t.length),
      t.body,
      text.slice(t.bodyStart, t.bodyStart + t.body.length),
    ]),
    [
      ['${workflow.input.id}', 'workflow.input.id', 'workflow.input.id'],
      ['${cust.output.name}', 'cust.output.name', 'cust.output.name'],
    ],
  );
  assert.ok(tokens.every((t) => t.closed && !t.escaped));
});

void test('$${ is an escape that Conductor leaves unresolved', () => {
  const [token] = scanExpressions('literal $${not.resolved}');
  assert.ok(token?.escaped);
  assert.equal(token?.start, 8);
  assert.equal(token?.body, 'not.resolved');
});

void test('a nested expression stays inside the outer body', () => {
  const tokens = scanExpressions('${workflow.input.${workflow.input.key}}');
  assert.equal(tokens.length, 1);
  assert.equal(tokens[0]?.body, 'workflow.input.${workflow.input.key}');
  assert.equal(tokens[0]?.length, 39);
});

void test('an unclosed expression runs to the end of the string', () => {
  const [token] = scanExpressions('id: ${workflow.input.id');
  assert.equal(token?.closed, false);
  assert.equal(token?.body, 'workflow.input.id');
  assert.equal(token?.start + (token?.length ?? 0), 23);
});

void test('strings without expressions give nothing; an empty body is still a token', () => {
  assert.deepEqual(scanExpressions('plain $ text {}'), []);
  assert.equal(scanExpressions('${}')[0]?.body, '');
});

void test('is linear on a long string of many expressions', () => {
  const text = '${a.output.x} '.repeat(20000);
  assert.equal(scanExpressions(text).length, 20000);
});
