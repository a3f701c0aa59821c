/** @type {import("prettier").Config} */
const config = { printWidth: 110, semi: true, singleQuote: false, trailingComma: "all" };
export default config;
