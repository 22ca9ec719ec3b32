import type { Core } from '@strapi/strapi';
import { redis } from '../publik/redis';
import { isDraining } from './graceful-shutdown';
import { type Ctx, addServerRoute } from '../utils/koa';

const BATAS_MS = 2000;

function denganBatasWaktu<T>(kerja: Promise<T>, ms: number): Promise<T> {
  let pewaktu: NodeJS.Timeout | undefined;
  const habis = new Promise<never>((_, reject) => {
    pewaktu = setTimeout(() => reject(new Error(`tidak menjawab dalam ${ms} ms`)), ms);
  });
  return Promise.race([kerja, habis]).finally(() => clearTimeout(pewaktu));
}

/**
 * Connected is not answering: a hung Redis keeps its connection `ready`. Only a PING answered within
 * the command timeout says it serves.
 */
async function keadaanRedis(strapi: Core.Strapi): Promise<string> {
  const klien = redis(strapi);
  if (!klien) return 'tidak dipakai';
  if (klien.status !== 'ready') return `tidak tersedia (${klien.status})`;
  try {
    await denganBatasWaktu(klien.ping(), BATAS_MS);
    return 'ok';
  } catch (error) {
    return `tidak menjawab (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * GET /_ready, beside Strapi's /_health (which only says the process answers): 200 when the
 * database answers a query within two seconds, 503 otherwise, for the proxy's health checks and
 * monitoring. Redis is reported but does not make the instance unready: without it the public API
 * falls back to each process's memory (README, "Beberapa instans").
 */
export function installReadinessRoute(strapi: Core.Strapi): void {
  addServerRoute(strapi, {
    method: 'GET',
    path: '/_ready',
    handler: async (ctx: Ctx) => {
      const laporan: Record<string, string> = {};
      let siap = true;
      try {
        await denganBatasWaktu(strapi.db.connection.raw('select 1'), BATAS_MS);
        laporan.basisData = 'ok';
      } catch (error) {
        siap = false;
        laporan.basisData = `gagal: ${error instanceof Error ? error.message : String(error)}`;
      }
      laporan.redis = await keadaanRedis(strapi);
      // Stopping: still answering, but no monitor or operator should count on this instance.
      if (isDraining()) {
        siap = false;
        laporan.proses = 'sedang berhenti';
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.status = siap ? 200 : 503;
      ctx.body = { status: siap ? 'siap' : 'tidak siap', ...laporan };
      if (!siap)
        ctx.state.alasanPenolakan = `belum siap: basis data ${laporan.basisData}${laporan.proses ? `, ${laporan.proses}` : ''}`;
    },
    config: { auth: false },
  });
}
