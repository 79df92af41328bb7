/**
 * Every Conductor message the schemas carry (`x-conductor-message`, §1, §2.3) is produced by at least one schema
 * invalid fixture: its golden (`test/fixtures/invalid/schema-*`) contains the message with placeholders filled in.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSchemas, root } from './schemaHarness';

function conductorMessages(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) conductorMessages(child, into);
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'x-conductor-message') {
        const messages: unknown[] = typeof child === 'string' ? [child] : Object.values(child as object);
        for (const message of messages) into.add(String(message));
      } else if (key !== 'x-typeDocs') conductorMessages(child, into);
    }
  }
  return into;
}

function goldenMessages(): string[] {
  const invalid = join(root, 'test', 'fixtures', 'invalid');
  return readdirSync(invalid)
    .filter((folder) => folder.startsWith('schema-'))
    .flatMap((folder) =>
      readdirSync(join(invalid, folder))
        .filter((file) => file.endsWith('.diagnostics.json'))
        .flatMap((file) => JSON.parse(readFileSync(join(invalid, folder, file), 'utf8')) as { message: string }[]),
    )
    .map((diagnostic) => diagnostic.message);
}

/** The message as a pattern: `{name}`, `{type}` and `{value}` stand for any text. */
function asPattern(message: string): RegExp {
  const parts = message.split(/\{(?:name|type|value)\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

void test('every x-conductor-message has an invalid fixture whose golden shows it', () => {
  const messages = new Set<string>();
  for (const { schema } of loadSchemas()) conductorMessages(schema, messages);
  const produced = goldenMessages();
  const missing = [...messages].filter((message) => !produced.some((text) => asPattern(message).test(text)));
  assert.deepEqual(missing, []);
});
