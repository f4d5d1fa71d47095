import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLNamedType } from "graphql";
import { apiSchema } from "../helpers/api-schema";

/** Every name of `type` a client sees that has no description: the type, its fields and their arguments, input fields, enum values. */
function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const need = (name: string, description: string | null | undefined) => void (description?.trim() ? null : missing.push(name));
  need(type.name, type.description);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      need(`${type.name}.${field.name}`, field.description);
      for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
    }
  }
  if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
  if (isEnumType(type)) for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  return missing;
}

describe("schema/api.graphql is documented", () => {
  it("describes every type, field, argument, input field and enum value (built-in scalars and introspection types excepted)", () => {
    const types = Object.values(apiSchema().getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));
    expect(types.length).toBeGreaterThan(40);
    expect(types.flatMap(undocumented)).toEqual([]);
  });
});
