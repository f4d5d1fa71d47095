import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DirectiveNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestLimits } from "../lib/config";
import { MAX_PAGE_SIZE, UNPAGED_LIST_BOUND } from "../lib/graphql/pagination";
import { localise, msg, worded } from "../lib/i18n/message";

/** graphql-armor's cost model: a leaf costs 1, an object 2 plus its selection × 1.5 (× the items of a list). */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_COST_FACTOR = 1.5;
/**
 * How many items a list field is counted as: its selection is multiplied by
 * this (docs/api.md, "Request limits"). A list that is not paged has a fixed
 * bound, what it holds at most or can reasonably hold; the `items` of a page
 * count the page's `first` (or its default), clamped to MAX_PAGE_SIZE.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  "Query.directorates": 7,
  "Query.myComplaints": UNPAGED_LIST_BOUND,
  "Complaint.timeline": 50,
  "Complaint.letters": 20,
  "ActionPlanItem.relatedComplaints": 20,
  "AnnualReport.byDirectorate": 7,
  "AnnualReport.inadmissibleByReason": 4,
  "AnnualReport.actionPlan": 50,
  // A first publication and its corrections: a handful a year.
  "Query.annualReportVersions": 20,
  "AnnualReport.lastYearActions": 50,
  "AnnualReport.byMonth": 12,
  "AnnualReport.byCategory": 4,
  "AnnualReport.byChannel": 4,
  "AnnualReport.byLanguage": 4,
  "AnnualReport.byComplainantKind": 3,
  "ActionPlanItem.progressNotes": 10,
  "AuditTrail.firstLine": 100,
  "AuditTrail.escalation": 100,
  "AuditTrail.complaint": 100,
  // The privacy notice's five rights (DataSubjectRight) and seven sections (subgraphs/intake/privacy/notice.ts).
  "PrivacyNotice.rights": 5,
  "PrivacyNotice.sections": 7,
};
/** A list field the table does not name (test/unit/list-cost.test.ts keeps the table complete for the shipped schema). */
export const UNKNOWN_LIST_BOUND = 100;
/** Mirrors lib/graphql/pagination.ts: a larger `first` is clamped to it. */
const MAX_PAGE = MAX_PAGE_SIZE;

/** Introspection's own nesting (`ofType { ofType … }`) is not a data query; production turns it off. */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/** What one operation asks for, with every fragment spread expanded where it is used. */
export interface OperationMeasure {
  /** Longest chain of nested fields: `{ a { b } }` is 2. */
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  /** Whether a page size came from a variable: the cost then depends on the request's variables. */
  variablePages?: boolean;
}

const ZERO: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Measures selection sets, each fragment once per page size (memoised): a
 * document of fragments that spread the next one twice expands exponentially
 * but is measured in linear time. A fragment cycle measures as empty;
 * graphql-js's NoFragmentCyclesRule rejects it. Given a schema, a list field's
 * selection counts as many times as the list may hold items (LIST_BOUNDS, `first`).
 * A `first` given as a variable counts the request's value of it when the
 * variables are known, and the largest page when they are not.
 */
class Measurer {
  private readonly fragments = new Map<string, OperationMeasure>();
  private readonly inProgress = new Set<string>();
  private defaults = new Map<string, unknown>();
  private variablePages = false;

  constructor(
    private readonly fragment: (name: string) => FragmentDefinitionNode | undefined | null,
    private readonly schema?: GraphQLSchema,
    private readonly variables?: Readonly<Record<string, unknown>>,
  ) {}

  /** `page`: the enclosing page field's size, counted by the page's list of items. */
  selectionSet(set: SelectionSetNode, parent?: GraphQLCompositeType, page?: number): OperationMeasure {
    const total = { ...ZERO };
    for (const selection of set.selections) {
      let part: OperationMeasure;
      if (selection.kind === Kind.FIELD) {
        part = this.field(selection, parent, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = this.selectionSet(selection.selectionSet, this.typeNamed(selection.typeCondition?.name.value) ?? parent, page);
        part = { ...inner, directives: inner.directives + count(selection.directives) };
      } else {
        const inner = this.named(selection.name.value, page);
        part = { ...inner, directives: inner.directives + count(selection.directives) };
      }
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.directives += part.directives;
      total.cost += part.cost;
    }
    return total;
  }

  private field(selection: FieldNode, parent: GraphQLCompositeType | undefined, page: number | undefined): OperationMeasure {
    const definition = parent && "getFields" in parent ? parent.getFields()[selection.name.value] : undefined;
    const named = definition && getNamedType(definition.type);
    const ownPage = definition?.args.some((a) => a.name === "first")
      ? this.pageOf(selection, definition.args.find((a) => a.name === "first")?.defaultValue)
      : undefined;
    const list = definition !== undefined && isListType(getNullableType(definition.type));
    const items = list ? (ownPage ?? page ?? LIST_BOUNDS[`${parent!.name}.${selection.name.value}`] ?? UNKNOWN_LIST_BOUND) : 1;
    const introspection = INTROSPECTION_ROOTS.has(selection.name.value);
    const inner =
      selection.selectionSet && !introspection
        ? this.selectionSet(selection.selectionSet, named && isCompositeType(named) ? named : undefined, list ? undefined : ownPage)
        : ZERO;
    return {
      depth: 1 + inner.depth,
      aliases: (selection.alias ? 1 : 0) + inner.aliases,
      directives: count(selection.directives) + inner.directives,
      cost: selection.selectionSet ? OBJECT_COST + DEPTH_COST_FACTOR * items * inner.cost : SCALAR_COST,
    };
  }

  private typeNamed(name: string | undefined): GraphQLCompositeType | undefined {
    const type = name ? this.schema?.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  }

  private named(name: string, page: number | undefined): OperationMeasure {
    const key = `${name} ${page ?? ""}`;
    const known = this.fragments.get(key);
    if (known) return known;
    const definition = this.fragment(name);
    if (!definition || this.inProgress.has(key)) return ZERO;
    this.inProgress.add(key);
    const inner = this.selectionSet(definition.selectionSet, this.typeNamed(definition.typeCondition.name.value), page);
    this.inProgress.delete(key);
    const measure = { ...inner, directives: inner.directives + count(definition.directives) };
    this.fragments.set(key, measure);
    return measure;
  }

  operation(definition: OperationDefinitionNode): OperationMeasure {
    this.fragments.clear();
    this.variablePages = false;
    this.defaults = new Map(
      (definition.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue?.kind === Kind.INT ? Number(v.defaultValue.value) : undefined]),
    );
    const inner = this.selectionSet(definition.selectionSet, this.schema?.getRootType(definition.operation) ?? undefined);
    const measure: OperationMeasure = { ...inner, directives: inner.directives + count(definition.directives) };
    return this.variablePages ? { ...measure, variablePages: true } : measure;
  }

