/**
 * The small pure parts of the language-server shell: include globs, the parse-once cache and settings sanitizing.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../server/src/documentCache';
import { parseDocument } from '../../server/src/service';
import { defaultSettings, sanitizeSettings } from '../../server/src/settings';
import { anchorGlob, createDefinitionMatcher, globToRegExp } from '../../server/src/workspaceGlob';

void describe('workspace globs', () => {
  const cases: [glob: string, path: string, matches: boolean][] = [
    ['**/*.json', '/w/a.json', true],
    ['**/*.json', '/w/deep/er/a.json', true],
    ['**/workflows/*.json', '/w/workflows/a.json', true],
    ['**/workflows/*.json', '/w/workflows/sub/a.json', false],
    ['/w/defs/?.json', '/w/defs/a.json', true],
    ['/w/defs/?.json', '/w/defs/ab.json', false],
    ['**/*.{workflow,task}.json', '/w/x.task.json', true],
    ['**/*.{workflow,task}.json', '/w/x.event.json', false],
    ['**/a+b(1).json', '/w/a+b(1).json', true],
  ];
  for (const [glob, path, matches] of cases) {
    void test(`${glob} ${matches ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globToRegExp(glob).test(path), matches);
    });
  }

  void test('relative include globs match under any folder', () => {
    assert.equal(anchorGlob('workflows/*.json'), '**/workflows/*.json');
    assert.equal(anchorGlob('./defs/*.json'), '**/defs/*.json');
    assert.equal(anchorGlob('/abs/*.json'), '/abs/*.json');
  });

  void test('definition files are matched by name; plain JSON only through include globs', () => {
    const plain = createDefinitionMatcher([]);
    const included = createDefinitionMatcher(['defs/*.json']);
    assert.equal(plain('/w/a.workflow.json'), true);
    assert.equal(plain('/w/t.task.json'), true);
    assert.equal(plain('/w/defs/refund.json'), false);
    assert.equal(included('/w/defs/refund.json'), true);
    assert.equal(included('/w/package.json'), false);
  });
});

void describe('document cache', () => {
  void test('parses once per version and returns the same model object', () => {
    let parses = 0;
    const cache = new DocumentCache((text) => {
      parses++;
      return parseDocument(text);
    });
    const v1 = TextDocument.create('file:///a.workflow.json', 'conductor-workflow', 1, '{"tasks": []}');
    assert.equal(cache.get(v1), cache.get(v1));
    assert.equal(parses, 1);
    const v2 = TextDocument.update(v1, [{ text: '{"tasks": [1]}' }], 2);
    assert.deepEqual(cache.get(v2).parsed.value, { tasks: [1] });
    assert.equal(parses, 2);
    cache.delete(v2.uri);
    assert.equal(cache.size, 0);
  });
});

void describe('settings', () => {
  void test('wrong types fall back to the defaults; blank globs are dropped', () => {
    assert.deepEqual(sanitizeSettings(undefined), defaultSettings);
    assert.deepEqual(
      sanitizeSettings({ validation: { enable: 'no' }, definitions: { include: 'x' } }),
      defaultSettings,
    );
    assert.deepEqual(
      sanitizeSettings({ validation: { enable: false }, definitions: { include: ['a/*.json', ' ', 3] } }),
      {
        validationEnabled: false,
        includeGlobs: ['a/*.json'],
      },
    );
  });
});
