import fs from "node:fs";
import path from "node:path";

/**
 * The project's folder (the one holding package.json), found from this file's
 * place so that the same code works from the source tree (unit tests) and
 * from dist/ (the servers and the stack tests).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
