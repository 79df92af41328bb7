/**
 * Property-name and value completion from the JSON Schemas: names with their markdown docs (respecting the node's
 * schema, per-type `if`/`then` parts included), and enum/const/default/boolean values.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  TextEdit,
} from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import type { JsonPath } from '../types';
import type { CompletionContext } from './completionContext';
import { schemasAt } from './schemaNavigator';

/** Property names allowed at the cursor's object and not present yet. */
export function propertyCompletions(context: CompletionContext): CompletionItem[] {
  if (!context.kind) return [];
  const objectPath = context.path.slice(0, -1);
  const current = valueAt(context.model.value, objectPath);
  const existing = new Set(isObject(current) ? Object.keys(current) : []);
  const typed: unknown = context.node?.type === 'property' ? context.node.value : undefined;
  const items = new Map<string, CompletionItem>();
  for (const { schema } of schemasAt(context.kind, context.model.value, objectPath)) {
    const properties = schema['properties'];
    if (!isObject(properties)) continue;
    for (const [name, sub] of Object.entries(properties)) {
      if ((existing.has(name) && name !== typed) || !isObject(sub) || items.has(name)) continue;
      if (Object.keys(sub).length === 0) continue; // `then: {properties: {sink: {}}}` adds nothing.
      items.set(name, propertyItem(context, name, sub));
    }
  }
  return [...items.values()];
}

function propertyItem(context: CompletionContext, name: string, schema: JsonObject): CompletionItem {
  const item: CompletionItem = {
    label: name,
    kind: CompletionItemKind.Property,
    insertTextFormat: InsertTextFormat.Snippet,
    // Renaming an existing key (a colon already follows) must not add a second value.
    textEdit: TextEdit.replace(
      context.replace,
      keyHasValue(context) ? JSON.stringify(name) : `${JSON.stringify(name)}: ${valueSnippet(schema)}`,
    ),
    filterText: JSON.stringify(name),
  };
  const docs = docsOf(schema);
  if (docs) item.documentation = { kind: MarkupKind.Markdown, value: docs };
  if (typeof schema['deprecationMessage'] === 'string') item.tags = [CompletionItemTag.Deprecated];
  return item;
}

function keyHasValue(context: CompletionContext): boolean {
  const key = context.node;
  if (key?.type !== 'property') return false;
  return /^\s*:/.test(context.model.parsed.text.slice(key.offset + key.length, key.offset + key.length + 64));
}

/** A value placeholder fitting the property's type. */
function valueSnippet(schema: JsonObject): string {
  const type: unknown = Array.isArray(schema['type']) ? schema['type'][0] : schema['type'];
  if (Array.isArray(schema['enum'])) return `\${1|${schema['enum'].map((v) => JSON.stringify(v)).join(',')}|}`;
  switch (type) {
    case 'object':
      return '{$1}';
    case 'array':
      return '[$1]';
    case 'boolean':
      return `\${1:${schema['default'] === true ? 'true' : 'false'}}`;
    case 'integer':
    case 'number':
      return `\${1:${typeof schema['default'] === 'number' ? schema['default'] : 0}}`;
    default:
      return '"$1"';
  }
}

/** Enum, const, default and boolean values for the value at the cursor. */
export function valueCompletions(context: CompletionContext): CompletionItem[] {
  if (!context.kind) return [];
  const values = new Map<string, { value: unknown; docs: string | undefined }>();
  for (const { schema } of schemasAt(context.kind, context.model.value, context.path)) {
    const docs = docsOf(schema);
    for (const value of Array.isArray(schema['enum']) ? schema['enum'] : [])
      values.set(JSON.stringify(value), { value, docs });
    if ('const' in schema) values.set(JSON.stringify(schema['const']), { value: schema['const'], docs });
    if (schema['type'] === 'boolean') for (const value of [true, false]) values.set(String(value), { value, docs });
  }
  return [...values].map(([text, { docs }]) => ({
    label: text,
    kind: CompletionItemKind.Value,
    textEdit: TextEdit.replace(context.replace, text),
    ...(docs ? { documentation: { kind: MarkupKind.Markdown, value: docs } } : {}),
  }));
}

/** The value at a path, without building a tree. */
function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof segment === 'number') value = Array.isArray(value) ? (value[segment] as unknown) : undefined;
    else value = isObject(value) ? value[segment] : undefined;
  }
  return value;
}

/** The schema's markdown docs (plain description as a fallback). */
export function docsOf(schema: JsonObject): string | undefined {
  const markdown = schema['markdownDescription'] ?? schema['description'];
  return typeof markdown === 'string' ? markdown : undefined;
}
