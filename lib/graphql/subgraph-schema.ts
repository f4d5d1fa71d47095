import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { Kind, parse, visit, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import type { IRules } from "graphql-shield";
import { deny, shield } from "graphql-shield";
import { buildSchema, createResolversMap, type BuildSchemaOptions, type ContainerType } from "type-graphql";
import type { RequestContext } from "./context";
import type { Logger } from "../platform/logger";
import { forbidden } from "../errors";
import { DateTimeScalar } from "./date-time-scalar";
import { auditMiddleware, type AuditSpec } from "../audit/audit-middleware";
import { msg } from "../i18n/message";

/** The root types' descriptions, the same in every subgraph (type-graphql has no option for them). */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: "Reads. Each field says who may use it: public, citizen (own complaints), coordinator (own directorate), central service (all).",
  Mutation:
    "Changes. Each field says who may use it; a refused step changes nothing and answers with an error code (Complaint.allowedActions lists the allowed ones).",
};

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions["resolvers"];
  orphanedTypes?: BuildSchemaOptions["orphanedTypes"];
  /** `{ Complaint: { __resolveReference } }` for the entities this subgraph resolves; a field named here replaces type-graphql's resolver of it. */
  referenceResolvers?: GraphQLResolverMap<RequestContext>;
  /** Resolver instances with their dependencies (no global container). */
  container: ContainerType;
  permissions: IRules;
  /** Personal fields and complaint-changing mutations to record (lib/audit). */
  audit: AuditSpec;
  production: boolean;
  log: Logger;
}

/**
 * type-graphql classes -> federation 2 subgraph schema -> graphql-shield.
 * As in type-graphql's apollo-federation-2 example: print the type-graphql
 * schema with its directives and rebuild it with buildSubgraphSchema.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, extra] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) };
  }
  const subgraph = buildSubgraphSchema({
    typeDefs: visit(parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), {
      ObjectTypeDefinition: (node) =>
        ROOT_DESCRIPTIONS[node.name.value] && !node.description
          ? { ...node, description: { kind: Kind.STRING, value: ROOT_DESCRIPTIONS[node.name.value], block: true } }
          : undefined,
    }),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });

  const guarded = applyMiddleware(
    subgraph,
    shield(options.permissions, {
      fallbackRule: deny,
      allowExternalErrors: true,
      // Errors thrown by resolvers (BAD_USER_INPUT, NOT_FOUND) pass; the rest are masked by formatError.
      fallbackError: () => forbidden(msg("auth.notAllowed")),
      debug: !options.production,
    }),
    // Inside shield: only what the caller was allowed to receive is recorded.
    auditMiddleware(options.audit, options.log),
  );
  // graphql-middleware keeps federation's `__resolveReference` (in each type's extensions);
  // test/subgraph-access.test.ts fails if a version stops doing so.
  return { schema: guarded, sdl: printSubgraphSchema(subgraph) };
}
