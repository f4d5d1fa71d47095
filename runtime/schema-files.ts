import path from "node:path";
import { PROJECT_ROOT } from "../lib/platform/project-root";

/** The committed schemas `npm run compose` writes (schema/). Light to import: tests of the API read only these. */
const SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");

/** What the gateway serves from: the composed supergraph with federation's join directives. */
export const SUPERGRAPH_FILE = path.join(SCHEMA_DIR, "supergraph.graphql");

/** The client-facing API (the API of record): standalone SDL for client tooling, codegen and IDEs. */
export const API_SCHEMA_FILE = path.join(SCHEMA_DIR, "api.graphql");
