import fs from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import { getNamedType, isCompositeType, isObjectType, isInterfaceType, type GraphQLNamedType, type GraphQLSchema } from "graphql";
import { SUPERGRAPH_FILE } from "../../runtime/stack";

/** The client-facing schema the gateway serves (the supergraph without federation internals). */
export function apiSchema(): GraphQLSchema {
  return Supergraph.build(fs.readFileSync(SUPERGRAPH_FILE, "utf8")).apiSchema().toGraphQLJSSchema();
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
