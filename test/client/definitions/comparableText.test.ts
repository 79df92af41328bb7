/**
 * The registered side of a comparison against the real engine: after a register from the example-style fixture,
 * the server's filled-in defaults (§1.2, §1.3, §1.5) are left out, keys follow the file, and the text is laid out
 * like the file, so an unchanged file compares equal but for its `$schema` line, and a real change still shows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDefinitionFile } from '../../../client/src/documents/definitionFile';
import type { DocumentKind } from '../../../client/src/documents/definitionKind';
import { fetchDefinition } from '../../../client/src/documents/fetchDefinition';
import { comparableText } from '../../../client/src/documents/comparableText';
import { formatLike } from '../../../client/src/documents/formatLike';
import { fileRefs, registerDefinitionFile } from '../../../client/src/commands/definitions/registrationFlow';
import { startEngineClient, type EngineClient } from '../clientHarness';
import { fixtureFile, fixtureText } from './definitionsHarness';

let h: EngineClient;
const yes = (): Promise<boolean> => Promise.resolve(true);
before(async () => {
  h = await startEngineClient();
});
after(() => h.engine.close());

/** What the comparison shows on the registered side for a local text. */
function comparable(remote: unknown, localText: string, kind: DocumentKind, element?: number): string {
  const text = comparableText(remote, localText, kind, element);
  assert.ok(text !== undefined, 'the local text is JSON');
  return text;
}

const withoutSchemaLine = (text: string): string => text.replace(/^ {2}"\$schema": .*\n/m, '');

void describe('the registered side of a comparison', () => {
  void it('§1.2 §1.3 equals the registered workflow file but for $schema', async () => {
    await registerDefinitionFile(h.client, fixtureFile('defs_flow.workflow.json'), yes);
    const remote = await h.client.metadata.getWorkflowDef('defs_flow', 1);
    const localText = fixtureText('defs_flow.workflow.json');
    assert.equal(comparable(remote, localText, 'workflow'), withoutSchemaLine(localText));
  });

  void it('§1.5 equals a registered task-definition array element by element', async () => {
    await registerDefinitionFile(h.client, fixtureFile('defs_tasks.taskdef.json'), yes);
    const localText = fixtureText('defs_tasks.taskdef.json');
    const remote = await Promise.all(['defs_task_a', 'defs_task_b'].map((name) => h.client.metadata.getTaskDef(name)));
    assert.equal(comparable(remote, localText, 'taskdef'), localText);
  });

  void it('puts one registered task definition in place in its array file, the others as the file has them', async () => {
    const localText = fixtureText('defs_tasks.taskdef.json').replace('"retryCount": 0', '"retryCount": 4');
    const remote = await h.client.metadata.getTaskDef('defs_task_b');
    const shown = comparable(remote, localText, 'taskdef', 1);
    assert.equal(shown, localText.replace('"retryCount": 4', '"retryCount": 0'));
    assert.equal(comparableText(remote, '{ not json', 'taskdef'), undefined);
  });

  void it('keeps real differences: a changed value and a non-default field the file lacks', async () => {
    const localText = fixtureText('defs_flow.workflow.json');
    const remote = {
      ...(await h.client.metadata.getWorkflowDef('defs_flow', 1)),
      description: 'Other',
      restartable: false,
    };
    const shown = comparable(remote, localText, 'workflow');
    assert.match(shown, /"description": "Other"/);
    assert.match(shown, /"restartable": false/);
  });

  void it('lays out containers the file lacks as Prettier would: arrays inline when they fit, objects expanded', () => {
    const shown = formatLike({ a: ['x', 'y'], b: { c: 1 }, d: Array.from({ length: 40 }, (_, i) => `item${i}`) }, '{}');
    assert.match(shown, /^ {2}"a": \["x", "y"\],$/m);
    assert.match(shown, /^ {2}"b": \{\n {4}"c": 1\n {2}\},$/m);
    assert.match(shown, /^ {2}"d": \[\n {4}"item0",$/m);
  });
});

void describe('the examples compare equal to themselves once registered', () => {
  const examples = join(__dirname, '../../../examples');
  const files = ['tasks', 'workflows', 'events', 'schedules'].flatMap((folder) =>
    readdirSync(join(examples, folder))
      .filter((name) => /\.(workflow|taskdef|event|schedule)\.json$/.test(name))
      .map((name) => join(folder, name)),
  );

  void it('registers every example, then each registered side equals its file without $schema', async () => {
    for (const file of files) {
      const text = readFileSync(join(examples, file), 'utf8');
      const definitionFile = readDefinitionFile(file, text);
      await registerDefinitionFile(h.client, definitionFile, yes);
    }
    for (const file of files) {
      const text = readFileSync(join(examples, file), 'utf8');
      const definitionFile = readDefinitionFile(file, text);
      const remote = await Promise.all(fileRefs(definitionFile).map((ref) => fetchDefinition(h.client, ref)));
      const shown = comparable(definitionFile.holdsArray ? remote : remote[0], text, definitionFile.kind);
      assert.equal(shown, withoutSchemaLine(text), file);
    }
  });
});
