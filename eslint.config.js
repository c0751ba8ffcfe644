import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "app/generated/**",
      "prisma/generated/**",
      "node_modules/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The domain is pure: rules that know nothing of storage, HTTP or the server (decision 0018).
    files: ["app/domain/**/*.{ts,tsx}"],
    ignores: ["app/domain/**/*.test.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/services/**", "**/services/**", "~/routes/**", "~/components/**"],
              message:
                "Domain code is pure: services, routes and components depend on it, not the other way round.",
            },
            {
              group: ["@prisma/*", "~/generated/**", "**/generated/**"],
              message: "Domain code knows nothing of the database.",
            },
            {
              group: ["@remix-run/*", "react", "react-dom"],
              message: "Domain code knows nothing of HTTP or the page.",
            },
            { group: ["node:*"], message: "Domain code runs in the browser too: no Node modules." },
          ],
        },
      ],
    },
  },
  {
    // Components render what a loader gave them; they may name a service's types, never call it.
    files: ["app/components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/services/**", "**/services/**"],
              allowTypeImports: true,
              message: "Components import services for their types only (import type).",
            },
          ],
        },
      ],
    },
  },
  {
    // Routes enter a record through its require<Record>(request, params, action), which loads it
    // under its parent in the address and asks can(); never a bare permission check (decision 0019).
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "~/services/access/permissions.server",
              importNames: ["requirePermission"],
              message:
                "Use the record's require…(request, params, action) entry point (requireFunder, requireScheme, requireApplication…).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      "react/prop-types": "off",
    },
  },
);