  /** A page's size: `first` as written or as the variables give it, else the default, clamped. */
  private pageOf(selection: FieldNode, fallback: unknown): number {
    const value = selection.arguments?.find((a) => a.name.value === "first")?.value;
    let first: unknown = value === undefined ? fallback : undefined;
    if (value?.kind === Kind.INT) first = Number(value.value);
    if (value?.kind === Kind.VARIABLE) {
      this.variablePages = true;
      if (!this.variables) return MAX_PAGE;
      first = this.variables[value.name.value] ?? this.defaults.get(value.name.value) ?? fallback;
    }
    return typeof first === "number" && Number.isFinite(first) ? Math.min(Math.max(first, 1), MAX_PAGE) : MAX_PAGE;
  }
}

const count = (directives: readonly DirectiveNode[] | undefined) => directives?.length ?? 0;

/** Measures each operation of a parsed document (for tests and for tuning the limits), with the request's variables when given. */
export function measureOperations(document: DocumentNode, schema?: GraphQLSchema, variables?: Record<string, unknown>): Map<string, OperationMeasure> {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const measurer = new Measurer((name) => fragments.get(name), schema, variables);
  const result = new Map<string, OperationMeasure>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) result.set(definition.name?.value ?? "", measurer.operation(definition));
  }
  return result;
}

const LIMIT_NAMES: Record<Exclude<keyof OperationMeasure, "variablePages">, keyof RequestLimits> = {
  depth: "maxDepth",
  aliases: "maxAliases",
  directives: "maxDirectives",
  cost: "maxCost",
};

/**
 * One validation rule for depth, aliases, directives and cost. Apollo Server
 * validates before the gateway plans, so a rejected operation never reaches a
 * subgraph; it is a GRAPHQL_VALIDATION_FAILED error (HTTP 400). Apollo
 * validates a document once, without its variables: the cost of an operation
 * whose page sizes are variables is left to `variableCost`, which measures it
 * with the request's variables.
 */
export function requestLimitsRule(limits: RequestLimits): ValidationRule {
  return (context: ValidationContext) => {
    const measurer = new Measurer((name) => context.getFragment(name), context.getSchema());
    return {
      OperationDefinition(node) {
        const measure = measurer.operation(node);
        for (const key of Object.keys(LIMIT_NAMES) as (keyof typeof LIMIT_NAMES)[]) {
          if (key === "cost" && measure.variablePages) continue;
          const max = limits[LIMIT_NAMES[key]];
          if (measure[key] > max) {
            const found = Number.isFinite(measure[key]) ? Math.ceil(measure[key]) : "too many";
            const exceeded = msg("limits.exceeded", { measure: key, found, max });
            context.reportError(worded(new GraphQLError(localise(exceeded), { nodes: [node], extensions: { limit: key } }), exceeded));
          }
        }
      },
    };
  };
}

/** The cost of an operation whose page sizes are variables, measured with the request's variables before planning. */
export function variableCost<TContext extends object>(limits: RequestLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const measure = new Measurer((name) => fragmentNamed(document, name), schema, request.variables ?? {}).operation(operation);
          if (!measure.variablePages || measure.cost <= limits.maxCost) return;
          const exceeded = msg("limits.exceeded", { measure: "cost", found: Math.ceil(measure.cost), max: limits.maxCost });
          throw worded(
            new GraphQLError(localise(exceeded), {
              nodes: [operation],
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "cost", http: { status: 400 } },
            }),
            exceeded,
          );
        },
      };
    },
  };
}

const fragmentNamed = (document: DocumentNode, name: string) =>
  document.definitions.find((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
