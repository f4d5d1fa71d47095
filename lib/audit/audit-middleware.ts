import type { ApolloServerPlugin } from "@apollo/server";
import type { IMiddleware, IMiddlewareResolver } from "graphql-middleware/dist/types";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../graphql/context";
import type { Logger } from "../platform/logger";
import { AUDITED_READS_HEADER } from "./audited-reads-header";
import { withChangeAudit } from "./change-audit";

/** The fields of one type that carry personal data or notes, and the complaint a value of the type belongs to. */
export interface AuditedType {
  complaintId(this: void, parent: unknown): string;
  fields: string[];
  /** READ entries name these fields `Type.field` (`StatusChange.note`); without it, by field name alone (`description`). */
  qualified?: boolean;
}

/**
 * What a subgraph audits. `reads` is the subgraph's one list of the fields
 * that carry personal data or notes, by type, so a field is recorded wherever
 * a query reaches it; test/unit/audited-fields.test.ts checks it against the
 * composed schema and test/audited-reads.test.ts reads each field.
 */
export interface AuditSpec {
  reads: Record<string, AuditedType>;
  /** Each writes its CHANGE entry when it publishes its event (change-audit.ts). */
  changes: string[];
}

/** How a READ entry's `what` names a field. */
export function auditName(type: string, audited: AuditedType, field: string): string {
  return audited.qualified ? `${type}.${field}` : field;
}

/** Every field a spec records, as schema coordinates (`Complaint.description`). */
export function auditedCoordinates(spec: AuditSpec): string[] {
  return Object.entries(spec.reads).flatMap(([type, { fields }]) => fields.map((field) => `${type}.${field}`));
}

/**
 * Field middleware that records what the resolver returned. Applied inside
 * graphql-shield, so only what the caller was allowed to see is recorded,
 * and only when the resolver succeeded.
 */
export function auditMiddleware(spec: AuditSpec, log: Logger): IMiddleware<unknown, RequestContext> {
  const middleware: Record<string, Record<string, IMiddlewareResolver<unknown, RequestContext>>> = {};
  for (const [type, audited] of Object.entries(spec.reads)) {
    middleware[type] = {};
    for (const field of audited.fields) {
      const name = auditName(type, audited, field);
      middleware[type][field] = async (resolve, parent, args, ctx, info) => {
        const value: unknown = await resolve(parent, args, ctx, info);
        if (value !== null && value !== undefined) ctx.audit.read(audited.complaintId(parent), name);
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
          const reads = contextValue.audit.pending;
          if (reads === 0) return;
          try {
            await contextValue.audit.flush(dataSource);
            response.http.headers.set(AUDITED_READS_HEADER, String(reads));
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
