import { citizenOwner } from "./helpers/callers";
import { useTestStack } from "./helpers/stack";

describe("cache-control on public directory data, through the gateway", () => {
  const t = useTestStack();

  const post = async (query: string, token?: string) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${t.url}/`, { method: "POST", headers, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    return res.headers.get("cache-control");
  };

  it("directorates, directorate and ombudsman may be kept five minutes by shared caches", async () => {
    expect(await post("{ directorates { code name phone } }")).toBe("max-age=300, public");
    expect(await post("{ directorate(code: ICT) { code name(language: FR) } ombudsman { name } }")).toBe("max-age=300, public");
    expect(await post("{ directorates { code } }", await t.token(citizenOwner))).toBe("max-age=300, public");
  });

  it("a response with anything private in it is not cacheable", async () => {
    const token = await t.token(citizenOwner);
    expect(await post("{ directorates { code } myComplaints { id } }", token)).toBe("no-store");
    expect(await post("{ myComplaints { id directorate { code name } } }", token)).toBe("no-store");
  });
});
