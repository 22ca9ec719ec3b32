import { errors } from '@strapi/utils';
import { rejectedFileTypeMessage } from '../../utils/file-types';

type Aksi = (this: unknown, ...argumen: unknown[]) => unknown;
type Controller = Record<string, unknown>;

interface UploadServer {
  controllers: Record<string, Controller | ((konteks: never) => Controller)>;
}

/** The upload plugin's refusals of a file's type (@strapi/upload utils/mime-validation.js). */
const JENIS_DITOLAK =
  /^(?:File type '(.+)' is not allowed|MIME type is not allowed|Cannot verify file type for security reasons)$/;

function terjemahkan(galat: unknown): unknown {
  if (!(galat instanceof errors.ValidationError)) return galat;
  // instanceof leaves the class's type parameters `any`: the message is a string.
  const cocok = JENIS_DITOLAK.exec((galat as errors.ValidationError).message);
  return cocok ? new errors.ValidationError(rejectedFileTypeMessage(cocok[1])) : galat;
}

function denganPesanIndonesia(controller: Controller): Controller {
  for (const [nama, aksi] of Object.entries(controller)) {
    if (typeof aksi !== 'function') continue;
    controller[nama] = async function (this: unknown, ...argumen: unknown[]) {
      try {
        return await (aksi as Aksi).apply(this, argumen);
      } catch (galat) {
        throw terjemahkan(galat);
      }
    };
  }
  return controller;
}

/**
 * The upload plugin refuses a type the SOPs do not take in (config/plugins.ts, upload `security`)
 * with an English 400 ("File type 'image/svg+xml' is not allowed"): an editor is told, in
 * Indonesian, what was refused and which files are taken. Both the admin's media library and the
 * content API's upload route.
 */
export default (plugin: UploadServer): UploadServer => {
  for (const nama of ['admin-upload', 'content-api']) {
    const controller = plugin.controllers[nama];
    plugin.controllers[nama] =
      typeof controller === 'function'
        ? (konteks: never) => denganPesanIndonesia(controller(konteks))
        : denganPesanIndonesia(controller);
  }
  return plugin;
};
