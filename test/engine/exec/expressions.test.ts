import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveValue, resolveString, javaToString } from '../../../engine/src/expressions/resolve';
import { readPath } from '../../../engine/src/expressions/jsonPath';
import { parsePath, InvalidPathError } from '../../../engine/src/expressions/jsonPathParser';
import { buildDocument, baseRef } from '../../../engine/src/expressions/contextDocument';
import { resolveTaskInput, mergeWorkflowInput } from '../../../engine/src/expressions/inputs';

const document = buildDocument(
  {
    workflowId: 'wf-1',
    status: 'RUNNING',
    workflowName: 'demo',
    workflowVersion: 3,
    input: { a: { b: [10, 20, 30] }, key: 'a', name: 'x', 'dotted.key': 7, n: 2, flag: false, nil: null },
    variables: { counter: 1 },
  },
  [
    { referenceTaskName: 't1', taskId: 'id-old', taskType: 'SIMPLE', status: 'FAILED', outputData: { v: 'old' } },
    { referenceTaskName: 't1', taskId: 'id-new', taskType: 'SIMPLE', status: 'COMPLETED', outputData: { v: 'new' } },
    {
      referenceTaskName: 'loop__1',
      taskId: 'l1',
      taskType: 'SIMPLE',
      status: 'COMPLETED',
      outputData: { i: 1 },
      iteration: 1,
    },
    {
      referenceTaskName: 'loop__2',
      taskId: 'l2',
      taskType: 'SIMPLE',
      status: 'COMPLETED',
      outputData: { i: 2 },
      iteration: 2,
    },
    // §4.1: only loop tasks (iteration > 0) lose their suffix; this one is named `step__7`.
    { referenceTaskName: 'step__7', taskId: 's7', taskType: 'SIMPLE', status: 'COMPLETED', outputData: { s: 7 } },
    {
      referenceTaskName: 'items',
      taskId: 'it',
      taskType: 'SIMPLE',
      status: 'COMPLETED',
      outputData: {
        list: [
          { s: 'A', n: 1 },
          { s: 'B', n: 5 },
        ],
        'key with space': 'spaced',
      },
    },
  ],
);
const scope = { document, taskId: 'task-42' };

void describe('§4.2 typed single expression', () => {
  void it('returns objects, arrays, numbers, booleans and null as they are', () => {
    assert.deepEqual(resolveString('${workflow.input.a}', scope), { b: [10, 20, 30] });
    assert.deepEqual(resolveString('${workflow.input.a.b}', scope), [10, 20, 30]);
    assert.equal(resolveString('${workflow.input.n}', scope), 2);
    assert.equal(resolveString('${workflow.input.flag}', scope), false);
    assert.equal(resolveString('${workflow.input.nil}', scope), null);
  });
  void it('gives null for a missing path (SUPPRESS_EXCEPTIONS)', () => {
    assert.equal(resolveString('${workflow.input.missing.deeper}', scope), null);
    assert.equal(resolveString('${nosuchtask.output.x}', scope), null);
  });
  void it('exposes workflow fields of §4.1', () => {
    assert.equal(resolveString('${workflow.workflowId}', scope), 'wf-1');
    assert.equal(resolveString('${workflow.workflowType}', scope), 'demo');
    assert.equal(resolveString('${workflow.version}', scope), 3);
    assert.equal(resolveString('${workflow.variables.counter}', scope), 1);
    assert.equal(resolveString('${workflow.schemaVersion}', scope), 2);
  });
});

void describe('§4.2 string interpolation', () => {
  void it('renders values with Java toString and null as "null"', () => {
    assert.equal(resolveString('n=${workflow.input.n}, m=${workflow.input.missing}', scope), 'n=2, m=null');
    assert.equal(resolveString('x ${workflow.input.a}', scope), 'x {b=[10, 20, 30]}');
    assert.equal(javaToString([1, 'a', { k: true }]), '[1, a, {k=true}]');
  });
  void it('treats surrounding whitespace as interpolation, not a typed value', () => {
    assert.equal(resolveString(' ${workflow.input.n}', scope), ' 2');
  });
  void it('resolves ${} and blanks to an empty string', () => {
    assert.equal(resolveString('${}', scope), '');
    assert.equal(resolveString('a${  }b', scope), 'ab');
  });
  void it('leaves text without expressions and an unclosed ${ untouched', () => {
    assert.equal(resolveString('plain $ {x}', scope), 'plain $ {x}');
    assert.equal(resolveString('open ${workflow.input.n', scope), 'open ${workflow.input.n');
  });
});

