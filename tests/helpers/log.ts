/**
 * The server's log as an operator's journal holds it (the configured one-line format), captured
 * instead of printed: each line, and the lines of one request by the id its response carried.
 */
import { Writable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { winston } from '@strapi/logger';
import type request from 'supertest';

export interface LogTertangkap {
  baris: string[];
  /** The lines logged for one request, by the id the response carried. */
  milik: (res: request.Response) => string[];
}

/**
 * Only under Jest does the upload plugin warn that it could not detect a file's type: Jest's VM
 * cannot import the ESM-only file-type. A production process detects it; the line is left out.
 */
const HANYA_DI_JEST = / Failed to detect MIME type from file: .*ERR_VM_DYNAMIC_IMPORT/;

/** From now on, every line at `http` level or above (one per request, as in production). */
export function tangkapLog(strapi: Core.Strapi): LogTertangkap {
  const baris: string[] = [];
  for (const transport of strapi.log.transports) transport.silent = true;
  strapi.log.add(
    new winston.transports.Stream({
      stream: new Writable({
        write(chunk, _encoding, done) {
          const satu = String(chunk).replace(/\n$/, '');
          if (!HANYA_DI_JEST.test(satu)) baris.push(satu);
          done();
        },
      }),
    }),
  );
  strapi.log.level = 'http';
  return {
    baris,
    milik: (res) => {
      const id = res.headers['x-request-id'];
      return baris.filter((b) => b.includes(`[${id}]`));
    },
  };
}
