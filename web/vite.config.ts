import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The console is a static single-page app. `vite build web` (npm run build:web at the repo root) writes it
// to web/dist, which the edge serves on Lanyard's one origin for /, /sign-in, /sign-up and /home.
export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
