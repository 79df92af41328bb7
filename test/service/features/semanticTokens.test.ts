import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { TOKEN_TYPES, getSemanticTokens } from '../../../server/src/service/features/semanticTokens';
import { fixtureFromText, loadFixture } from './featureFixtures';
import type { Fixture } from './featureFixtures';

/** Decodes LSP semantic tokens back into `text:type` pairs for readable assertions. */
function decode(fixture: Fixture): string[] {
  const { data } = getSemanticTokens(fixture.document, getFeatureModel(fixture.parsed));
  const lines = fixture.document.getText().split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0, type = 0] = data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push(`${lines[line]?.slice(character, character + length)}:${TOKEN_TYPES[type]}`);
  }
  return out;
}

void describe('semantic tokens for ${…} expressions', () => {
  void it('distinguishes the workflow root, task refs, env names and unknown refs', () => {
    const fixture = fixtureFromText(
      JSON.stringify({
        tasks: [{ name: 'a', taskReferenceName: 'a', type: 'SIMPLE' }],
        outputParameters: { x: '${workflow.input.id} ${a.output.v} ${CPEWF_TASK_ID} ${nope.output} $${a.output}' },
      }),
    );
    assert.deepEqual(decode(fixture), [
      'workflow:namespace',
      'input:property',
      'id:property',
      'a:variable',
      'output:property',
      'v:property',
      'CPEWF_TASK_ID:macro',
      'nope:unresolvedReference',
      'output:property',
    ]);
  });

  void it('colours $.ref of a loop condition and nested expressions across lines', () => {
    const tokens = decode(loadFixture('refs/shipping.workflow.json'));
    assert.ok(tokens.includes('poll:variable'));
    assert.ok(tokens.includes('check:variable'));
    assert.equal(tokens.filter((t) => t === 'get_order:variable').length, 5);
  });
});

void describe('semantic tokens for a range', () => {
  void it('colours only the lines of the requested range', () => {
    const fixture = loadFixture('refs/shipping.workflow.json');
    const model = getFeatureModel(fixture.parsed);
    const full = getSemanticTokens(fixture.document, model).data;
    const line = fixture.document.positionAt(fixture.parsed.text.indexOf('"outputParameters"')).line;
    const range = { start: { line, character: 0 }, end: { line, character: 5 } };
    const part = getSemanticTokens(fixture.document, model, range).data;
    assert.ok(part.length > 0 && part.length < full.length);
    assert.equal(part[0], line, 'the first token is on the requested line (absolute line of the first delta)');
  });
});
