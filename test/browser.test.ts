import type { Page } from "playwright-core";
import { citizenOwner, fileInput, otherCitizen } from "./helpers/callers";
import { describeInBrowser, recordRequests, staticPage, useBrowser } from "./helpers/browser";
import { startTestStack, type TestStack } from "./helpers/stack";

const FILE = "mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference status } }";
const READ = "query($id: ID!) { complaint(id: $id) { reference subject status } }";
const MINE = "{ myComplaintPage(first: 5) { totalCount items { reference } } }";

/** A front-end's page: `gql` POSTs an operation to the gateway with a bearer token, as an app on its own origin would. */
const FRONT_END = `<!doctype html><html><head><meta charset="utf-8"><title>front-end</title><script>
async function gql(url, token, query, variables) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer " + token },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, requestId: res.headers.get("x-request-id"), body: await res.json() };
}
</script></head><body></body></html>`;

type Gql = { status: number; requestId: string | null; body: { data?: any; errors?: unknown[] } };

/** Runs `gql` in the page (the page's origin, the browser's CORS rules); a refused fetch comes back as "Error name: message". */
function gqlIn(page: Page, url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Gql | string> {
  return page.evaluate(
    ([url, token, query, variables]) =>
      (window as any).gql(url, token, query, variables).catch((e: Error) => `${e.name}: ${e.message}`) as Promise<Gql | string>,
    [url, token, query, variables] as const,
  );
}

describeInBrowser("the gateway in Chromium [sqlite]", () => {
  const browser = useBrowser();
  let t: TestStack;
  let allowed: Awaited<ReturnType<typeof staticPage>>;
  let other: Awaited<ReturnType<typeof staticPage>>;

  beforeAll(async () => {
    allowed = await staticPage(FRONT_END);
    other = await staticPage(FRONT_END);
    t = await startTestStack("sqlite", { env: { CORS_ORIGINS: allowed.origin } });
  });
  afterAll(async () => {
    await t?.stop();
    await allowed?.close();
    await other?.close();
  });

  const open = async (origin: string) => {
    const page = await browser().newPage();
    await page.goto(`${origin}/`);
    return page;
  };

  it("a page on an allowed origin files a complaint and reads it back with a bearer token", async () => {
    expect(new URL(allowed.origin).origin).not.toBe(new URL(t.url).origin);
    const page = await open(allowed.origin);
    const token = await t.token(citizenOwner);
    const filed = (await gqlIn(page, `${t.url}/`, token, FILE, { i: fileInput() })) as Gql;
    expect(filed.status).toBe(200);
    expect(filed.body.errors).toBeUndefined();
    // Readable only because the gateway exposes it (Access-Control-Expose-Headers).
    expect(filed.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const { id, reference } = filed.body.data.fileComplaint;

    const read = (await gqlIn(page, `${t.url}/`, token, READ, { id })) as Gql;
    expect(read.body).toEqual({ data: { complaint: { reference, subject: fileInput().subject, status: filed.body.data.fileComplaint.status } } });
    await page.close();
  });

  it("the same page on an origin not in CORS_ORIGINS is refused by the browser, and nothing is filed", async () => {
    const page = await open(other.origin);
    const refused = await gqlIn(page, `${t.url}/`, await t.token(otherCitizen), FILE, { i: fileInput() });
    expect(refused).toBe("TypeError: Failed to fetch");
    await page.close();
    expect((await t.query(MINE, {}, otherCitizen)).data).toEqual({ myComplaintPage: { totalCount: 0, items: [] } });
  });

  it("the development explorer loads from 127.0.0.1 only and runs a query with the pasted token", async () => {
    const explorerCitizen = { ...citizenOwner, sub: "explorer-citizen" };
    const filed = await t.query(FILE, { i: fileInput() }, explorerCitizen);
    const reference = filed.data?.fileComplaint.reference as string;

    const page = await browser().newPage();
    const urls = recordRequests(page);
    const problems: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    page.on("pageerror", (e) => void problems.push(e.message));
    await page.goto(`${t.url}/`);
    await page.fill("#token", await t.token(explorerCitizen));
    // GraphiQL's editors are CodeMirror 5 editors, which hang themselves on their elements.
    const responsePane = () =>
      document.querySelector<Element & { CodeMirror: { getValue(): string } }>(".graphiql-response .CodeMirror")?.CodeMirror.getValue();
    const posts: { body: string; consistency?: string; answered?: string }[] = [];
    page.on("requestfinished", (r) => {
      if (r.method() !== "POST") return;
      void r
        .response()
        .then((res) =>
          posts.push({ body: r.postData() ?? "", consistency: r.headers()["x-consistency-token"], answered: res?.headers()["x-consistency-token"] }),
        );
    });
    const posted = async (text: string) => {
      for (let i = 0; i < 100 && !posts.some((p) => p.body.includes(text)); i++) await new Promise((r) => setTimeout(r, 50));
      return posts.find((p) => p.body.includes(text))!;
    };
    const run = async (operation: string) => {
      await page.click(".graphiql-query-editor .CodeMirror");
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Delete");
      await page.keyboard.insertText(operation);
      const before = await page.evaluate(responsePane);
      await page.click(".graphiql-execute-button");
      await page.waitForFunction(
        (previous) => {
          const pane = document.querySelector<Element & { CodeMirror: { getValue(): string } }>(".graphiql-response .CodeMirror")?.CodeMirror.getValue();
          return pane && pane !== previous && pane;
        },
        before,
        { timeout: 15_000 },
      );
      return JSON.parse((await page.evaluate(responsePane)) as string) as unknown;
    };
    expect(await run(MINE)).toEqual({ data: { myComplaintPage: { totalCount: 1, items: [{ reference }] } } });

    // A change, then a read: the read carries the token the change's response gave (read-your-writes, docs/api.md).
    const id = filed.data?.fileComplaint.id as string;
    expect(await run(`mutation { withdrawComplaint(id: "${id}") { status } }`)).toEqual({ data: { withdrawComplaint: { status: "WITHDRAWN" } } });
    expect(await run(`{ complaint(id: "${id}") { status } }`)).toEqual({ data: { complaint: { status: "WITHDRAWN" } } });
    const change = await posted("withdrawComplaint");
    const read = await posted("complaint(id");
    expect(change.answered).toMatch(/\S/);
    expect(read.consistency).toBe(change.answered);

    const hosts = new Set(urls.filter((u) => !u.startsWith("data:")).map((u) => new URL(u).hostname));
    expect([...hosts]).toEqual(["127.0.0.1"]);
    expect(urls).toEqual(expect.arrayContaining([`${t.url}/explorer/graphiql.min.js`, `${t.url}/explorer/react-dom.production.min.js`]));
    expect(problems).toEqual([]);
    await page.close();
  });
});
