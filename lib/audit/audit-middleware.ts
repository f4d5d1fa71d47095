import type { ApolloServerPlugin } from "@apollo/server";
import type { IMiddleware, IMiddlewareResolver } from "graphql-middleware/dist/types";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../graphql/context";
import type { Logger } from "../logger";
import { withChangeAudit } from "./change-audit";

/** What a subgraph audits: the personal fields of its types, and its mutations that change a complaint. */
export interface AuditSpec {
  reads: Record<string, { complaintId(this: void, parent: unknown): string; fields: string[] }>;
  /** Each writes its CHANGE entry when it publishes its event (change-audit.ts). */
  changes: string[];
}

/**
 * Field middleware that records what the resolver returned. Applied inside
 * graphql-shield, so only what the caller was allowed to see is recorded,
 * and only when the resolver succeeded.
 */
export function auditMiddleware(spec: AuditSpec, log: Logger): IMiddleware<unknown, RequestContext> {
  const middleware: Record<string, Record<string, IMiddlewareResolver<unknown, RequestContext>>> = {};
  for (const [type, { complaintId, fields }] of Object.entries(spec.reads)) {
    middleware[type] = {};
    for (const field of fields) {
      middleware[type][field] = async (resolve, parent, args, ctx, info) => {
        const value: unknown = await resolve(parent, args, ctx, info);
        if (value !== null && value !== undefined) ctx.audit.read(complaintId(parent), field);
        return value;
      };
    }
  }
  middleware.Mutation = {};
  for (const mutation of spec.changes) {
    middleware.Mutation[mutation] = async (resolve, parent, args, ctx, info) => {
      const { result, written } = await withChangeAudit(mutation, ctx.audit, async (): Promise<unknown> => resolve(parent, args, ctx, info));
      if (written === 0) log.error({ mutation, requestId: ctx.requestId }, "mutation succeeded without writing its audit entry");
      return result;
    };
  }
  return middleware;
}

/**
 * Writes the request's audit entries before the response leaves. If they
 * cannot be written, the caller gets an error instead of unaudited data.
 */
export function auditPlugin(dataSource: DataSource, log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.audit.pending === 0) return;
          try {
            await contextValue.audit.flush(dataSource);
          } catch (err) {
            log.error({ err: String(err), requestId: contextValue.requestId }, "audit entries not written; response withheld");
            if (response.body.kind === "single") {
              response.body.singleResult = {
                errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
              };
            }
          }
        },
      };
    },
  };
}
