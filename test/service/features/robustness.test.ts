import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import { getCompletions } from '../../../server/src/service/features/completion';
import { findDefinition } from '../../../server/src/service/features/definition';
import { getDocumentHighlights } from '../../../server/src/service/features/documentHighlights';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { getFoldingRanges } from '../../../server/src/service/features/foldingRanges';
import { formatDocument } from '../../../server/src/service/features/formatting';
import { getHover } from '../../../server/src/service/features/hover';
import { findReferences } from '../../../server/src/service/features/references';
import { prepareRename, renameReference } from '../../../server/src/service/features/rename';
import { getSelectionRanges } from '../../../server/src/service/features/selectionRanges';
import { getSemanticTokens } from '../../../server/src/service/features/semanticTokens';
import { fixtureFromText, loadFixture } from './featureFixtures';
import { refsIndex } from './refsIndex';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const source = loadFixture('refs/shipping.workflow.json').parsed.text;
const index = refsIndex();

/** Every feature at one offset of one text; throws only if a feature does. */
function exercise(text: string, offset: number): void {
  const fixture = fixtureFromText(text);
  const { document, parsed } = fixture;
  const model = getFeatureModel(parsed);
  const position = document.positionAt(offset);
  getCompletions(document, model, offset, index);
  getHover(document, model, offset);
  findDefinition(document, model, offset, index);
  findReferences(document, model, offset, true);
  getDocumentHighlights(document, model, offset);
  prepareRename(document, model, offset);
  renameReference(document, model, offset, 'renamed_ref');
  getCodeActions(document, model, { start: position, end: position }, []);
  getSelectionRanges(document, parsed, [position]);
  getDocumentSymbols(document, model);
  getSemanticTokens(document, model);
  getFoldingRanges(document, parsed);
  formatDocument(document, parsed);
}

void describe('features never throw on mangled documents', () => {
  void it('150 seeded mutations (truncate, delete, insert tokens), each feature at a random offset', () => {
    const next = random(20261123);
    const tokens = ['{', '}', '[', ']', '"', ',', ':', '${', '}}', '\\', 'null', '"${a.output.', '$.'];
    for (let round = 0; round < 150; round++) {
      const at = Math.floor(next() * source.length);
      const pick = tokens[Math.floor(next() * tokens.length)] ?? '';
      const variants = [
        source.slice(0, at),
        source.slice(0, at) + source.slice(at + 7),
        source.slice(0, at) + pick + source.slice(at),
      ];
      const text = variants[round % variants.length] ?? '';
      const offset = Math.floor(next() * (text.length + 1));
      assert.doesNotThrow(
        () => exercise(text, offset),
        `round ${round}: offset ${offset} of ${JSON.stringify(text.slice(0, 80))}…`,
      );
    }
  });

  void it('handles non-workflow JSON, empty text and deep nesting', () => {
    for (const text of [
      '',
      '   ',
      '42',
      '"x"',
      'null',
      '[]',
      '[1, {"tasks": 3}]',
      '['.repeat(5000),
      '{"tasks": [[[[{}]]]]}',
    ]) {
      for (const offset of [0, Math.floor(text.length / 2), text.length])
        assert.doesNotThrow(() => exercise(text, offset), text.slice(0, 20));
    }
  });
});
