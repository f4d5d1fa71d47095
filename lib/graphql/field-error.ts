import type { GraphQLError } from "graphql";
import { badInput } from "../errors";

/**
 * A BAD_USER_INPUT about one input field found by a service rather than by
 * class-validator, in the same shape (`validationErrors`), so the client gets
 * the same `fields` list as for any other invalid field (createFormatError).
 * `path`: from the argument down, e.g. ["complainant", "postalAddress"].
 */
export function fieldError(path: string[], message: string): GraphQLError {
  const leaf = path[path.length - 1];
  const nested = path
    .slice(0, -1)
    .reduceRight((children: object[], property) => [{ property, children }], [{ property: leaf, constraints: { rule: message } }]);
  return badInput(message, { validationErrors: nested });
}
