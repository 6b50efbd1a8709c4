// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { wikiLinks } from './src/plugins/wiki-links.ts';
import { markdownFeatures } from './src/lib/wiki/scan.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { fastTocQuery } from './src/plugins/starlight-toc-query.ts';
import { KINDS, KIND_FOLDERS, KIND_LABELS } from './src/schema.ts';

/** The repository that "Edit this page" points at. Netlify sets REPOSITORY_URL during its builds. */
const repository = process.env.REPOSITORY_URL ?? 'https://github.com/distributed-systems-field-guide/field-guide';
/** The deployed origin: Netlify's URL in deploys, the local server otherwise (used by the sitemap). */
const site = process.env.URL ?? 'http://localhost:4321';

/**
 * Astro's own MDX output trips rolldown's MODULE_LEVEL_DIRECTIVE warning on every page
 * (withastro/astro#18087, open); it is harmless, and hundreds of copies would hide real warnings.
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectWarning() {
  return {
    name: 'field-guide:quiet-head-inject-warning',
    configEnvironment() {
      return {
        build: {
          rolldownOptions: {
            onLog(level, log, handler) {
              if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
              handler(level, log);
            },
          },
        },
      };
    },
  };
}

/**
 * Broken wiki links fail every build. The dev server only marks them (red, with the reason on
 * hover) so a page can be drafted; WIKI_LINKS=warn does the same for a draft build.
 */
const lenientLinks = process.argv.includes('dev') || process.env.WIKI_LINKS === 'warn';

export default defineConfig({
  site,
  // fastTocQuery: Starlight's "On this page" highlighter without its slow `:has()` query (see the file).
  vite: { plugins: [quietHeadInjectWarning(), fastTocQuery()] },
  // Starlight prefetches every link on hover, and the hover strategy walks every link of the page
  // at load (a long task on a slow phone, measured with Lighthouse). A tap or click still
  // prefetches, from one document listener.
  prefetch: { prefetchAll: true, defaultStrategy: 'tap' },
  markdown: {
    processor: satteri({ features: { ...markdownFeatures }, mdastPlugins: [wikiLinks({ strict: !lenientLinks })] }),
  },
  integrations: [
    starlight({
      title: 'Distributed Systems Field Guide',
      // A PNG, not an SVG: Chrome fetches the favicon again after every history.replaceState (each
      // run writes its values to the URL), and decoding an SVG favicon costs the main thread a
      // document of its own each time. The PNG is src/assets/favicon.svg drawn at 64 px.
      favicon: '/favicon.png',
      description:
        'How large distributed systems are really built: a wiki, a curated library and simulations you can run.',
      editLink: { baseUrl: `${repository}/edit/main/` },
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/custom.css'],
      // Asides (:::note), heading anchors and RTL code support for pages in the top-level content/.
      markdown: { processedDirs: ['./content'] },
      components: {
        PageTitle: './src/overrides/PageTitle.astro',
        MarkdownContent: './src/overrides/MarkdownContent.astro',
        Head: './src/overrides/Head.astro',
        // Starlight's sidebar with its two inline scripts valid HTML (no aria-hidden on <script>; see the file).
        Sidebar: './src/overrides/Sidebar.astro',
      },
      // Our own content/404.mdx is the 404 page; Starlight's built-in route would clash with it.
      disable404Route: true,
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'Link graph', link: '/graph/' },
        ...KINDS.map((kind) => ({
          label: KIND_LABELS[kind].many,
          collapsed: true,
          items: [{ autogenerate: { directory: `content/${KIND_FOLDERS[kind]}` } }],
        })),
      ],
    }),
    mdx(),
    preact(),
    // After starlight(): writes /sw.js once Pagefind's index exists (offline reading).
    serviceWorker(),
  ],
});
