// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { postBuild } from './src/integrations/post-build.ts';

export default defineConfig({
  site: siteConfig.url,
  // A build from another content folder (tests/build/new-sheet.test.ts) keeps its own cache.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // postBuild() last: typography, Pagefind index, offline edition (src/integrations/post-build.ts).
  integrations: [mdx(), sitemap(), postBuild()],
  prefetch: false,
  // No code blocks in the sheets: skip Shiki (faster builds, and its inline styles would need 'unsafe-inline').
  markdown: { syntaxHighlight: false },
  security: {
    // Content-Security-Policy as a <meta> tag with hashes of Astro's own scripts and styles.
    // Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (no 'unsafe-inline', no 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Known Astro issue: every MDX entry emits this harmless directive warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
