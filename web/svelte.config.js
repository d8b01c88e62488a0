import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: vitePreprocess(),
  // Every component uses runes; the console pulls in no third-party .svelte components.
  compilerOptions: { runes: true },
};
