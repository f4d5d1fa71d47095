import { DATABASE_KINDS } from "./helpers/databases";
import { citizenOwner, fileInput } from "./helpers/callers";
import { START, useTestStack } from "./helpers/stack";

describe.each(DATABASE_KINDS)("whole stack over HTTP [%s]", (kind) => {
  const t = useTestStack(kind);

  it("files a complaint through the gateway and reads it back with its directorate resolved by the directorates subgraph", async () => {
    const filed = await t.query(
      `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id reference status receivedAt acknowledgementDueAt answerDueAt } }`,
      { input: fileInput() },
      citizenOwner,
    );
    expect(filed.errors).toBeUndefined();
    const { id, reference, status, receivedAt, acknowledgementDueAt, answerDueAt } = filed.data!.fileComplaint;
    expect(reference).toBe("IBZ-2026-000001");
    expect(status).toBe("RECEIVED");
    expect(receivedAt).toBe(START);
    expect(acknowledgementDueAt).toBe("2026-03-09T22:59:59.999Z"); // art. 1.7 Civil Code: the end of the 7th day, Brussels time
    expect(answerDueAt).toBe("2026-04-01T21:59:59.999Z");

    const read = await t.query(
      `query($id: ID!) { complaint(id: $id) { id reference subject complainant { name email } directorate { code name phone } } }`,
      { id },
      citizenOwner,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.complaint).toEqual({
      id,
      reference,
      subject: "No answer to my letters",
      complainant: { name: "An Peeters", email: "an@example.be" },
      directorate: { code: "IMMIGRATION_OFFICE", name: "Algemene Directie Dienst Vreemdelingenzaken", phone: "02 793 80 00" },
    });
  });

  it("answers /health on every subgraph with 200 while its database answers", async () => {
    for (const running of Object.values(t.stack.subgraphs)) {
      const res = await fetch(`${running.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok" });
    }
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it("numbers the year's complaints consecutively", async () => {
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await t.query(`mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { reference } }`, { input: fileInput() }, citizenOwner);
      refs.push(r.data!.fileComplaint.reference);
    }
    expect(refs).toEqual(["IBZ-2026-000002", "IBZ-2026-000003", "IBZ-2026-000004"]);
  });
});
