import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { getCompletions } from '../../../server/src/service/features/completion';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { assertGolden, fixtureFromText, fixturesDir, loadFixture } from './featureFixtures';
import type { Fixture } from './featureFixtures';
import { refsIndex } from './refsIndex';

const index = refsIndex();

function complete(fixture: Fixture): CompletionItem[] {
  return getCompletions(fixture.document, getFeatureModel(fixture.parsed), fixture.offset, index).items;
}

/** A compact golden line per item: label, then detail when present. */
function summary(items: readonly CompletionItem[]): string[] {
  return items.map((item) =>
    item.detail ? `${item.label} — ${item.detail.replace(/^file:\/\/.*\//, '')}` : item.label,
  );
}

const cases = readdirSync(join(fixturesDir, 'completion')).filter((name) => name.endsWith('.json.cursor'));

void describe('completion (goldens: fixtures/features/completion/<case>.golden.json)', () => {
  for (const name of cases) {
    void it(name, () => {
      const items = complete(loadFixture(`completion/${name}`));
      assertGolden(`completion/${name.replace(/\.\w+\.json\.cursor$/, '.golden.json')}`, summary(items));
    });
  }
});

void describe('completion details', () => {
  void it('offers per-type properties (EVENT sink) with the schema markdown docs', () => {
    const sink = complete(loadFixture('completion/task-key.workflow.json.cursor')).find(
      (item) => item.label === 'sink',
    );
    assert.ok(sink && typeof sink.documentation === 'object' && sink.documentation.kind === 'markdown');
    assert.match(sink.textEdit?.newText ?? '', /^"sink": "\$1"$/);
  });

  void it('replaces only the key when it already has a value', () => {
    const sink = complete(loadFixture('completion/rename-key.workflow.json.cursor')).find((i) => i.label === 'sink');
    assert.equal(sink?.textEdit?.newText, '"sink"');
  });

  void it('replaces the partially typed segment of an expression', () => {
    const fixture = loadFixture('completion/expression-workflow.workflow.json.cursor');
    const item = complete(fixture).find((candidate) => candidate.label === 'status');
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    assert.equal(fixture.document.getText(item.textEdit.range), 's');
  });

  void it('completes in a string whose closing quote is not typed yet, counting its last character', () => {
    const head = '{"tasks":[{"name":"a","taskReferenceName":"get_order","type":"SIMPLE"},{"name":"b",';
    for (const tail of ['', '\n  }}]}']) {
      const fixture = fixtureFromText(`${head}"inputParameters":{"x":"\${get_or/*|*/${tail}`);
      const item = complete(fixture).find((candidate) => candidate.label === 'get_order');
      assert.ok(item?.textEdit && 'range' in item.textEdit, JSON.stringify(tail));
      assert.equal(fixture.document.getText(item.textEdit.range), 'get_or');
      const opened = fixtureFromText(`${head}"inputParameters":{"x":"\${/*|*/${tail}`);
      assert.ok(
        complete(opened).some((candidate) => candidate.label === 'workflow'),
        'right after ${',
      );
    }
  });

  void it('offers the enum of a value whose schema has it under if-pattern/else (HTTP method, INLINE evaluatorType)', () => {
    const head = '{"tasks":[{"name":"a","taskReferenceName":"a","type":';
    const http = fixtureFromText(`${head}"HTTP","inputParameters":{"http_request":{"method":"/*|*/"}}}]}`);
    assert.ok(complete(http).some((item) => item.label === '"POST"'));
    const inline = fixtureFromText(`${head}"INLINE","inputParameters":{"evaluatorType":"/*|*/"}}]}`);
    assert.ok(complete(inline).some((item) => item.label === '"graaljs"'));
  });

  void it('generates unique reference names in task snippets at completion time', () => {
    const http = complete(loadFixture('completion/task-snippets.workflow.json.cursor')).find(
      (i) => i.label === 'HTTP task',
    );
    assert.match(http?.textEdit?.newText ?? '', /"taskReferenceName": "\$\{2:http_call_2\}"/);
  });

  void it('produces task snippets that are valid JSON once placeholders are filled', () => {
    const items = complete(loadFixture('completion/task-snippets.workflow.json.cursor')).filter((i) => i.kind === 15);
    for (const item of items) {
      const text = (item.textEdit?.newText ?? '').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([$}\\])/g, '$1');
      assert.doesNotThrow(() => JSON.parse(`[${text}]`) as unknown, item.label);
    }
  });

  void it('never throws on any cursor position of a broken document', () => {
    const text = '{"tasks":[{"name":"a","type":"SWI","inputParameters":{"x":"${a.output.}"}},{"decisionCases":{"x":[';
    const fixture = fixtureFromText(text);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.doesNotThrow(() => complete({ ...fixture, offset }));
    }
  });
});
