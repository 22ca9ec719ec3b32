import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { template } from 'lodash';
import { UID } from '../../constants';
import { getService } from '../../utils/get-service';

export type JenisSurel =
  | 'tiba'
  | 'dikembalikan'
  | 'ditolak'
  | 'pengingat'
  | 'jadwal-tayang'
  | 'minta-izin-terlambat';

export interface Penerima {
  id: number;
  email: string;
  nama: string;
}

export interface PermintaanSurel {
  /** Unique per event and person: the same key is never sent twice, across restarts too. */
  kunci: string;
  jenis: JenisSurel;
  kepada: Penerima;
  data: Record<string, unknown>;
}

/**
 * Templates are files the team edits (templates/surel/<jenis>.txt and .html): the text file's
 * first line is the subject. Lodash templates: `<%= %>` inserts, `<%- %>` inserts HTML-escaped,
 * `<% %>` runs a loop. Read from the source folder, which is deployed with the application.
 */
function templat(strapi: Core.Strapi, jenis: JenisSurel) {
  const folder = path.join(
    strapi.dirs.app.root,
    'src',
    'plugins',
    'redaksi',
    'server',
    'templates',
    'surel',
  );
  const [subjek, ...isi] = readFileSync(path.join(folder, `${jenis}.txt`), 'utf8').split('\n');
  return {
    subjek: template(subjek.replace(/^Subjek:\s*/, '')),
    teks: template(isi.join('\n').replace(/^\s*\n/, '')),
    html: template(readFileSync(path.join(folder, `${jenis}.html`), 'utf8')),
  };
}

/** The email plugin's service, as far as this one uses it (untyped in Strapi's public types). */
interface LayananEmail {
  send(pesan: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

const tunda = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Email out of the SOP engine: through Strapi's email plugin (nodemailer over SMTP), after the
 * transaction that caused it has committed, off the request path, retried on SMTP failure.
 * A mail that fails for good is logged and recorded; nothing it does can undo a transition.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const antrean = new Set<Promise<void>>();

  const konfigurasi = () => getService('workflows').konfigurasi().notifikasi;

  async function klaim(permintaan: PermintaanSurel): Promise<boolean> {
    const query = strapi.db.query(UID.kirimanSurel);
    if (await query.findOne({ where: { kunci: permintaan.kunci } })) return false;
    try {
      await query.create({
        data: {
          kunci: permintaan.kunci,
          jenis: permintaan.jenis,
          penerima: permintaan.kepada.email,
          status: 'antre',
          percobaan: 0,
        },
      });
      return true;
    } catch (error) {
      // Another process claimed the same key at the same moment (unique index): theirs to send.
      if (await query.findOne({ where: { kunci: permintaan.kunci } })) return false;
      throw error;
    }
  }

  async function kirimDenganUlang(permintaan: PermintaanSurel): Promise<void> {
    const { percobaan, jedaUlangMs } = konfigurasi();
    const berkas = templat(strapi, permintaan.jenis);
    const data = { ...permintaan.data, penerima: permintaan.kepada };
    const pesan = {
      to: `${permintaan.kepada.nama} <${permintaan.kepada.email}>`,
      subject: berkas.subjek(data).trim(),
      text: berkas.teks(data),
      html: berkas.html(data),
    };
    const catat = (perubahan: Record<string, unknown>) =>
      strapi.db
        .query(UID.kirimanSurel)
        .update({ where: { kunci: permintaan.kunci }, data: perubahan });

    for (let ke = 1; ke <= percobaan; ke += 1) {
      try {
        await strapi.plugin('email').service<LayananEmail>('email').send(pesan);
        await catat({ status: 'terkirim', percobaan: ke, galat: null });
        return;
      } catch (error) {
        const alasan = error instanceof Error ? error.message : String(error);
        await catat({ status: ke === percobaan ? 'gagal' : 'antre', percobaan: ke, galat: alasan });
        if (ke === percobaan) {
          strapi.log.error(
            `Surel ${permintaan.kunci} ke ${permintaan.kepada.email} gagal setelah ${ke} percobaan: ${alasan}`,
          );
          return;
        }
        strapi.log.warn(`Surel ${permintaan.kunci} gagal (percobaan ${ke}): ${alasan}; diulang`);
        await tunda(jedaUlangMs * 2 ** (ke - 1));
      }
    }
  }

  return {
    /** Whether mail goes out at all: only with SMTP settings (config/plugins.ts, SMTP_HOST). */
    aktif(): boolean {
      return strapi.config.get('plugin::email.provider') === 'nodemailer';
    },

    /**
     * Queue one mail, unless its key was ever queued before. Returns at once; the sending and
     * its retries run in the background.
     */
    async antrekan(permintaan: PermintaanSurel): Promise<void> {
      if (!this.aktif()) return;
      if (!(await klaim(permintaan))) return;
      const kerja = kirimDenganUlang(permintaan)
        .catch((error) => {
          strapi.log.error(`Surel ${permintaan.kunci} tidak terkirim: ${error}`);
        })
        .finally(() => antrean.delete(kerja));
      antrean.add(kerja);
    },

    /** Resolves once every mail queued so far is sent or given up (tests, graceful shutdown). */
    async selesai(): Promise<void> {
      while (antrean.size) await Promise.allSettled([...antrean]);
    },
  };
};
