import fs from "node:fs";
import {
  Kind,
  buildASTSchema,
  buildSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  parse,
  specifiedScalarTypes,
  visit,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { API_SCHEMA_FILE } from "../../runtime/schema-files";
import { contractText } from "./shared";

/** The client-facing schema the gateway serves: the committed schema/api.graphql, standalone SDL. */
export function apiSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(API_SCHEMA_FILE, "utf8"));
}

/**
 * spec/contract.graphql as a schema. The contract is written as a federation
 * document (`extend type Query` without a `type Query`) and is not standalone
 * SDL: this adds what it leaves out, an empty definition for each type it only
 * extends and a scalar for each name it uses without defining, and changes
 * nothing it states.
 */
export function contractSchema(text = contractText()): GraphQLSchema {
  const document = parse(text);
  const defined = new Set(specifiedScalarTypes.map((t) => t.name));
  const extended = new Set<string>();
  const used = new Set<string>();
  for (const node of document.definitions) {
    if ("name" in node && node.name && node.kind.endsWith("Definition") && node.kind !== Kind.DIRECTIVE_DEFINITION) defined.add(node.name.value);
    if (node.kind === Kind.OBJECT_TYPE_EXTENSION) extended.add(node.name.value);
  }
  visit(document, { NamedType: (node) => void used.add(node.name.value) });
  const prelude = [
    ...[...extended].filter((name) => !defined.has(name)).map((name) => `type ${name}`),
    ...[...used].filter((name) => !defined.has(name) && !extended.has(name)).map((name) => `scalar ${name}`),
  ];
  return buildASTSchema(parse(`${prelude.join("\n")}\n${text}`));
}

/**
 * The depth of the deepest query that never selects a type inside itself
 * (the longest cycle-free path from a root field to a leaf): the deepest
 * "real" query of the contract. `{ a { b } }` is 2.
 */
export function deepestAcyclicQuery(schema: GraphQLSchema): { depth: number; path: string[] } {
  const walk = (type: GraphQLNamedType, onPath: Set<string>): { depth: number; path: string[] } => {
    let best = { depth: 0, path: [] as string[] };
    if (!isObjectType(type) && !isInterfaceType(type)) return best;
    for (const field of Object.values(type.getFields())) {
      const inner = getNamedType(field.type);
      if (isCompositeType(inner) && onPath.has(inner.name)) continue;
      const below = isCompositeType(inner) ? walk(inner, new Set([...onPath, inner.name])) : { depth: 0, path: [] };
      if (below.depth + 1 > best.depth) best = { depth: below.depth + 1, path: [field.name, ...below.path] };
    }
    return best;
  };
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((t) => t !== null && t !== undefined);
  return roots.map((root) => walk(root, new Set([root.name]))).reduce((a, b) => (b.depth > a.depth ? b : a));
}
