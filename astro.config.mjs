// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { frenchTypography } from './src/integrations/french-typography.ts';
import { glossaryAbbreviations } from './src/integrations/glossary-abbr.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap(), frenchTypography(), glossaryAbbreviations()],
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
