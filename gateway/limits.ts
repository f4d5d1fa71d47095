import {
  GraphQLError,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { RequestLimits } from "../lib/config";

/** graphql-armor's cost model: a leaf costs 1, an object 2 plus its selection × 1.5. */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_COST_FACTOR = 1.5;
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
 * Measures selection sets, each fragment once (memoised): a document of
 * fragments that spread the next one twice expands exponentially but is
 * measured in linear time. A fragment cycle measures as empty; graphql-js's
 * NoFragmentCyclesRule rejects it.
 */
class Measurer {
  private readonly fragments = new Map<string, OperationMeasure>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly fragment: (name: string) => FragmentDefinitionNode | undefined | null) {}

  selectionSet(set: SelectionSetNode): OperationMeasure {
    const total = { ...ZERO };
    for (const selection of set.selections) {
      let part: OperationMeasure;
      if (selection.kind === Kind.FIELD) {
        const introspection = INTROSPECTION_ROOTS.has(selection.name.value);
        const inner = selection.selectionSet && !introspection ? this.selectionSet(selection.selectionSet) : ZERO;
        part = {
          depth: 1 + inner.depth,
          aliases: (selection.alias ? 1 : 0) + inner.aliases,
          directives: count(selection.directives) + inner.directives,
          cost: selection.selectionSet ? OBJECT_COST + DEPTH_COST_FACTOR * inner.cost : SCALAR_COST,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = this.selectionSet(selection.selectionSet);
        part = { ...inner, directives: inner.directives + count(selection.directives) };
      } else {
        const inner = this.named(selection.name.value);
        part = { ...inner, directives: inner.directives + count(selection.directives) };
      }
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.directives += part.directives;
      total.cost += part.cost;
    }
    return total;
  }

  private named(name: string): OperationMeasure {
    const known = this.fragments.get(name);
    if (known) return known;
    const definition = this.fragment(name);
    if (!definition || this.inProgress.has(name)) return ZERO;
    this.inProgress.add(name);
    const inner = this.selectionSet(definition.selectionSet);
    this.inProgress.delete(name);
    const measure = { ...inner, directives: inner.directives + count(definition.directives) };
    this.fragments.set(name, measure);
    return measure;
  }
}

const count = (directives: readonly DirectiveNode[] | undefined) => directives?.length ?? 0;

/** Measures each operation of a parsed document (for tests and for tuning the limits). */
export function measureOperations(document: DocumentNode): Map<string, OperationMeasure> {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const measurer = new Measurer((name) => fragments.get(name));
  const result = new Map<string, OperationMeasure>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const inner = measurer.selectionSet(definition.selectionSet);
    result.set(definition.name?.value ?? "", { ...inner, directives: inner.directives + count(definition.directives) });
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
    const measurer = new Measurer((name) => context.getFragment(name));
    return {
      OperationDefinition(node) {
        const inner = measurer.selectionSet(node.selectionSet);
        const measure = { ...inner, directives: inner.directives + count(node.directives) };
        for (const key of Object.keys(LIMIT_NAMES) as (keyof OperationMeasure)[]) {
          const max = limits[LIMIT_NAMES[key]];
          if (measure[key] > max) {
            const found = Number.isFinite(measure[key]) ? Math.ceil(measure[key]) : "too many";
            context.reportError(new GraphQLError(`Operation ${key} ${found} exceeds the maximum of ${max}`, { nodes: [node], extensions: { limit: key } }));
          }
        }
      },
    };
  };
}
