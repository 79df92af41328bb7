/**
 * Every rule is silent (no error, warning or information) on the examples project and the valid fixtures: the
 * rules must not flag what real Conductor accepts (§7 example included).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createWorkspaceIndex, detectKind } from '../../../server/src/service';
import type { Finding } from '../../../server/src/service';
import { allRules } from '../../../server/src/service/rules';
import { check } from './ruleHarness';

const root = join(__dirname, '..', '..', '..');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

for (const dir of [join(root, 'examples'), join(root, 'test', 'fixtures', 'valid')]) {
  const files = jsonFiles(dir);
  const index = createWorkspaceIndex(files.map((uri) => ({ uri, text: readFileSync(uri, 'utf8') })));
  void test(`rules report nothing above a hint on ${dir.slice(root.length + 1)}`, () => {
    for (const file of files) {
      const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const kind = detectKind(file, value);
      if (!kind) continue;
      for (const rule of allRules.filter((candidate) => candidate.kinds.includes(kind))) {
        const problems: Finding[] = check(rule, kind, value, index).filter((finding) => finding.severity !== 'hint');
        assert.deepEqual(problems, [], `${rule.id} on ${file}`);
      }
    }
  });
}

void test('every rule has a unique conductor.<camelCase> code', () => {
  const ids = allRules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^conductor\.[a-z][A-Za-z]+$/);
});
