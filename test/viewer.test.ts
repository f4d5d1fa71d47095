import type { Caller } from "../lib/auth/caller";
import { DirectorateCode } from "../lib/domain/enums";
import { useTestStack } from "./helpers/stack";

const VIEWER = `{ viewer { sub role directorate { code name(language: FR) } name locale } }`;

describe("viewer: the caller as the API sees them, through the gateway", () => {
  const t = useTestStack();

  const post = async (as?: Caller) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (as) headers.authorization = `Bearer ${await t.token(as)}`;
    const res = await fetch(`${t.url}/`, { method: "POST", headers, body: JSON.stringify({ query: VIEWER }) });
    return { cacheControl: res.headers.get("cache-control"), body: await res.json() };
  };

  it("carries the optional name and locale claims to the subgraph, and resolves a coordinator's directorate", async () => {
    const coordinator: Caller = {
      sub: "coord-fr",
      role: "coordinator",
      directorate: DirectorateCode.IMMIGRATION_OFFICE,
      name: "Claire Dubois",
      locale: "fr-BE",
    };
    const r = await post(coordinator);
    expect(r.body).toEqual({
      data: {
        viewer: {
          sub: "coord-fr",
          role: "COORDINATOR",
          directorate: { code: "IMMIGRATION_OFFICE", name: "Direction générale Office des étrangers" },
          name: "Claire Dubois",
          locale: "fr-BE",
        },
      },
    });
    // Who is asking differs per caller: never kept by a shared cache.
    expect(r.cacheControl).toBe("no-store");
  });

  it("is null, not an error, without a token", async () => {
    const r = await post();
    expect(r.body).toEqual({ data: { viewer: null } });
    expect(r.cacheControl).toBe("no-store");
  });
});
