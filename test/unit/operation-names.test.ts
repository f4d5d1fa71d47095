import { Metrics } from "../../lib/platform/metrics";
import { knownOperationNames, operationNamesIn } from "../../lib/platform/operation-names";
import { docFiles, readDoc } from "../helpers/docs";

describe("operation names that metrics label by", () => {
  const known = knownOperationNames(["Configured"]);

  it("are those of operations/ plus the configured ones", () => {
    expect([...known]).toEqual(expect.arrayContaining(["FileComplaint", "Inbox", "AnswerComplaint", "DecideEscalation", "Viewer", "Configured"]));
  });

  it("an invented name, however many, is `other`; a subgraph fetch counts under its operation's name", () => {
    const metrics = new Metrics("gateway", known);
    expect(Array.from({ length: 1000 }, (_, i) => metrics.operationLabel(`Flood${i}`)).every((l) => l === "other")).toBe(true);
    expect(metrics.operationLabel("FileComplaint")).toBe("FileComplaint");
    expect(metrics.operationLabel("FileComplaint__intake__0")).toBe("FileComplaint");
    expect(metrics.operationLabel("Flood__intake__0")).toBe("other");
    expect(metrics.operationLabel(undefined)).toBe("anonymous");
  });

  it("every operation the documentation names is one of them, so its examples are counted by name", () => {
    const codeBlocks = (markdown: string) => [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]).join("\n");
    const named = docFiles().flatMap((file) => operationNamesIn(codeBlocks(readDoc(file))).map((name) => `${file}: ${name}`));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((entry) => !known.has(entry.split(": ")[1]))).toEqual([]);
  });
});
