import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the screens' operations, generated from the API of record:
 * `npm run codegen` writes operations/generated/; test/typed-operations.test.ts fails when the committed files are stale.
 */
const config: CodegenConfig = {
  schema: "schema/api.graphql",
  documents: ["operations/**/*.graphql"],
  generates: {
    "operations/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      // Plain strings with their types: a front-end sends them with fetch, no GraphQL client or graphql-js needed.
      config: {
        documentMode: "string",
        onlyOperationTypes: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", CalendarDate: "string", JSONObject: "Record<string, unknown>" },
        useTypeImports: true,
        strictScalars: true,
      },
    },
  },
};

export default config;
