import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Route handlers, CLI commands and fixtures implement async interfaces without always awaiting.
      "@typescript-eslint/require-await": "off",
      // False positives on destructured Playwright fixtures and Prisma delegates.
      "@typescript-eslint/unbound-method": "off",
      // Configuration is read in one place (lib/env.ts), validated, and documented in .env.example.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts." },
      ],
    },
  },
  {
    files: ["lib/env.ts", "**/*.test.ts", "tests/**", "e2e/**", "playwright.config.ts", "prisma.config.ts", "scripts/**", "simulator/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Playwright's fixture callback is named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
