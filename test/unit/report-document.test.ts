import { csvField } from "../../gateway/reports/csv";
import { REPORT_CSP } from "../../gateway/reports/html";
import { REPORT_LABELS, fill } from "../../gateway/reports/labels";
import { barChart, escapeXml, stackedChart } from "../../gateway/reports/svg";

describe("the printable annual report's pure parts", () => {
  it('CSV fields: quoted when they hold ; " or a line break; formulas defused', () => {
    expect(csvField(12)).toBe("12");
    expect(csvField(null)).toBe("");
    expect(csvField("Stafdienst ICT")).toBe("Stafdienst ICT");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField("+32 2 500 21 11")).toBe("'+32 2 500 21 11");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe("-3");
  });

  it("SVG and HTML text is escaped; every bar carries its number as text and data-value", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    const svg = barChart("t", "T", [
      { key: "A", label: "<script>", value: 3 },
      { key: "B", label: "B", value: 0 },
    ]);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain('data-key="A" data-value="3"');
    expect(svg).toMatch(/<text class="value" data-key="A"[^>]*>3<\/text>/);
    expect(svg).toMatch(/<text class="value" data-key="B"[^>]*>0<\/text>/);
    const long = barChart("t", "T", [{ key: "L", label: "x".repeat(80), value: 1 }]);
    expect(long).toContain(`<title>${"x".repeat(80)}</title>`);
    const stacked = stackedChart("s", "S", [{ key: "answers", label: "Answers", segments: [{ key: "late", label: "Late", value: 2, colour: "#000" }] }]);
    expect(stacked).toContain('data-key="answers.late" data-value="2"');
  });

  it("the CSP allows nothing but the document's own style", () => {
    expect(REPORT_CSP).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/,
    );
  });

  it("every language has every label, twelve months, and fills its placeholders", () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const labels of Object.values(REPORT_LABELS)) {
      expect(keys(labels)).toEqual(keys(REPORT_LABELS.nl));
      expect(labels.months).toHaveLength(12);
      expect(keys(labels.categories)).toEqual(["APPLICATION_OF_LEGISLATION", "OFFICIAL_CONDUCT", "SERVICE_OR_PRODUCT", "SERVICE_QUALITY"]);
      expect(keys(labels.statuses)).toEqual(["DONE", "DROPPED", "IN_PROGRESS", "PLANNED"]);
      expect(fill(labels.title, { year: 2026 })).toContain("2026");
    }
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
