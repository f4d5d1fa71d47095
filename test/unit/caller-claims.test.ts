import { callerClaims, callerFromClaims } from "../../lib/auth/caller";

describe("callerFromClaims", () => {
  it("a citizen, a central-service agent and a coordinator with their directorate; optional profile claims kept", () => {
    expect(callerFromClaims({ sub: "c-1", role: "citizen" })).toEqual({ sub: "c-1", role: "citizen" });
    expect(callerFromClaims({ sub: "s-1", role: "central-service", name: "Els", email: "els@ibz.be", locale: "nl-BE" })).toEqual({
      sub: "s-1",
      role: "central-service",
      name: "Els",
      email: "els@ibz.be",
      locale: "nl-BE",
    });
    expect(callerFromClaims({ sub: "k-1", role: "coordinator", directorate: "ICT", iss: "x", exp: 1 })).toEqual({
      sub: "k-1",
      role: "coordinator",
      directorate: "ICT",
    });
  });

  it.each([
    [{ role: "citizen" }, 'claim "sub" is required'],
    [{ sub: "", role: "citizen" }, 'claim "sub" is required'],
    [{ sub: "x".repeat(201), role: "citizen" }, 'claim "sub" is required'],
    [{ sub: 42, role: "citizen" }, 'claim "sub" is required'],
    [{ sub: "a" }, 'claim "role" must be one of citizen, coordinator, central-service'],
    [{ sub: "a", role: "admin" }, 'claim "role" must be one of citizen, coordinator, central-service'],
    [{ sub: "a", role: ["citizen"] }, 'claim "role" must be one of citizen, coordinator, central-service'],
    [{ sub: "a", role: "coordinator" }, 'a coordinator needs a valid "directorate" claim'],
    [{ sub: "a", role: "coordinator", directorate: "NOWHERE" }, 'a coordinator needs a valid "directorate" claim'],
    [{ sub: "a", role: "citizen", directorate: "ICT" }, 'only coordinators carry a "directorate" claim'],
    [{ sub: "a", role: "central-service", directorate: null }, 'only coordinators carry a "directorate" claim'],
    [{ sub: "a", role: "citizen", name: 7 }, 'claim "name" must be a string'],
    [{ sub: "a", role: "citizen", email: "e".repeat(501) }, 'claim "email" must be a string'],
    [{ sub: "a", role: "citizen", locale: null }, 'claim "locale" must be a string'],
  ])("refuses %j: %s", (claims, message) => {
    expect(() => callerFromClaims(claims as Record<string, unknown>)).toThrow(new Error(message));
  });

  it("the longest accepted values: sub of 200, profile claims of 500 characters", () => {
    const caller = callerFromClaims({ sub: "s".repeat(200), role: "citizen", name: "n".repeat(500) });
    expect([caller.sub.length, caller.name?.length]).toEqual([200, 500]);
  });
});

describe("email_verified claim", () => {
  const base = { sub: "x", role: "citizen", email: "jo@example.be" };

  it('is read as providers send it (true or "true"), and only together with an email', () => {
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
