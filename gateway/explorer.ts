import fs from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Route } from "../lib/platform/http-routes";
import type { Logger } from "../lib/platform/logger";
import { PROJECT_ROOT } from "../lib/platform/project-root";

const OWN_FILES = path.join(PROJECT_ROOT, "gateway", "explorer");
export const EXPLORER_PATH = "/explorer/";

/** What the explorer page loads, by name under /explorer/: GraphiQL and React from node_modules (UMD builds), and our own script and style. */
const ASSETS: Record<string, { file: () => string; type: string }> = {
  "graphiql.min.js": { file: () => packageFile("graphiql", "graphiql.min.js"), type: "text/javascript" },
  "graphiql.min.css": { file: () => packageFile("graphiql", "graphiql.min.css"), type: "text/css" },
  "react.production.min.js": { file: () => packageFile("react", "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.production.min.js": { file: () => packageFile("react-dom", "umd/react-dom.production.min.js"), type: "text/javascript" },
  "explorer.js": { file: () => path.join(OWN_FILES, "explorer.js"), type: "text/javascript" },
  "explorer.css": { file: () => path.join(OWN_FILES, "explorer.css"), type: "text/css" },
};

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** The development explorer: its page (the landing page) and the routes of its assets, read once. */
export interface Explorer {
  html: string;
  routes: Route[];
}

/**
 * GraphiQL with no host but the gateway: every file comes from this project and its devDependencies.
 * Without them (installed with --omit=dev) there is no explorer, and a warning says why.
 */
export function loadExplorer(log: Logger): Explorer | null {
  try {
    const html = fs.readFileSync(path.join(OWN_FILES, "index.html"), "utf8");
    return { html, routes: Object.entries(ASSETS).map(([name, asset]) => assetRoute(name, fs.readFileSync(asset.file()), asset.type)) };
  } catch (err) {
    log.warn({ reason: (err as Error).message }, "no explorer: GraphiQL and React are devDependencies (npm install without --omit=dev)");
    return null;
  }
}

function assetRoute(name: string, body: Buffer, type: string): Route {
  const headers = { "content-type": `${type}; charset=utf-8`, "content-length": String(body.length), "cache-control": "no-cache" };
  return {
    paths: [`${EXPLORER_PATH}${name}`],
    method: "GET",
    handle: async (_req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    },
  };
}

/** Apollo Server's landing page (GET / or /graphql asking for HTML) becomes the explorer page. */
export function explorerLandingPage(html: string): ApolloServerPlugin<BaseContext> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
