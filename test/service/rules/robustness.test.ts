/**
 * Rules never throw, whatever shape the value has: every field of every task is replaced by values of the wrong
 * type (validation must survive half-typed documents while the user edits).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentKind } from '../../../server/src/service';
import { allRules } from '../../../server/src/service/rules';
import { check, fixtureValue, folderIndex } from './ruleHarness';

const HOSTILE: readonly unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  '${',
  '$${}',
  '${a.${b.${c}}',
  [],
  [null],
  {},
  { x: [] },
];
const SOURCES: readonly [string, string, DocumentKind][] = [
  ['unreachable-reference', 'parallel-fork-branch.workflow.json', 'workflow'],
  ['fork-join-dynamic', 'param-not-an-input.workflow.json', 'workflow'],
  ['do-while', 'nested-loop.workflow.json', 'workflow'],
  ['script-syntax', 'switch-javascript.workflow.json', 'workflow'],
  ['task-def-timeouts', 'array-element.taskdef.json', 'taskdef'],
  ['event-handler-action', 'complete-task-without-target.event.json', 'event'],
  ['cron-expression', 'five-fields.schedule.json', 'schedule'],
];

/** Every variant of `value` where one property (at any depth) is replaced by one hostile value. */
function* mutations(value: unknown, depth = 0): Generator<unknown> {
  if (typeof value !== 'object' || value === null || depth > 6) return;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    for (const hostile of HOSTILE) yield replace(value, key, hostile);
    for (const deeper of mutations(child, depth + 1)) yield replace(value, key, deeper);
  }
}

function replace(value: object, key: string | number, replacement: unknown): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map((item, i) => (i === key ? replacement : item));
  return { ...value, [key]: replacement };
}

void test('no rule throws on any single-field type mutation of the fixtures', () => {
  let count = 0;
  for (const [folder, file, kind] of SOURCES) {
    const index = folderIndex(folder);
    for (const variant of mutations(fixtureValue(folder, file))) {
      for (const rule of allRules.filter((candidate) => candidate.kinds.includes(kind))) {
        assert.doesNotThrow(() => check(rule, kind, variant, index), `${rule.id} on a mutation of ${file}`);
      }
      count++;
    }
  }
  assert.ok(count > 1000, `only ${count} mutations`);
});

void test('no rule throws on top-level values of any type or kind', () => {
  for (const value of [...HOSTILE, { tasks: HOSTILE }, { tasks: [{ type: 'SWITCH', decisionCases: HOSTILE }] }]) {
    for (const rule of allRules) {
      for (const kind of rule.kinds) assert.doesNotThrow(() => check(rule, kind, value), rule.id);
    }
  }
});
