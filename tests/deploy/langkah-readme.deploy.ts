/**
 * The README's production steps, run as written (issue #22): tests/deploy/langkah-readme.sh reads
 * the code block under "Langkah di server Debian 12 baru" and the backup and restore block of
 * "Cadangan dan pemulihan" from README.md and runs every line, in order, as root in a throwaway
 * root (its own mount, PID and network namespaces, an overlay over / on a tmpfs, chroot): the
 * service user, the clone, the environment file, the anchor file, the units (both instances), the
 * nginx site, the Super Admin, a backup as the daily unit makes it, and the restore with
 * `systemd-run ... npm run pulihkan -- <arsip> --timpa`, which must report 0 differences, after
 * which the Super Admin logs in again and the photo is back. The lines that cannot run here are
 * replaced by the stand-ins of the script's one table (PENGGANTI), each with its reason. A README
 * line that no longer works fails this test and names the line.
 *
 * It runs on the checkout's production build (npm run test:deploy builds first) and on the
 * machine's PostgreSQL and Redis (DATABASE_HOST, DATABASE_PORT, DATABASE_USERNAME), with a role,
 * database and Redis prefix of its own, removed afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const SKRIP = path.join(__dirname, 'langkah-readme.sh');

// Skipped, loudly, only where it cannot run at all: not root, or no namespaces with an overlay
// over / (the script's --bisa answers 77 and why). Anything else it answers is a failure.
const bisa = spawnSync('bash', [SKRIP, '--bisa'], { encoding: 'utf8' });
const alasanLewati =
  bisa.status === 77 ? `${bisa.stdout}${bisa.stderr}`.trim() || 'tidak dapat berjalan' : undefined;
if (alasanLewati) {
  process.stderr.write(`\nDILEWATI: langkah produksi README tidak dijalankan: ${alasanLewati}\n\n`);
}

function jalankan(): Promise<{ status: number | null; keluaran: string }> {
  return new Promise((resolve, reject) => {
    const bagian: Buffer[] = [];
    const anak = spawn('bash', [SKRIP], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // SIGTERM: the script removes the namespaces, the database and the role before it exits.
      timeout: 240_000,
    });
    anak.stdout.on('data', (d: Buffer) => bagian.push(d));
    anak.stderr.on('data', (d: Buffer) => bagian.push(d));
    anak.once('error', reject);
    anak.once('close', (status) => resolve({ status, keluaran: Buffer.concat(bagian).toString() }));
  });
}

describe('langkah produksi README, seperti tertulis, di root sekali pakai', () => {
  (alasanLewati ? it.skip : it)(
    `runs from apt-get to pulihkan --timpa: every line as written or by its declared stand-in${
      alasanLewati ? ` (DILEWATI: ${alasanLewati})` : ''
    }`,
    async () => {
      expect(bisa.status).toBe(0);
      const { status, keluaran } = await jalankan();
      if (status !== 0) {
        const akhir = keluaran.split('\n').slice(-200).join('\n');
        throw new Error(`tests/deploy/langkah-readme.sh keluar ${status}:\n${akhir}`);
      }
      // Every block ran to its end, the restore said it matched the archive, and the lines that
      // matter ran as README lines (not only through a stand-in).
      expect(keluaran).toContain('LANGKAH README: SEMUA BARIS BERJALAN');
      expect(keluaran).toMatch(
        /^ {4}\| Pulih: [1-9]\d* tabel, [1-9]\d* baris, [1-9]\d* berkas unggahan; 0 perbedaan dengan manifest\.$/m,
      );
      for (const baris of [
        'useradd --system',
        'sudo -u redaksi git clone',
        'chattr +a',
        'systemctl enable --now',
        'nginx -t',
        'systemctl start kpu-sumbar-redaksi-cadangan.service',
        'systemd-run --quiet',
      ]) {
        const teks = baris.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(keluaran).toMatch(new RegExp(`^README\\.md:\\d+ {2}.*${teks}`, 'm'));
      }
    },
    300_000,
  );
});
