import { callerClaims, callerFromClaims } from "../../lib/auth/caller";

describe("email_verified claim", () => {
  const base = { sub: "x", role: "citizen", email: "jo@example.be" };

  it("is read as providers send it (true or \"true\"), and only together with an email", () => {
    expect(callerFromClaims({ ...base, email_verified: true }).emailVerified).toBe(true);
    expect(callerFromClaims({ ...base, email_verified: "true" }).emailVerified).toBe(true);
    expect(callerFromClaims({ ...base, email_verified: false }).emailVerified).toBeUndefined();
    expect(callerFromClaims({ ...base }).emailVerified).toBeUndefined();
    expect(callerFromClaims({ sub: "x", role: "citizen", email_verified: true }).emailVerified).toBeUndefined();
    expect(() => callerFromClaims({ ...base, email_verified: 1 })).toThrow('claim "email_verified" must be a boolean');
  });

  it("survives the way back to claims (the gateway re-signs callers for the subgraphs)", () => {
    const caller = callerFromClaims({ ...base, email_verified: true });
    expect(callerClaims(caller)).toEqual({ ...base, email_verified: true });
    expect(callerFromClaims(callerClaims(caller))).toEqual(caller);
    expect(callerClaims(callerFromClaims(base))).toEqual(base);
  });
});
