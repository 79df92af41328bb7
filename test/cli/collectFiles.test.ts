/**
 * File collection for the CLI on a real temporary tree: directories recurse over *.json skipping node_modules and
 * hidden folders, globs match below their literal prefix, explicit files are kept as explicit, and duplicates merge.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseCliArgs, UsageError } from '../../server/src/cli/args';
import { collectFiles } from '../../server/src/cli/collectFiles';

const root = mkdtempSync(join(tmpdir(), 'collect-files-'));
for (const file of [
  'a.workflow.json',
  'notes.txt',
  'flows/b.workflow.json',
  'flows/deep/c.taskdef.json',
  'node_modules/pkg/d.workflow.json',
  '.hidden/e.workflow.json',
]) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), '{}');
}
after(() => rmSync(root, { recursive: true, force: true }));

const names = (patterns: string[]): string[] =>
  collectFiles(patterns, root).files.map((file) => `${relative(root, file.path)}${file.explicit ? ' (explicit)' : ''}`);

void describe('collectFiles', () => {
  void it('recurses over *.json below a directory, skipping node_modules and hidden folders', () => {
    assert.deepEqual(names(['.']), ['a.workflow.json', 'flows/b.workflow.json', 'flows/deep/c.taskdef.json']);
  });

  void it('matches globs with *, ** and ? below their literal prefix', () => {
    assert.deepEqual(names(['flows/**/*.json']), ['flows/b.workflow.json', 'flows/deep/c.taskdef.json']);
    assert.deepEqual(names(['**/*.taskdef.json']), ['flows/deep/c.taskdef.json']);
    assert.deepEqual(names(['?.workflow.json']), ['a.workflow.json']);
  });

  void it('keeps a named file explicit (whatever its extension) and merges duplicates', () => {
    assert.deepEqual(names(['notes.txt', '.', 'a.workflow.json']), [
      'a.workflow.json (explicit)',
      'flows/b.workflow.json',
      'flows/deep/c.taskdef.json',
      'notes.txt (explicit)',
    ]);
  });

  void it('reports patterns that match nothing', () => {
    assert.deepEqual(collectFiles(['missing', 'flows/*.yaml'], root).unmatched, ['missing', 'flows/*.yaml']);
  });
});

void describe('parseCliArgs', () => {
  void it('defaults to the current directory and text output', () => {
    assert.deepEqual(parseCliArgs([]), { patterns: ['.'], format: 'text', help: false });
    assert.deepEqual(parseCliArgs(['--format', 'json', 'a', 'b']), {
      patterns: ['a', 'b'],
      format: 'json',
      help: false,
    });
    assert.equal(parseCliArgs(['-h']).help, true);
  });

  void it('rejects unknown options and formats with a UsageError', () => {
    assert.throws(() => parseCliArgs(['--fix']), UsageError);
    assert.throws(() => parseCliArgs(['--format', 'sarif']), /Unknown format 'sarif'/);
  });
});
