import { buildSchema, parse, validate } from "graphql";
import { measureOperations, requestLimitsRule } from "../../gateway/limits";
import type { RequestLimits } from "../../lib/config";

/** Just enough schema for the rule to validate against (the shipped schema's figures are checked in test/request-limits.test.ts). */
const schema = buildSchema(`
  type Query { a: A, n: Int }
  type A { b: A, n: Int, m: Int }
`);
const LIMITS: RequestLimits = { maxDepth: 3, maxAliases: 2, maxCost: 20, maxTokens: 1000, maxDirectives: 2, maxQueryBytes: 10_000 };
const measure = (text: string, name = "") => measureOperations(parse(text)).get(name);
const refusals = (text: string, limits = LIMITS) => validate(schema, parse(text), [requestLimitsRule(limits)]).map((e) => [e.message, e.extensions.limit]);

describe("request limits: measuring an operation", () => {
  it("depth counts nested fields; cost is 1 a leaf, 2 plus 1.5 × the selection an object", () => {
    expect(measure("{ n }")).toEqual({ depth: 1, aliases: 0, directives: 0, cost: 1 });
    expect(measure("{ a { n m } }")).toEqual({ depth: 2, aliases: 0, directives: 0, cost: 2 + 1.5 * 2 });
    expect(measure("{ a { b { n } } n }")).toEqual({ depth: 3, aliases: 0, directives: 0, cost: 2 + 1.5 * (2 + 1.5 * 1) + 1 });
  });

  it("aliases and directives are counted wherever they are: fields, inline fragments, fragment definitions, the operation", () => {
    expect(measure("query Q @d { x: n y: a { z: n } ... on Query @skip(if: false) { n } ...F } fragment F on Query @e { w: n @f }", "Q")).toEqual({
      depth: 2,
      aliases: 4,
      directives: 4,
      cost: 1 + (2 + 1.5) + 1 + 1,
    });
  });

  it("a fragment is measured where it is spread, each time it is spread", () => {
    expect(measure("{ a { ...F } b: a { ...F } } fragment F on A { b { n } }")).toEqual({
      depth: 3,
      aliases: 1,
      directives: 0,
      cost: 2 * (2 + 1.5 * (2 + 1.5)),
    });
  });

  it("each operation of a document separately, by name; a fragment cycle stops at its first repetition; introspection's nesting is not counted", () => {
    const all = measureOperations(parse("query One { n } query Two { a { ...C } } fragment C on A { b { ...C } }"));
    expect([...all.keys()]).toEqual(["One", "Two"]);
    expect(all.get("Two")).toEqual({ depth: 2, aliases: 0, directives: 0, cost: 2 + 1.5 * 2 });
    expect(measure("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }")).toEqual({ depth: 1, aliases: 0, directives: 0, cost: 2 });
  });
});

describe("request limits: the validation rule", () => {
  it("passes an operation at every limit", () => {
    expect(refusals("{ x: a { b { n } } y: n }")).toEqual([]);
  });

  it("refuses each limit exceeded, with the measure and the limit, one error per limit", () => {
    expect(refusals("{ a { b { b { n } } } }")).toEqual([["Operation depth 4 exceeds the maximum of 3", "depth"]]);
    expect(refusals("{ x: n y: n z: n }")).toEqual([["Operation aliases 3 exceeds the maximum of 2", "aliases"]]);
    expect(refusals("{ n @skip(if: false) @include(if: true) a @skip(if: false) { n } }")).toEqual([
      ["Operation directives 3 exceeds the maximum of 2", "directives"],
    ]);
    expect(refusals("{ a { b { n m } } x: a { b { n m } } n n }")).toEqual([["Operation cost 21 exceeds the maximum of 20", "cost"]]);
    expect(refusals("{ a { b { b { n } } } x: n y: n z: n }").map(([, limit]) => limit)).toEqual(["depth", "aliases"]);
  });

  it("measures fragments from the document under validation", () => {
    expect(refusals("{ ...F } fragment F on Query { a { b { b { n } } } }")).toEqual([["Operation depth 4 exceeds the maximum of 3", "depth"]]);
  });
});
