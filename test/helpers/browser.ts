import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's package (`apt-get install chromium`, as .ci/run does); playwright's own download does not work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * `describe` for suites that need a real browser. Without Chromium the suite is skipped with a
 * message, except under CI=true, where it fails: CI must never pass without running it.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, suite);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`CI=true but there is no browser at ${CHROMIUM}: install the Debian package chromium (.ci/run does) or set CHROMIUM_PATH`);
      });
    });
  } else {
    console.warn(`SKIPPED "${name}": no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH); under CI=true this fails`);
    describe.skip(name, suite);
  }
}

/** One headless Chromium for a suite: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not launched yet");
    return browser;
  };
}

/** Every URL the page asks for (documents, scripts, styles, fetches), to check where it went. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => void urls.push(request.url()));
  return urls;
}

/** A server for a static page on 127.0.0.1 (another origin than the gateway's), reached as http://localhost:<port>. */
export async function staticPage(html: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
