import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileSnippets } from '../../../server/src/service/features/fileSnippets';

const snippetFile = join(__dirname, '..', '..', '..', 'snippets', 'conductor.json');

/** A snippet body with placeholders replaced by their defaults and escapes removed: what the user gets. */
function expand(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\\([$}\\])/g, '$1');
}

void describe('snippets/conductor.json', () => {
  void it('equals the snippets built from the templates (UPDATE_GOLDEN=1 rewrites it)', () => {
    const expected = `${JSON.stringify(fileSnippets(), null, 2)}\n`;
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(snippetFile, expected);
    assert.deepEqual(JSON.parse(readFileSync(snippetFile, 'utf8')), JSON.parse(expected));
  });

  void it('expands to valid JSON definitions', () => {
    for (const [name, snippet] of Object.entries(fileSnippets())) {
      const value = JSON.parse(expand(snippet.body)) as { name?: unknown };
      assert.equal(typeof value.name, 'string', name);
    }
  });
});
