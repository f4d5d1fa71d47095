import { decodeConsistencyToken, encodeConsistencyToken } from "../../gateway/consistency-token";
import { advancePositions, parsePositions, positionsFrom } from "../../lib/events/positions";

describe("the consistency token and feed positions", () => {
  it("round-trips the positions and is opaque: a version, then base64url", () => {
    const token = encodeConsistencyToken({ intake: 12, directorates: 7 });
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeConsistencyToken(token)).toEqual({ intake: 12, directorates: 7 });
    expect(decodeConsistencyToken(encodeConsistencyToken({}))).toEqual({});
  });

  it("reads nothing from what is not a token, and drops what is not a known producer's valid position", () => {
    const b64 = (v: unknown) => "1." + Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const bad of [undefined, "", "garbage", "1.", "1.%%%", "2." + b64({ intake: 1 }).slice(2), "1." + "A".repeat(300), ["1.e30", "1.e30"]]) {
      expect(decodeConsistencyToken(bad)).toEqual({});
    }
    expect(decodeConsistencyToken(b64([1, 2]))).toEqual({});
    expect(decodeConsistencyToken(b64({ intake: -1, directorates: 1.5, escalation: "3", other: 4, __proto__: 5 }))).toEqual({});
    expect(decodeConsistencyToken(b64({ intake: 2_147_483_648, directorates: 2_147_483_647 }))).toEqual({ directorates: 2_147_483_647 });
    expect(parsePositions('{"escalation": 3, "intake": 0}')).toEqual({ escalation: 3 });
    expect(parsePositions("{not json")).toEqual({});
    expect(positionsFrom(null)).toEqual({});
  });

  it("positions only move forward", () => {
    const positions = { intake: 5, directorates: 9 };
    expect(advancePositions(positions, { intake: 3, directorates: 10, escalation: 1 })).toEqual({ intake: 5, directorates: 10, escalation: 1 });
  });
});
