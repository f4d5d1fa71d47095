import { buildSchema, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, parse, validate } from "graphql";
import { LIST_BOUNDS, UNKNOWN_LIST_BOUND, measureOperations, requestLimitsRule } from "../../gateway/limits";
import { loadConfig } from "../../lib/config";
import { apiSchema } from "../helpers/api-schema";

/** A small schema with each kind of list: bounded by the table, paged with `first`, a page object, and one the table does not name. */
const schema = buildSchema(`
  type Query { myComplaints: [Complaint!]!, escalations(first: Int = 50): [Complaint!]!, complaints(first: Int = 50): Page!, others: [Complaint!]!, c: Complaint }
  type Page { totalCount: Int!, items: [Complaint!]! }
  type Complaint { id: ID!, timeline: [S!]!, letters: [S!]!, ids: [ID!] }
  type S { at: String }
`);
const cost = (text: string, s = schema) => measureOperations(parse(text), s).get("")!.cost;
/** Cost of an object field whose selection is `inner`, counted `items` times. */
const obj = (inner: number, items = 1) => 2 + 1.5 * items * inner;

describe("list cost: a list's selection counts as many times as the list may hold items", () => {
  it("a list without paging counts its bound from LIST_BOUNDS; a list the table does not name counts UNKNOWN_LIST_BOUND", () => {
    expect(cost("{ myComplaints { id } }")).toBe(obj(1, LIST_BOUNDS["Query.myComplaints"]));
    expect(cost("{ others { id } }")).toBe(obj(1, UNKNOWN_LIST_BOUND));
    expect(cost("{ c { id } }")).toBe(obj(1));
  });

  it("a list of scalars costs 1 like any leaf", () => {
    expect(cost("{ c { ids } }")).toBe(obj(1));
  });

  it("a paged list counts `first`, its default when absent, clamped to 100, and 100 for a variable", () => {
    expect(cost("{ escalations(first: 20) { id } }")).toBe(obj(1, 20));
    expect(cost("{ escalations { id } }")).toBe(obj(1, 50));
    expect(cost("{ escalations(first: 5000) { id } }")).toBe(obj(1, 100));
    expect(measureOperations(parse("query Q($n: Int) { escalations(first: $n) { id } }"), schema).get("Q")!.cost).toBe(obj(1, 100));
  });

  it("with the request's variables, a variable `first` counts its value, else the variable's default, else the field's default, clamped", () => {
    const page = (text: string, variables: Record<string, unknown>) => measureOperations(parse(text), schema, variables).get("Q")!;
    expect(page("query Q($n: Int) { escalations(first: $n) { id } }", { n: 20 })).toEqual({
      depth: 2,
      aliases: 0,
      directives: 0,
      cost: obj(1, 20),
      variablePages: true,
    });
    expect(page("query Q($n: Int) { escalations(first: $n) { id } }", {}).cost).toBe(obj(1, 50));
    expect(page("query Q($n: Int = 10) { escalations(first: $n) { id } }", {}).cost).toBe(obj(1, 10));
    expect(page("query Q($n: Int) { escalations(first: $n) { id } }", { n: 5000 }).cost).toBe(obj(1, 100));
    expect(page("query Q($n: Int) { escalations(first: $n) { id } }", { n: "9" }).cost).toBe(obj(1, 100));
  });

  it("the validation rule leaves the cost of a variable page to the request (variableCost); depth and the rest it still checks", () => {
    const limits = { ...loadConfig({}).limits, maxCost: 200, maxDepth: 2 };
    expect(
      validate(schema, parse("query Q($n: Int) { escalations(first: $n) { id timeline { at } } }"), [requestLimitsRule(limits)]).map((e) => e.extensions.limit),
    ).toEqual(["depth"]);
  });

  it("a page object's items count the page's `first`; totalCount once", () => {
    expect(cost("{ complaints(first: 10) { totalCount items { id } } }")).toBe(obj(1 + obj(1, 10)));
    expect(cost("{ complaints { items { id } } }")).toBe(obj(obj(1, 50)));
  });

  it("nested lists multiply: items × timeline", () => {
    expect(cost("{ complaints(first: 10) { items { timeline { at } } } }")).toBe(obj(obj(obj(1, 50), 10)));
  });

  it("aliases add up, each counted with its own arguments", () => {
    expect(cost("{ a: escalations(first: 2) { id } b: escalations(first: 3) { id } }")).toBe(obj(1, 2) + obj(1, 3));
  });

  it("fragments and inline fragments are measured with the type and the page they are spread in", () => {
    const direct = cost("{ complaints(first: 10) { items { id timeline { at } } } myComplaints { id } }");
    expect(
      cost(
        "{ complaints(first: 10) { ...P } ...M } fragment P on Page { items { ...F } } fragment F on Complaint { id timeline { at } } fragment M on Query { myComplaints { id } }",
      ),
    ).toBe(direct);
    expect(cost("{ complaints(first: 10) { ... on Page { items { id ... { timeline { at } } } } } myComplaints { id } }")).toBe(direct);
    expect(cost("{ a: complaints(first: 10) { ...P } b: complaints(first: 20) { ...P } } fragment P on Page { items { id } }")).toBe(
      obj(obj(1, 10)) + obj(obj(1, 20)),
    );
  });

  it("without a schema (no types known) every field counts once, as before", () => {
    expect(measureOperations(parse("{ myComplaints { id } }")).get("")!.cost).toBe(obj(1));
  });

  it("the validation rule refuses by the list-aware cost", () => {
    const limits = { ...loadConfig({}).limits, maxCost: 200 };
    expect(validate(schema, parse("{ escalations(first: 100) { id } }"), [requestLimitsRule(limits)])).toEqual([]);
    expect(validate(schema, parse("{ escalations(first: 100) { id timeline { at } } }"), [requestLimitsRule(limits)]).map((e) => e.message)).toEqual([
      `Operation cost ${Math.ceil(obj(1 + obj(1, 50), 100))} exceeds the maximum of 200`,
    ]);
  });
});

describe("list cost: the shipped schema", () => {
  const api = apiSchema();
  const limits = loadConfig({}).limits;
  const fifteen = (field: string) => `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
  const refused = (text: string) => validate(api, parse(text), [requestLimitsRule(limits)]).map((e) => e.extensions.limit);

  it("every list of objects that is not paged has a bound in LIST_BOUNDS, and every entry names a list of the schema", () => {
    const unbounded: string[] = [];
    const lists = new Set<string>();
    for (const type of Object.values(api.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) continue;
        const key = `${type.name}.${field.name}`;
        lists.add(key);
        const paged = field.args.some((a) => a.name === "first") || type.name.endsWith("Page");
        if (!paged && LIST_BOUNDS[key] === undefined) unbounded.push(key);
      }
    }
    expect(unbounded).toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter((key) => !lists.has(key))).toEqual([]);
  });

  it("the issue's attacks are refused by cost: 15 × myComplaints with nested fields, 15 × complaints(first: 100) with nested lists", () => {
    expect(refused(fifteen("myComplaints { id reference status firstLine { answeredAt } }"))).toEqual(["cost"]);
    expect(refused(fifteen("myComplaints { id reference status subject }"))).toEqual(["cost"]);
    expect(refused(fifteen("complaints(first: 100) { totalCount items { id timeline { status at } letters { kind } } }"))).toEqual(["cost"]);
  });

  it("one such field alone passes", () => {
    expect(refused("{ myComplaints { id reference status firstLine { answeredAt } } }")).toEqual([]);
    expect(refused("{ complaints(first: 10) { totalCount items { id timeline { status at } } } }")).toEqual([]);
  });
});
