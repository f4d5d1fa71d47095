import { AnswerHeaders } from "../../gateway/subgraph-fetcher";

describe("AnswerHeaders (a subgraph answer's headers, as fetch gives them)", () => {
  it("finds a header by any case, joins a repeated one with a comma, and lists lower-case names", () => {
    const headers = new AnswerHeaders([
      ["Content-Type", "application/json"],
      ["Set-Cookie", "a=1"],
      ["set-cookie", "b=2"],
    ]);
    expect(headers.get("content-type")).toBe("application/json");
    expect(headers.get("CONTENT-TYPE")).toBe("application/json");
    expect(headers.get("set-cookie")).toBe("a=1, b=2");
    expect(headers.get("x-absent")).toBeNull();
    expect([...headers]).toEqual([
      ["content-type", "application/json"],
      ["set-cookie", "a=1, b=2"],
    ]);
  });

  it("sets, replaces and deletes by any case", () => {
    const headers = new AnswerHeaders();
    headers.set("X-Feed-Position", "7");
    headers.set("x-feed-position", "8");
    expect([headers.has("X-FEED-POSITION"), headers.get("x-feed-position")]).toEqual([true, "8"]);
    headers.delete("X-Feed-Position");
    expect([headers.has("x-feed-position"), [...headers.keys()]]).toEqual([false, []]);
  });
});
