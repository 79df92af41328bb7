/**
 * Finds the schema nodes that apply to a JSON path of a document, for completion and hover: follows `$ref` (within
 * and across the schema files), `allOf`/`anyOf`/`oneOf`, and per-type `if`/`then`/`else` (decided against the
 * document's actual value, so a task with `"type": "EVENT"` sees `sink`).
 */
import { isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import { ROOT_SCHEMA_IDS, SCHEMA_DOCUMENTS } from '../schemaSources';
import type { DocumentKind, JsonPath } from '../types';
import { schemaMatches } from './schemaMatches';

/** A schema node together with the schema document its local `#…` references resolve against. */
export interface SchemaNode {
  readonly schema: JsonObject;
  readonly document: JsonObject;
}

const documentsById = new Map(
  SCHEMA_DOCUMENTS.filter(isObject).map((document) => [String(document['$id']), document] as const),
);

/** The expanded schema nodes for the value at `path` of a document of `kind`; empty when the path leaves the schema. */
export function schemasAt(kind: DocumentKind, root: unknown, path: JsonPath): SchemaNode[] {
  const document = documentsById.get(ROOT_SCHEMA_IDS[kind]);
  if (!document) return [];
  let nodes = expand({ schema: document, document }, root, 0);
  let value = root;
  for (const segment of path) {
    const child = childValue(value, segment);
    nodes = nodes.flatMap((node) => childSchemas(node, segment)).flatMap((node) => expand(node, child, 0));
    value = child;
  }
  return nodes;
}

/** Expands references and combinators into the flat list of nodes that constrain `value`. */
export function expand(node: SchemaNode, value: unknown, depth: number): SchemaNode[] {
  if (depth > 16) return [];
  const { schema } = node;
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = resolveRef(ref, node.document);
    return target ? expand(target, value, depth + 1) : [];
  }
  const out: SchemaNode[] = [node];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list))
      for (const sub of list) if (isObject(sub)) out.push(...expand(at(node, sub), value, depth + 1));
  }
  const condition = schema['if'];
  if (isObject(condition)) {
    const branch = schemaMatches(condition, value) ? schema['then'] : schema['else'];
    if (isObject(branch)) out.push(...expand(at(node, branch), value, depth + 1));
  }
  return out;
}

function childSchemas(node: SchemaNode, segment: string | number): SchemaNode[] {
  const { schema } = node;
  if (typeof segment === 'number') {
    const items = schema['items'];
    if (Array.isArray(items)) {
      const item: unknown = items[segment] ?? schema['additionalItems'];
      return isObject(item) ? [at(node, item)] : [];
    }
    return isObject(items) ? [at(node, items)] : [];
  }
  const properties = schema['properties'];
  const property = isObject(properties) ? properties[segment] : undefined;
  if (isObject(property)) return [at(node, property)];
  const extra = schema['additionalProperties'];
  return isObject(extra) ? [at(node, extra)] : [];
}

function resolveRef(ref: string, current: JsonObject): SchemaNode | undefined {
  const [file, pointer = ''] = ref.split('#');
  const document = file ? documentsById.get(file) : current;
  if (!document) return undefined;
  let target: unknown = document;
  for (const part of pointer.split('/').filter((p) => p !== '')) {
    target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return isObject(target) ? { schema: target, document } : undefined;
}

function at(node: SchemaNode, schema: JsonObject): SchemaNode {
  return { schema, document: node.document };
}

function childValue(value: unknown, segment: string | number): unknown {
  if (typeof segment === 'number') return Array.isArray(value) ? value[segment] : undefined;
  return isObject(value) ? value[segment] : undefined;
}
