// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { publicBaseUrl } from './src/lib/publication.ts';
import { postBuild } from './src/integrations/post-build.ts';

// The public URL, when src/site.config.ts gives one. Without it there is no sitemap (it needs
// absolute addresses) and no canonical link: nothing points to a made-up domain.
const site = publicBaseUrl(siteConfig) ?? undefined;

export default defineConfig({
  site,
  // A build from another content folder (tests/build/new-sheet.test.ts) keeps its own cache.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Sheets are rendered by their content loader (src/loaders/sheet-loader.ts): no MDX integration.
  // postBuild() last: typography, table headers, Pagefind index, offline edition, server files (src/integrations/post-build.ts).
  integrations: [...(site ? [sitemap()] : []), postBuild()],
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
});
