/**
 * The validate pipeline: LSP diagnostics with source/code/ranges, syntax errors stop everything else, other JSON is
 * left alone, a failing rule is logged while the rest still report, the nesting guard, and validateValue.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_NESTING_DEPTH, parseDocument, validate, validateValue } from '../../server/src/service';
import { collectFindings } from '../../server/src/service/findings';
import { CODES } from '../../server/src/service/messages';
import type { Diagnostic, Rule } from '../../server/src/service';

function run(text: string, uri = 'flow.workflow.json', log?: (message: string) => void): Diagnostic[] {
  const document = TextDocument.create(`file:///${uri}`, 'json', 1, text);
  return validate(document, parseDocument(text), { uri, log: log ?? (() => undefined) });
}

const FLOW =
  '{"name": "f", "tasks": [{"name": "s", "taskReferenceName": "s", "type": "SET_VARIABLE", "inputParameters": {"x": 1}}]}';

void describe('validate', () => {
  void it('returns nothing for a valid workflow', () => {
    assert.deepEqual(run(FLOW), []);
  });

  void it('reports only syntax errors when the text is not JSON', () => {
    const diagnostics = run('{"name": "f", "taskz": [}');
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.code === CODES.syntax && d.source === 'conductor' && d.severity === 1));
  });

  void it('leaves JSON that is not a Conductor definition alone', () => {
    assert.deepEqual(run('{"name": "app", "version": "1.0.0", "name": "dup"}', 'package.json'), []);
  });

  void it('reports duplicate keys on the key and schema findings at their ranges', () => {
    const text = '{"name": "f", "name": "g", "tasks": [{"name": "s", "taskRefName": "s", "type": "SIMPLE"}]}';
    const diagnostics = run(text);
    const dup = diagnostics.find((d) => d.code === CODES.duplicateKey);
    assert.deepEqual(dup?.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 20 } });
    const unknown = diagnostics.find((d) => d.code === CODES.unknownProperty);
    const start = text.indexOf('"taskRefName"');
    assert.deepEqual(unknown?.range, { start: { line: 0, character: start }, end: { line: 0, character: start + 13 } });
    assert.deepEqual(unknown?.data, { property: 'taskRefName', suggestion: 'taskReferenceName' });
    const missing = diagnostics.find((d) => d.code === CODES.missingProperty);
    const taskStart = text.indexOf('{"name": "s"');
    assert.deepEqual(missing?.range.start, { line: 0, character: taskStart });
  });

  void it('never throws and keeps every range inside the document for odd values', () => {
    for (const text of ['[]', '3', 'null', '"x"', '{}', '[{"name": 1}]', '{"tasks": 5}', '{"tasks": [null, 1, []]}']) {
      for (const uri of ['x.workflow.json', 'x.taskdef.json', 'x.event.json', 'x.schedule.json']) {
        const diagnostics = run(text, uri);
        for (const d of diagnostics) assert.ok(d.range.end.line === 0 && d.range.end.character <= text.length, text);
      }
    }
  });

  void it('validates tasks nested just under the limit, including the detailed schema tier', () => {
    let tasks: unknown[] = [{ name: 'leaf', type: 'SIMPLE' }];
    const levels = Math.floor((MAX_NESTING_DEPTH - 4) / 2);
    for (let level = 0; level < levels; level++) {
      const ref = `n${level}`;
      tasks = [
        {
          name: ref,
          taskReferenceName: ref,
          type: 'SWITCH',
          evaluatorType: 'value-param',
          expression: 'v',
          inputParameters: { v: 1 },
          decisionCases: {},
          defaultCase: tasks,
        },
      ];
    }
    const failures: string[] = [];
    const diagnostics = run(JSON.stringify({ name: 'deep', tasks }), 'deep.workflow.json', (message) =>
      failures.push(message),
    );
    assert.deepEqual(failures, []);
    assert.ok(
      diagnostics.some((d) => d.code === CODES.missingProperty),
      'the leaf lacks its taskReferenceName',
    );
  });

  void it('guards against documents nested deeper than the limit', () => {
    const depth = MAX_NESTING_DEPTH + 10;
    const text = `{"name": "f", "tasks": [], "deep": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      [CODES.nesting],
    );
  });
});

void describe('collectFindings', () => {
  void it('logs a failing rule and still runs the others', () => {
    const parsed = parseDocument(FLOW);
    const failing: Rule = { id: 'boom', kinds: ['workflow'], check: () => assert.fail('broken rule') };
    const reporting: Rule = {
      id: 'fine',
      kinds: ['workflow'],
      check: (context) =>
        context.report({ code: 'x', message: 'm', severity: 'hint', path: ['name'], target: 'value' }),
    };
    const logged: string[] = [];
    const findings = collectFindings('workflow', parsed, undefined, (message) => logged.push(message), [
      failing,
      reporting,
    ]);
    assert.deepEqual(
      findings.map((f) => f.code),
      ['x'],
    );
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /Rule 'boom' failed/);
  });
});

void describe('validateValue', () => {
  void it('returns positionless findings for a value (what the engine maps to validationErrors)', () => {
    const findings = validateValue(
      { name: 'f', tasks: [{ name: 's', type: 'EVENT', taskReferenceName: 's' }] },
      'workflow',
      {},
    );
    const sink = findings.find((f) => f.code === CODES.missingProperty);
    assert.deepEqual(sink?.path, ['tasks', 0, 'sink']);
    assert.equal(sink?.message, 'sink field is required for taskType: EVENT taskName: s');
  });

  void it('reports a value nested beyond the limit instead of validating it', () => {
    let deep: unknown = [];
    for (let i = 0; i < MAX_NESTING_DEPTH + 5; i++) deep = [deep];
    const findings = validateValue({ name: 'f', tasks: [], deep }, 'workflow', {});
    assert.deepEqual(
      findings.map((f) => f.code),
      [CODES.nesting],
    );
  });

  void it('never throws, whatever the value', () => {
    for (const value of [undefined, null, 1, 'x', [], {}, { tasks: {} }, [[[]]]]) {
      assert.ok(Array.isArray(validateValue(value, 'workflow', {})));
      assert.ok(Array.isArray(validateValue(value, 'taskdef', {})));
    }
  });
});
