import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/platform/project-root";
import { anchors, docFiles, readDoc, withoutCodeBlocks } from "../helpers/docs";

/** Every inline link target of a Markdown file, outside code blocks and code spans. */
const linkTargets = (markdown: string): string[] =>
  [
    ...withoutCodeBlocks(markdown)
      .replace(/`[^`\n]*`/g, "")
      .matchAll(/\]\(([^)\s]+)\)/g),
  ].map((m) => m[1]);

/** Why `target`, linked from `file`, does not resolve; null when it does. */
function brokenLink(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const [linked, anchor] = target.split("#", 2);
  const absolute = linked ? path.resolve(PROJECT_ROOT, path.dirname(file), linked) : path.join(PROJECT_ROOT, file);
  const inside = path.relative(PROJECT_ROOT, absolute);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return "points outside the repository";
  if (!fs.existsSync(absolute)) return "no such file";
  if (anchor === undefined) return null;
  if (!absolute.endsWith(".md")) return "an anchor into a file that is not Markdown";
  return anchors(fs.readFileSync(absolute, "utf8")).has(anchor) ? null : `no heading for #${anchor}`;
}

describe("links in README.md and docs/", () => {
  it("documentation lives in README.md and docs/*.md", () => {
    expect(docFiles()).toEqual(expect.arrayContaining(["README.md", "docs/procedure.md", "docs/api.md"]));
  });

  it.each(docFiles())("every relative link and #anchor of %s resolves inside the repository", (file) => {
    const targets = linkTargets(readDoc(file));
    expect(targets.length).toBeGreaterThan(0);
    const broken = targets.map((target) => ({ target, problem: brokenLink(file, target) })).filter((link) => link.problem);
    expect(broken).toEqual([]);
  });

  it("builds GitHub's anchors, and finds broken links", () => {
    expect([...anchors("# Operations: health, readiness, metrics, logs\n## Gateway → subgraph and feed tokens\n## `npm test`\n## A\n## A")]).toEqual([
      "operations-health-readiness-metrics-logs",
      "gateway--subgraph-and-feed-tokens",
      "npm-test",
      "a",
      "a-1",
    ]);
    expect(brokenLink("README.md", "../shared/DESIGN.md")).toBe("points outside the repository");
    expect(brokenLink("docs/api.md", "../../shared/DESIGN.md")).toBe("points outside the repository");
    expect(brokenLink("docs/api.md", "spec/contract.graphql")).toBe("no such file");
    expect(brokenLink("docs/api.md", "../spec/contract.graphql#x")).toBe("an anchor into a file that is not Markdown");
    expect(brokenLink("docs/api.md", "procedure.md#no-such-heading")).toBe("no heading for #no-such-heading");
    expect(brokenLink("docs/api.md", "#the-schema")).toBeNull();
    expect(linkTargets("[a](x.md)\n```\n[b](y.md)\n```\n`[c](z.md)`")).toEqual(["x.md"]);
  });
});
