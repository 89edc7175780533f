/**
 * `npm run preview:nginx`: serves dist/ with Debian's nginx and the generated production
 * configuration (dist-server/nginx/) on 127.0.0.1, to look at the site as it will be served
 * (headers, compression, 404). Port: PORT, or a free one. Ctrl-C stops nginx.
 */
import { resolve } from 'node:path';
import { startNginx } from './lib/nginx';

const ROOT = resolve(import.meta.dirname, '..');
try {
  const nginx = await startNginx({
    root: resolve(ROOT, 'dist'),
    serverDir: resolve(ROOT, 'dist-server'),
    ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
  });
  console.log(`Atlas servi par nginx sur ${nginx.url}/ (Ctrl-C pour arrêter)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void nginx.stop().then(() => process.exit(0)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
