/** `splitExpressionPath`: JSONPath segments and bodies Jayway would not compile (§2.4, §4.2). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitExpressionPath } from '../../../server/src/service/model/expressionPath';

const names = (body: string): string[] => splitExpressionPath(body).segments.map((segment) => segment.name);

void test('dot paths, indexes and quoted brackets', () => {
  assert.deepEqual(names('ref.output.items[0].id'), ['ref', 'output', 'items']);
  assert.deepEqual(names("ref.output['a.b'].c"), ['ref', 'output', 'a.b', 'c']);
  assert.deepEqual(names('$.workflow.input.x'), ['workflow', 'input', 'x']);
  assert.deepEqual(names('ref..deep'), ['ref']);
});

void test('segment offsets point into the body', () => {
  const body = " t1 . output ['k'] ";
  const path = splitExpressionPath("t1.output['key']");
  assert.deepEqual(
    path.segments.map((s) => [s.start, s.length]),
    [
      [0, 2],
      [3, 6],
      [11, 3],
    ],
  );
  assert.equal(splitExpressionPath(body).segments[0]?.start, 1);
});

void test('malformed bodies carry an error', () => {
  assert.equal(splitExpressionPath('').error, 'empty expression');
  assert.equal(splitExpressionPath('   ').error, 'empty expression');
  assert.match(splitExpressionPath('workflow.input.').error ?? '', /end with '\.'/);
  assert.match(splitExpressionPath('workflow.input.items[0').error ?? '', /unclosed/);
  assert.match(splitExpressionPath("a['b]").error ?? '', /unclosed/);
  assert.equal(splitExpressionPath('workflow.input.items[?(@.a > 1)]').error, undefined);
});

void test('maxSegments limits the names but still checks the whole body', () => {
  assert.equal(splitExpressionPath('a.b.c.d.e', 2).segments.length, 2);
  assert.ok(splitExpressionPath('a.b.c.d.', 2).error);
});
