import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentExpressions, lineSpan } from '../../../server/src/service/features/documentExpressions';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { findReferences } from '../../../server/src/service/features/references';
import { forEachStringValue } from '../../../server/src/service/features/stringTokens';
import { fixtureFromText, textAt } from './featureFixtures';

void describe('expression placement', () => {
  void it('skips keys, places segments through escapes and finds nested expressions', () => {
    const text = '{"${key.x}": "a\\"b ${t1.output[\'k\']} ${workflow.input.${t2.output.n}}"}';
    const texts = documentExpressions(text).map((e) => e.segments.map((s) => text.slice(s.range.start, s.range.end)));
    assert.deepEqual(texts, [
      ['t1', 'output', 'k'],
      ['workflow', 'input'],
      ['t2', 'output', 'n'],
    ]);
  });

  void it('scans only the requested whole lines', () => {
    const text = '{\n"a": "${one.output}",\n"b": "${two.output}"\n}';
    const second = lineSpan(text, text.indexOf('two'));
    const roots = documentExpressions(text, second.start, second.end).map((e) => e.segments[0]?.name);
    assert.deepEqual(roots, ['two']);
  });

  void it('visits string values only, with decoded values', () => {
    const seen: string[] = [];
    forEachStringValue('{"k${": ["v${x}", "\\u0024{y}"], "n": 1}', '$', (token) => seen.push(token.value));
    assert.deepEqual(seen, ['v${x}', '${y}']);
  });
});

void describe('features on a document with syntax errors', () => {
  void it('finds references through the tolerant tree when JSON.parse fails', () => {
    const fixture = fixtureFromText(
      '{"tasks": [{"name": "a", "taskReferenceName": "a", "type": "SIMPLE"},\n' +
        '{"name": "b", "taskReferenceName": "b", "inputParameters": {"x": "${a.output}"}}],\n"oops": }',
    );
    assert.ok(fixture.parsed.syntaxErrors.length > 0);
    const uses = findReferences(
      fixture.document,
      getFeatureModel(fixture.parsed),
      fixture.parsed.text.indexOf('${a') + 2,
      true,
    );
    assert.deepEqual(
      uses.map((use) => textAt(fixture, use.range)),
      ['a', 'a'],
    );
  });
});
