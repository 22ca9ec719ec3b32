import type { Core } from '@strapi/strapi';
import { ACCEPTED_FILE_TYPES } from '../src/utils/file-types';
import { berkasJangkar, rahasia } from '../src/utils/secrets';

/**
 * "x.caption;instagram.rasio" as `{ x: { caption: { wajib: true } }, instagram: { rasio: ... } }`,
 * merged by Strapi over the plugin's rules; a platform or rule it does not know fails at start
 * (the plugin's config validator), as does a pair without its dot.
 */
function aturanPlatformWajib(daftar: string) {
  const hasil: Record<string, Record<string, { wajib: boolean }>> = {};
  for (const pasangan of daftar
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [platform, aturan, ...lebih] = pasangan.split('.');
    if (!platform || !aturan || lebih.length)
      throw new Error(
        `PLATFORM_ATURAN_WAJIB: "${pasangan}" harus berbentuk platform.aturan, mis. x.caption`,
      );
    hasil[platform] = { ...hasil[platform], [aturan]: { wajib: true } };
  }
  return hasil;
}

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The SOP engine. Its thresholds (minimum photos, deadlines, calendar or working days) can be
  // overridden here under `config`, e.g. { sop21: { minimalDokumentasi: 4, ... } }.
  redaksi: {
    enabled: true,
    resolve: './src/plugins/redaksi',
    config: {
      // SOP 21 langkah 3–5 (issue #26): the platform rules the office requires rather than only
      // warns of, as "platform.aturan" pairs separated by ";" (e.g. "x.caption;instagram.rasio");
      // the rules themselves are the plugin's `sop21.platform`, checked at start.
      sop21: { platform: aturanPlatformWajib(env('PLATFORM_ATURAN_WAJIB', '')) },
      notifikasi: {
        // Cron rules in WIB, separated by ";" (a rule may itself hold commas, e.g. "0 7,13 * * 1-5").
        jadwalPengingat: env('PENGINGAT_JADWAL', '0 7 * * *;0 13 * * *')
          .split(';')
          .map((aturan: string) => aturan.trim())
          .filter(Boolean),
        percobaan: env.int('SUREL_PERCOBAAN', 4),
        jedaUlangMs: env.int('SUREL_JEDA_ULANG_MS', 30_000),
      },
      // The history chain: its HMAC key from the environment only (a key kept in the database
      // would be held by whoever the chain is meant to catch), and the append-only file outside
      // the database where each chain head is anchored after commit (README, "Riwayat berantai").
      rantai: {
        kunci: rahasia(env, 'RIWAYAT_HMAC_KEY'),
        berkasJangkar: berkasJangkar(env),
      },
      // The printed sheets' letterhead and signer; what is unset keeps the plugin's default
      // (src/plugins/redaksi/server/src/config/index.ts), and an unset name or NIP prints a
      // blank line to sign by hand.
      cetak: {
        kop: {
          instansi: env('CETAK_KOP_INSTANSI'),
          alamat: env('CETAK_KOP_ALAMAT'),
          logo: env('CETAK_KOP_LOGO'),
        },
        tempat: env('CETAK_TEMPAT'),
        penandatangan: {
          jabatan: env('CETAK_PENANDATANGAN_JABATAN'),
          nama: env('CETAK_PENANDATANGAN_NAMA'),
          nip: env('CETAK_PENANDATANGAN_NIP'),
        },
        // The Daftar Informasi Publik: the unit it names responsible, the PPID who signs it.
        unitPenanggungJawab: env('CETAK_UNIT_PENANGGUNG_JAWAB'),
        ppid: {
          jabatan: env('CETAK_PPID_JABATAN'),
          nama: env('CETAK_PPID_NAMA'),
          nip: env('CETAK_PPID_NIP'),
        },
      },
    },
  },
  // Notifications go out over SMTP once SMTP_HOST is set; without it the system works and says at
  // start that mail is off (the email plugin keeps its default provider, which is never called).
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              // true for SMTPS (port 465); otherwise STARTTLS is used when the server offers it.
              secure: env.bool('SMTP_SECURE', false),
              requireTLS: env.bool('SMTP_REQUIRE_TLS', false),
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              tls: { rejectUnauthorized: env.bool('SMTP_TLS_REJECT_UNAUTHORIZED', true) },
              ...(env('SMTP_USER')
                ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASS') } }
                : {}),
              connectionTimeout: env.int('SMTP_TIMEOUT_MS', 15_000),
              greetingTimeout: env.int('SMTP_TIMEOUT_MS', 15_000),
            },
            settings: {
              defaultFrom: env('SMTP_FROM', 'Redaksi KPU Sumbar <redaksi@localhost>'),
              defaultReplyTo: env(
                'SMTP_REPLY_TO',
                env('SMTP_FROM', 'Redaksi KPU Sumbar <redaksi@localhost>'),
              ),
            },
          },
        },
      }
    : {}),
  'users-permissions': {
    config: {
      jwtSecret: rahasia(env, 'JWT_SECRET'),
    },
  },
  upload: {
    config: {
      provider: 'local',
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
      // Only what the SOPs take in (src/utils/file-types.ts), checked on the file's content as
      // well as its name; without it the plugin takes anything and warns on every upload.
      security: { allowedTypes: ACCEPTED_FILE_TYPES },
    },
  },
});

export default config;
