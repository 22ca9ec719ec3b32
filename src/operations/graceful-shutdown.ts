import type { Core } from '@strapi/strapi';

/** The redaksi plugin's mail queue, as far as a shutdown waits for it. */
interface AntreanSurel {
  selesai(): Promise<void>;
}

/** How many requests are being answered now (counted by src/middlewares/request.ts). */
let sedangDilayani = 0;

export function requestStarted(): void {
  sedangDilayani += 1;
}

export function requestEnded(): void {
  sedangDilayani -= 1;
}

/**
 * Set from SIGTERM until the process exits: every answer then says `Connection: close`, so the
 * proxy drops each kept-alive connection after its request instead of keeping it for the next.
 */
let menguras = false;

export function isDraining(): boolean {
  return menguras;
}

/**
 * How long an instance behind the proxy keeps answering after SIGTERM before it stops accepting
 * connections. nginx holds idle connections to it for 4 s (deploy/nginx, `keepalive_timeout`):
 * closing one at the moment nginx sends a request down it fails that request, and nginx never
 * retries a POST elsewhere (a 502 for the editor, seen under a rolling update). After 5 s of
 * answering with `Connection: close`, nginx itself has closed every such connection, and a
 * refused connection is one nginx retries on the other instance, POST included. Without a proxy
 * (SERVER_PROXY unset: development, a single instance) there is nobody to wait for.
 */
function lamaMenguras(strapi: Core.Strapi): number {
  const bawaan = strapi.config.get<boolean>('server.proxy.koa', false) ? 5000 : 0;
  return Math.max(0, Number(process.env.SHUTDOWN_DRAIN_MS ?? bawaan));
}

function jumlahSedangDilayani(): number {
  return sedangDilayani;
}

/** Resolves once no request is in flight, or after `batasMs` (answering how many were left). */
async function tungguPermintaanSelesai(batasMs: number): Promise<number> {
  const akhir = Date.now() + batasMs;
  while (sedangDilayani > 0 && Date.now() < akhir)
    await new Promise((resolve) => setTimeout(resolve, 25));
  return sedangDilayani;
}

/**
 * Graceful shutdown. On SIGTERM (systemd stop, a deploy) Strapi runs destroy(), which closes the
 * HTTP server by destroying every connection and then the database: requests being answered and
 * mails waiting to go out would be cut off. The signal handler below runs this first: stop accepting connections, let the requests in flight finish, let the queued mails be
 * sent (or given up after their retries), within SHUTDOWN_TIMEOUT_MS (default 25 s, below
 * systemd's 30 s TimeoutStopSec in deploy/).
 */
export async function shutDownGracefully(strapi: Core.Strapi): Promise<void> {
  const batasMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
  const mulai = Date.now();
  const server = strapi.server?.httpServer;
  menguras = true;
  const jedaMs = Math.min(lamaMenguras(strapi), batasMs);
  if (server?.listening && jedaMs > 0) {
    strapi.log.info(
      `Berhenti: ${jedaMs} ms menjawab dengan Connection: close sebelum menutup port`,
    );
    await new Promise((resolve) => setTimeout(resolve, jedaMs));
  }
  if (server?.listening) {
    server.close();
    // Keep-alive connections with nothing in flight would hold the port open until they time out.
    server.closeIdleConnections();
  }
  const tersisa = jumlahSedangDilayani();
  if (tersisa) strapi.log.info(`Berhenti: menunggu ${tersisa} permintaan yang sedang dilayani`);
  const belumSelesai = await tungguPermintaanSelesai(batasMs);
  if (belumSelesai)
    strapi.log.warn(`Berhenti: ${belumSelesai} permintaan belum selesai setelah ${batasMs} ms`);

  const sisaMs = Math.max(0, batasMs - (Date.now() - mulai));
  const surel = strapi.plugin('redaksi')?.service<AntreanSurel>('surel');
  if (surel) {
    const selesai = await Promise.race([
      surel.selesai().then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), sisaMs).unref()),
    ]);
    if (!selesai)
      strapi.log.warn(
        'Berhenti: surel yang belum terkirim tetap berstatus antre di koleksi kiriman-surel',
      );
  }
  strapi.log.info(`Berhenti dengan anggun dalam ${Date.now() - mulai} ms`);
}

/**
 * In place of Strapi's own signal handlers (which destroy at once): drain first, then destroy and
 * exit. A second signal while draining is ignored (Strapi notes signals may arrive twice).
 */
export function installGracefulShutdown(strapi: Core.Strapi): void {
  let sedangBerhenti = false;
  const berhenti = async (sinyal: NodeJS.Signals) => {
    if (sedangBerhenti) return;
    sedangBerhenti = true;
    strapi.log.info(`${sinyal} diterima: berhenti dengan anggun`);
    let kode = 0;
    try {
      await shutDownGracefully(strapi);
      await strapi.destroy();
    } catch (error) {
      strapi.log.error(error);
      kode = 1;
    }
    process.exit(kode);
  };
  for (const sinyal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(sinyal);
    // berhenti() settles only by exiting: it catches what fails on the way itself.
    process.on(sinyal, (diterima) => void berhenti(diterima));
  }
}