void describe('§4.2 nesting, escapes and special names', () => {
  void it('resolves nested expressions inside-out', () => {
    assert.deepEqual(resolveString('${workflow.input.${workflow.input.key}}', scope), { b: [10, 20, 30] });
  });
  void it('turns $${ into a literal ${ without evaluating it', () => {
    assert.equal(resolveString('$${workflow.input.n}', scope), '${workflow.input.n}');
    assert.equal(resolveString('cost: $${x} and ${workflow.input.n}', scope), 'cost: ${x} and 2');
  });
  void it('replaces CPEWF_TASK_ID with the task id', () => {
    assert.equal(resolveString('${CPEWF_TASK_ID}', scope), 'task-42');
    assert.equal(resolveString('id-${CPEWF_TASK_ID}', scope), 'id-task-42');
  });
});

void describe('§4.1 task entries', () => {
  void it('uses the last task of a reference (the latest retry)', () => {
    assert.equal(resolveString('${t1.output.v}', scope), 'new');
    assert.equal(resolveString('${t1.taskId}', scope), 'id-new');
  });
  void it('keys loop iterations without __N so the latest iteration wins', () => {
    assert.equal(resolveString('${loop.output.i}', scope), 2);
    assert.equal(baseRef('a__b'), 'a__b');
    assert.equal(baseRef('ref__12'), 'ref');
  });
  void it('keeps the full reference of a task outside loops, even one ending in __N', () => {
    assert.equal(resolveString('${step__7.output.s}', scope), 7);
    assert.equal(resolveString('${step.output.s}', scope), null);
  });
});

void describe('§4.2 JsonPath forms', () => {
  void it('reads indexes, negative indexes, quoted names and dotted keys', () => {
    assert.equal(readPath(document, 'workflow.input.a.b[0]'), 10);
    assert.equal(readPath(document, 'workflow.input.a.b[-1]'), 30);
    assert.equal(readPath(document, "items.output['key with space']"), 'spaced');
    assert.equal(readPath(document, "workflow.input['dotted.key']"), 7);
    assert.equal(readPath(document, '$.workflow.input.n'), 2);
  });
  void it('returns lists for wildcards, slices, deep scans and filters', () => {
    assert.deepEqual(readPath(document, 'items.output.list[*].s'), ['A', 'B']);
    assert.deepEqual(readPath(document, 'workflow.input.a.b[0:2]'), [10, 20]);
    assert.deepEqual(readPath(document, 'items..s'), ['A', 'B']);
    assert.deepEqual(readPath(document, "items.output.list[?(@.s == 'B')].n"), [5]);
    assert.deepEqual(readPath(document, 'items.output.list[?(@.n > 0 && @.n < 3)].s'), ['A']);
    assert.deepEqual(readPath(document, 'items.output.list[?(@.missing)]'), []);
  });
  void it('supports functions such as length()', () => {
    assert.equal(readPath(document, 'workflow.input.a.b.length()'), 3);
    assert.equal(readPath(document, 'workflow.input.a.b.sum()'), 60);
    assert.equal(readPath(document, 'workflow.input.a.b.max()'), 30);
  });
  void it('rejects malformed paths with InvalidPathError', () => {
    assert.throws(() => parsePath('a.[b'), InvalidPathError);
    assert.throws(() => parsePath('a..'), InvalidPathError);
    assert.equal(resolveString('${a[}', scope), null);
  });
});

void describe('§4.2 recursion over maps and lists', () => {
  void it('resolves nested structures and passes other scalars through without mutating the input', () => {
    const input = { list: ['${workflow.input.n}', 5, true, null], map: { deep: '${t1.output.v}' } };
    const copy = structuredClone(input);
    assert.deepEqual(resolveValue(input, scope), { list: [2, 5, true, null], map: { deep: 'new' } });
    assert.deepEqual(input, copy);
  });
});

void describe('§4.3 input assembly', () => {
  void it('adds template keys with putIfAbsent and restores raw template values for null results', () => {
    const resolved = resolveTaskInput(
      { a: '${workflow.input.missing}', b: '${workflow.input.n}', c: null },
      { a: 'fallback-a', c: 'fallback-c', d: '${workflow.input.n}' },
      scope,
    );
    assert.deepEqual(resolved, { a: 'fallback-a', b: 2, c: 'fallback-c', d: 2 });
  });
  void it('merges the workflow inputTemplate without overriding given keys', () => {
    assert.deepEqual(mergeWorkflowInput({ a: 1, b: null }, { a: 9, b: 2, c: 3 }), { a: 1, b: 2, c: 3 });
    assert.deepEqual(mergeWorkflowInput({ a: 1 }, undefined), { a: 1 });
  });
});
