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
import type { RequestLimits } from "../lib/config";
import { MAX_PAGE_SIZE, UNPAGED_LIST_BOUND } from "../lib/graphql/pagination";
import { localise, msg } from "../lib/i18n/message";

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
  "AuditTrail.firstLine": 100,
  "AuditTrail.escalation": 100,
  "AuditTrail.complaint": 100,
};
/** A list field the table does not name (test/unit/list-cost.test.ts keeps the table complete for the shipped schema). */
export const UNKNOWN_LIST_BOUND = 100;
/** Mirrors lib/graphql/pagination.ts: a larger `first` is clamped to it; a variable counts as the largest page. */
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
}

const ZERO: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Measures selection sets, each fragment once per page size (memoised): a
 * document of fragments that spread the next one twice expands exponentially
 * but is measured in linear time. A fragment cycle measures as empty;
 * graphql-js's NoFragmentCyclesRule rejects it. Given a schema, a list field's
 * selection counts as many times as the list may hold items (LIST_BOUNDS, `first`).
 */
class Measurer {
  private readonly fragments = new Map<string, OperationMeasure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly fragment: (name: string) => FragmentDefinitionNode | undefined | null,
    private readonly schema?: GraphQLSchema,
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
      ? pageOf(selection, definition.args.find((a) => a.name === "first")?.defaultValue)
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
    const inner = this.selectionSet(definition.selectionSet, this.schema?.getRootType(definition.operation) ?? undefined);
    return { ...inner, directives: inner.directives + count(definition.directives) };
  }
}

/** A page's size: `first` as written, clamped; a variable may be anything, so it counts as the largest page. */
function pageOf(selection: FieldNode, fallback: unknown): number {
  const argument = selection.arguments?.find((a) => a.name.value === "first");
  const value = argument?.value;
  if (value?.kind === Kind.INT) return Math.min(Math.max(Number(value.value), 1), MAX_PAGE);
  if (value === undefined && typeof fallback === "number") return Math.min(fallback, MAX_PAGE);
  return MAX_PAGE;
}

const count = (directives: readonly DirectiveNode[] | undefined) => directives?.length ?? 0;

/** Measures each operation of a parsed document (for tests and for tuning the limits). */
export function measureOperations(document: DocumentNode, schema?: GraphQLSchema): Map<string, OperationMeasure> {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const measurer = new Measurer((name) => fragments.get(name), schema);
  const result = new Map<string, OperationMeasure>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) result.set(definition.name?.value ?? "", measurer.operation(definition));
  }
  return result;
}

const LIMIT_NAMES: Record<keyof OperationMeasure, keyof RequestLimits> = {
  depth: "maxDepth",
  aliases: "maxAliases",
  directives: "maxDirectives",
  cost: "maxCost",
};

/**
 * One validation rule for depth, aliases, directives and cost. Apollo Server
 * validates before the gateway plans, so a rejected operation never reaches a
 * subgraph; it is a GRAPHQL_VALIDATION_FAILED error (HTTP 400).
 */
export function requestLimitsRule(limits: RequestLimits): ValidationRule {
  return (context: ValidationContext) => {
    const measurer = new Measurer((name) => context.getFragment(name), context.getSchema());
    return {
      OperationDefinition(node) {
        const measure = measurer.operation(node);
        for (const key of Object.keys(LIMIT_NAMES) as (keyof OperationMeasure)[]) {
          const max = limits[LIMIT_NAMES[key]];
          if (measure[key] > max) {
            const found = Number.isFinite(measure[key]) ? Math.ceil(measure[key]) : "too many";
            context.reportError(
              new GraphQLError(localise(msg("limits.exceeded", { measure: key, found, max })), { nodes: [node], extensions: { limit: key } }),
            );
          }
        }
      },
    };
  };
}
