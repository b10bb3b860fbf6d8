/** The one Prettier config of the repository; Svelte files go through prettier-plugin-svelte. */
export default {
  singleQuote: true,
  printWidth: 110,
  trailingComma: 'all',
  plugins: [import.meta.resolve('prettier-plugin-svelte')],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
