/**
 * Runs one rule directly on fixture files (or a parsed value) and collects its findings, without the core's
 * placement, so rule tests assert paths, spans, severities and data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspaceIndex, parseDocument } from '../../../server/src/service';
import type { DefinitionIndex, DocumentKind, Finding, Rule } from '../../../server/src/service';

/** The invalid-fixture folder of a rule, e.g. `unknown-task-type`. */
export const invalidDir = (folder: string): string => join(__dirname, '..', '..', 'fixtures', 'invalid', folder);

/** The workspace index the golden runner uses for a fixture folder: every JSON file in it. */
export function folderIndex(folder: string): DefinitionIndex {
  const dir = invalidDir(folder);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') && !name.endsWith('.diagnostics.json'));
  return createWorkspaceIndex(
    files.map((name) => ({ uri: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })),
  );
}

/** Findings of `rule` on a value. */
export function check(rule: Rule, kind: DocumentKind, value: unknown, index?: DefinitionIndex): Finding[] {
  const findings: Finding[] = [];
  const text = JSON.stringify(value) ?? '';
  rule.check({ kind, value, document: parseDocument(text), index, report: (finding) => findings.push(finding) });
  return findings;
}

/** Findings of `rule` on `test/fixtures/invalid/<folder>/<name>`, with the folder as the index. */
export function checkFixture(rule: Rule, folder: string, name: string): Finding[] {
  const text = readFileSync(join(invalidDir(folder), name), 'utf8');
  const kind = kindOf(name);
  return check(rule, kind, JSON.parse(text) as unknown, folderIndex(folder));
}

/** The text a span points at inside the string value at the finding's path. */
export function spanText(value: unknown, finding: Finding): string | undefined {
  let node = value;
  for (const key of finding.path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  if (typeof node !== 'string' || !finding.span) return undefined;
  return node.slice(finding.span.start, finding.span.start + finding.span.length);
}

/** Reads a fixture's parsed value. */
export function fixtureValue(folder: string, name: string): unknown {
  return JSON.parse(readFileSync(join(invalidDir(folder), name), 'utf8')) as unknown;
}

function kindOf(name: string): DocumentKind {
  if (name.endsWith('.taskdef.json')) return 'taskdef';
  if (name.endsWith('.event.json')) return 'event';
  if (name.endsWith('.schedule.json')) return 'schedule';
  return 'workflow';
}
