// ESLint for the admin SPA's scripts and the reference site's: plain browser scripts (no
// modules, no build step). The SPA's share the `App` namespace and the vendored globals
// (js/templates.js is generated); the site's run beside Material for MkDocs' bundle.
import js from "@eslint/js";
import globals from "globals";

const RULES = {
  ...js.configs.recommended.rules,
  "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
  eqeqeq: ["error", "always"],
  "no-implicit-globals": "error",
  strict: ["error", "function"],
  "no-var": "error",
  "prefer-const": "error",
};

export default [
  { ignores: ["frontend/js/templates.js", "frontend/vendor/**", "**/node_modules/**"] },
  {
    files: ["frontend/js/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser, $: "readonly", jQuery: "readonly", Handlebars: "readonly", bootstrap: "readonly" },
    },
    rules: RULES,
  },
  {
    files: ["docs-site/docs/javascripts/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: RULES,
  },
];
