import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

/** The project's documentation: README.md and every docs/*.md, as paths relative to the project root. */
export function docFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(PROJECT_ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs];
}

export const readDoc = (file: string): string => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");

/** The Markdown with its fenced code blocks blanked out (their lines kept, so line numbers stay right). */
export const withoutCodeBlocks = (markdown: string): string => markdown.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ""));
