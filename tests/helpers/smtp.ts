/**
 * A real SMTP server for the tests (the `smtp-server` package on a loopback port): it keeps
 * every message it accepts, parsed, and can refuse the next messages or stop listening, to see
 * what the application does when mail fails.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SurelDiterima {
  kepada: string[];
  subjek: string;
  teks: string;
  html: string;
}

export class ServerSmtpUji {
  readonly diterima: SurelDiterima[] = [];
  private tolakSisa = 0;
  private server: SMTPServer | null = null;
  private envDipasang: string[] = [];
  port = 0;

  private buat() {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((surel: ParsedMail) => {
            if (this.tolakSisa > 0) {
              this.tolakSisa -= 1;
              const galat = Object.assign(new Error('Layanan sibuk, coba lagi'), {
                responseCode: 451,
              });
              callback(galat);
              return;
            }
            const kepada = [surel.to]
              .flat()
              .flatMap((alamat) => alamat?.value.map((item) => item.address ?? '') ?? []);
            this.diterima.push({
              kepada,
              subjek: surel.subject ?? '',
              teks: surel.text ?? '',
              html: String(surel.html || ''),
            });
            callback();
          })
          .catch(callback);
      },
    });
  }

  async mulai(port = 0): Promise<number> {
    this.server = this.buat();
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', () => resolve()));
    this.port = (
      this.server as unknown as { server: { address(): AddressInfo } }
    ).server.address().port;
    return this.port;
  }

  /**
   * Starts listening and points the application's mail at this server (the SMTP_* variables
   * config/plugins.ts reads at boot), with any other variables the test needs beside them.
   */
  async mulaiUntukAplikasi(lain: Record<string, string> = {}): Promise<void> {
    const port = await this.mulai();
    const env = {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'Redaksi KPU Sumbar <redaksi@uji.kpusumbar.id>',
      ...lain,
    };
    this.envDipasang = Object.keys(env);
    Object.assign(process.env, env);
  }

  /** Stops, and takes back what mulaiUntukAplikasi set, so the next test file boots without mail. */
  async berhentiUntukAplikasi(): Promise<void> {
    await this.berhenti();
    for (const kunci of this.envDipasang) delete process.env[kunci];
    this.envDipasang = [];
  }

  async berhenti(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `jumlah` messages get a temporary failure (451). */
  tolakBerikutnya(jumlah: number) {
    this.tolakSisa = jumlah;
  }

  /** Messages to one address. */
  untuk(email: string): SurelDiterima[] {
    return this.diterima.filter((surel) => surel.kepada.includes(email));
  }

  kosongkan() {
    this.diterima.length = 0;
  }
}
