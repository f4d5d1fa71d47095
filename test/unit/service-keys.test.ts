import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { keyFileName, readServiceKeys, serviceOfKeyId } from "../../lib/auth/service-keys";
import { ServiceTokens } from "../../lib/auth/service-tokens";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "ibz-keys-"));

/** Writes an Ed25519 pair as `<dir>/<name>.private.pem` / `.public.pem`. */
function pair(dir: string, name: string, { privateKey = true, publicKey = true } = {}) {
  const keys = generateKeyPairSync("ed25519");
  if (privateKey) fs.writeFileSync(path.join(dir, `${name}.private.pem`), keys.privateKey.export({ type: "pkcs8", format: "pem" }));
  if (publicKey) fs.writeFileSync(path.join(dir, `${name}.public.pem`), keys.publicKey.export({ type: "spki", format: "pem" }));
}

describe("service key file names", () => {
  it.each([
    ["gateway.public.pem", { service: "gateway", keyId: "gateway", kind: "public" }],
    ["gateway.private.pem", { service: "gateway", keyId: "gateway", kind: "private" }],
    ["intake.2027-01.public.pem", { service: "intake", keyId: "intake.2027-01", kind: "public" }],
    ["escalation.b_2.private.pem", { service: "escalation", keyId: "escalation.b_2", kind: "private" }],
    ["dev-issuer.private.pem", null],
    ["README", null],
  ])("%s", (name, expected) => expect(keyFileName(`/k/${name}`)).toEqual(expected));

  it("a service's .pem whose name does not parse is refused, naming it", () => {
    expect(() => keyFileName("/k/gateway.a.b.public.pem")).toThrow("/k/gateway.a.b.public.pem: not a service key file name");
    expect(() => keyFileName("/k/gateway.pem")).toThrow("/k/gateway.pem: not a service key file name");
  });

  it("the service of a key id is the part before the first dot", () => {
    expect([serviceOfKeyId("gateway"), serviceOfKeyId("gateway.2027")]).toEqual(["gateway", "gateway"]);
  });
});

describe("readServiceKeys", () => {
  let dir: string;
  beforeEach(() => (dir = tmp()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("signs with the one private key of the service, under its key id; verifies with every public key", () => {
    pair(dir, "gateway", { privateKey: false });
    pair(dir, "gateway.2027");
    pair(dir, "intake");
    const keys = readServiceKeys(dir, "gateway");
    expect(keys.signing.keyId).toBe("gateway.2027");
    expect([...keys.verifying.keys()].sort()).toEqual(["gateway", "gateway.2027", "intake"]);
  });

  it("refuses no private key, two private keys, and a private key whose public twin differs", () => {
    pair(dir, "intake");
    expect(() => readServiceKeys(dir, "gateway")).toThrow(`${path.join(dir, "gateway.private.pem")}: missing`);
    pair(dir, "gateway");
    pair(dir, "gateway.2027");
    expect(() => readServiceKeys(dir, "gateway")).toThrow("gateway has 2 private keys; keep only the one it signs with");
    fs.rmSync(path.join(dir, "gateway.private.pem"));
    pair(dir, "gateway.2027", { privateKey: false });
    expect(() => readServiceKeys(dir, "gateway")).toThrow(`${path.join(dir, "gateway.2027.private.pem")}: does not match the public key of the same id`);
  });
});

describe("ServiceTokens across a rotation", () => {
  it("a token signed with a new key is accepted once its public key is there, and refused once it is removed (reload)", async () => {
    const dir = tmp();
    pair(dir, "gateway");
    pair(dir, "intake");
    const gateway = await ServiceTokens.load(dir, "gateway", { generate: false });
    const intake = await ServiceTokens.load(dir, "intake", { generate: false, now: () => 0 });
    const old = await gateway.sign("intake", null);
    expect((await intake.verify(old, ["gateway"])).issuer).toBe("gateway");

    // The new pair is made; its public key goes out first, its private key stays aside until the switch.
    pair(dir, "gateway.2027");
    const later = fs.readFileSync(path.join(dir, "gateway.2027.private.pem"));
    fs.rmSync(path.join(dir, "gateway.2027.private.pem"));
    expect(intake.reload()).toEqual({ signing: "intake", verifying: ["gateway", "gateway.2027", "intake"] });
    fs.writeFileSync(path.join(dir, "gateway.2027.private.pem"), later);
    fs.rmSync(path.join(dir, "gateway.private.pem"));
    expect(gateway.reload().signing).toBe("gateway.2027");
    const fresh = await gateway.sign("intake", null);
    expect((await intake.verify(fresh, ["gateway"])).issuer).toBe("gateway");
    expect((await intake.verify(old, ["gateway"])).issuer).toBe("gateway");

    fs.rmSync(path.join(dir, "gateway.public.pem"));
    intake.reload();
    await expect(intake.verify(old, ["gateway"])).rejects.toThrow("token not signed by an accepted service");
    expect((await intake.verify(fresh, ["gateway"])).issuer).toBe("gateway");
    // A key id of another service is not the gateway's, whatever the token's issuer says.
    await expect(intake.verify(fresh, ["directorates"])).rejects.toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a key published beside a running process is found without a reload (at most one read a second); it switches nothing else", async () => {
    const dir = tmp();
    const elsewhere = tmp();
    pair(dir, "gateway");
    pair(dir, "intake");
    let clock = 0;
    const intake = await ServiceTokens.load(dir, "intake", { generate: false, now: () => clock });
    pair(elsewhere, "gateway.k2");
    const newGateway = await ServiceTokens.load(elsewhere, "gateway", { generate: false });
    const token = await newGateway.sign("intake", null);
    await expect(intake.verify(token, ["gateway"])).rejects.toThrow("token not signed by an accepted service");
    fs.copyFileSync(path.join(elsewhere, "gateway.k2.public.pem"), path.join(dir, "gateway.k2.public.pem"));
    // A second private key of intake in the directory: a reload would refuse it; the lookup only adds public keys.
    pair(dir, "intake.k9", { publicKey: false });
    clock = 500;
    await expect(intake.verify(token, ["gateway"])).rejects.toThrow("token not signed by an accepted service");
    clock = 1_000;
    expect((await intake.verify(token, ["gateway"])).issuer).toBe("gateway");
    expect(intake.keyIds()).toEqual({ signing: "intake", verifying: ["gateway", "gateway.k2", "intake"] });
    [dir, elsewhere].forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });
});
