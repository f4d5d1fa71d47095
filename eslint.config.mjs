// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "data/", "coverage/", "node_modules/", "eslint.config.mjs", "operations/generated/"] },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Inline `type` marks and `import type` are both accepted; the fix marks the name in place.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Off: Apollo Server's plugin hooks and the verifier/token callbacks we hand to our own code are
      // typed to return a Promise, and `async` is the plain way to write one; a missing await is still
      // caught where it matters by no-floating-promises, no-misused-promises and await-thenable.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Relaxed in tests only: a test reads GraphQL and HTTP JSON responses as `Record<string, any>`
    // (test/helpers/stack.ts GraphQLResult) and checks their shape with expect(); typing every
    // response would double the test code without catching more.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  // Last: turns off the stylistic rules that Prettier owns.
  prettier,
);
