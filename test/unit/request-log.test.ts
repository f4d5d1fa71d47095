import { bodyErrorCodes } from "../../lib/graphql/request-log";

describe("the request line's error codes from a response body (lib/graphql/request-log)", () => {
  it("the code of each error in order, INTERNAL_SERVER_ERROR for one without a code", () => {
    const body = JSON.stringify({ errors: [{ message: "a", extensions: { code: "FORBIDDEN" } }, { message: "b" }], data: null });
    expect(bodyErrorCodes(body)).toEqual(["FORBIDDEN", "INTERNAL_SERVER_ERROR"]);
  });

  it("none for a body without errors, even when its data says the word", () => {
    expect(bodyErrorCodes(JSON.stringify({ data: { directorates: [{ name: 'the "errors" we make' }] } }))).toEqual([]);
    expect(bodyErrorCodes(JSON.stringify({ data: { errors: "an alias" } }))).toEqual([]);
  });

  it("none for a body that is not JSON or was not sent at once", () => {
    expect(bodyErrorCodes('{"errors": [')).toEqual([]);
    expect(bodyErrorCodes(undefined)).toEqual([]);
  });
});
