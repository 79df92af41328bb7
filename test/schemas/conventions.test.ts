/**
 * The conventions of `schemas/README.md` hold in every schema: known task types with docs (§1.10), descriptions for
 * hover on every property of a closed object, and well-formed `x-conductor-message`s.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadSchemas } from './schemaHarness';

type Node = Record<string, unknown>;

// §1.10: every TaskType enum value plus the AI module's worker-style system tasks.
const REFERENCE_TYPES = [
  'SIMPLE', 'DYNAMIC', 'FORK_JOIN', 'FORK_JOIN_DYNAMIC', 'DECISION', 'SWITCH', 'JOIN', 'DO_WHILE', 'SUB_WORKFLOW',
  'START_WORKFLOW', 'EVENT', 'WAIT', 'HUMAN', 'USER_DEFINED', 'HTTP', 'LAMBDA', 'INLINE', 'EXCLUSIVE_JOIN', 'TERMINATE',
  'KAFKA_PUBLISH', 'JSON_JQ_TRANSFORM', 'SET_VARIABLE', 'NOOP', 'LLM_TEXT_COMPLETE', 'LLM_CHAT_COMPLETE',
  'LLM_INDEX_TEXT', 'LLM_SEARCH_INDEX', 'LLM_GENERATE_EMBEDDINGS', 'LLM_STORE_EMBEDDINGS', 'LLM_GET_EMBEDDINGS',
  'LIST_MCP_TOOLS', 'CALL_MCP_TOOL', 'PULL_WORKFLOW_MESSAGES', 'AGENT', 'GET_AGENT_CARD', 'CANCEL_AGENT',
  'GENERATE_IMAGE', 'GENERATE_AUDIO', 'GENERATE_VIDEO', 'GENERATE_PDF', 'LLM_SEARCH_EMBEDDINGS',
]; // prettier-ignore

const CONSTRAINT_KEYWORDS = [
  'minimum',
  'maximum',
  'minLength',
  'minItems',
  'minProperties',
  'enum',
  'const',
  'pattern',
];

function schema(file: string): Node {
  const found = loadSchemas().find((s) => s.file === file);
  assert.ok(found, `${file} exists`);
  return found.schema;
}

/** Every schema node with its JSON pointer, depth first. */
function* walk(node: unknown, pointer = ''): Generator<[Node, string]> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* walk(child, `${pointer}/${i}`);
  } else if (node && typeof node === 'object') {
    yield [node as Node, pointer];
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'x-typeDocs' && key !== 'x-conductor-message' && key !== 'default')
        yield* walk(child, `${pointer}/${key}`);
    }
  }
}

void describe('task types (§1.10)', () => {
  const typeProperty = (schema('workflow-task.schema.json').properties as Record<string, Node>).type as Node;
  const known = typeProperty['x-knownTypes'] as string[];
  const docs = typeProperty['x-typeDocs'] as Record<string, string>;

  void test('type accepts any string: no enum (unknown types run as worker tasks, §0.2)', () => {
    assert.equal(typeProperty.type, 'string');
    assert.equal(typeProperty.enum, undefined);
  });
  void test('x-knownTypes lists every type of the reference, once', () => {
    assert.deepEqual([...known].sort(), [...REFERENCE_TYPES].sort());
  });
  void test('every known type has docs, and docs name only known types', () => {
    for (const type of known) assert.match(docs[type] ?? '', new RegExp(`\\*\\*${type}\\*\\*`), `docs of ${type}`);
    assert.deepEqual(Object.keys(docs).sort(), [...known].sort());
  });
  void test('the known types are offered as completion examples', () => {
    assert.deepEqual(typeProperty.examples, known);
  });
});

void describe('descriptions for hover', () => {
  for (const { file, schema: root } of loadSchemas()) {
    void test(`${file}: every property of a closed object has description and markdownDescription`, () => {
      const missing: string[] = [];
      for (const [node, pointer] of walk(root)) {
        if (node.additionalProperties !== false) continue;
        for (const [name, prop] of Object.entries(node.properties as Record<string, Node>)) {
          if (typeof prop.description !== 'string' || typeof prop.markdownDescription !== 'string')
            missing.push(`${pointer}/properties/${name}`);
        }
      }
      assert.deepEqual(missing, []);
    });
  }
});

void describe('x-conductor-message', () => {
  for (const { file, schema: root } of loadSchemas()) {
    void test(`${file}: objects key required properties, strings sit on a constraint`, () => {
      for (const [node, pointer] of walk(root)) {
        const message = node['x-conductor-message'];
        if (message === undefined) continue;
        if (typeof message === 'object' && message !== null) {
          const required = (node.required as string[] | undefined) ?? [];
          for (const key of Object.keys(message)) assert.ok(required.includes(key), `${pointer}: ${key} is required`);
        } else {
          assert.equal(typeof message, 'string', pointer);
          assert.ok(
            CONSTRAINT_KEYWORDS.some((k) => k in node),
            `${pointer} holds a constraint`,
          );
        }
      }
    });
  }
});

void describe('closed sets Conductor defines', () => {
  const enumOf = (file: string, prop: string) => ((schema(file).properties as Record<string, Node>)[prop] as Node).enum;
  void test('timeoutPolicy differs between workflow and task definitions (§1.2, §1.5)', () => {
    assert.deepEqual(enumOf('workflow-def.schema.json', 'timeoutPolicy'), ['TIME_OUT_WF', 'ALERT_ONLY']);
    const taskDef = (schema('task-def.schema.json').definitions as Record<string, Node>).taskDef as Node;
    const policy = (taskDef.properties as Record<string, Node>).timeoutPolicy as Node;
    assert.deepEqual(policy.enum, ['RETRY', 'TIME_OUT_WF', 'ALERT_ONLY']);
  });
  void test('enum descriptions, where given, match their enum one to one', () => {
    for (const { file, schema: root } of loadSchemas()) {
      for (const [node, pointer] of walk(root)) {
        const docs = node.markdownEnumDescriptions as unknown[] | undefined;
        if (docs) assert.equal(docs.length, (node.enum as unknown[]).length, `${file}${pointer}`);
      }
    }
  });
  void test('ownerEmail is never required (shipped Conductor config)', () => {
    for (const { file, schema: root } of loadSchemas()) {
      for (const [node, pointer] of walk(root)) {
        assert.ok(!((node.required as string[] | undefined) ?? []).includes('ownerEmail'), `${file}${pointer}`);
      }
    }
  });
});
