import type { Core } from '@strapi/strapi';
import { AKSI_ADMIN, type KodePeran, PERAN, PLUGIN_ID, UID } from '../../constants';
import { hashStabil } from '../../domain/sidik';

type AksiKonten = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface IzinKonten {
  uid: string;
  aksi: AksiKonten[];
  /** Actions limited to the items the user created (Strapi's `admin::is-creator` condition). */
  milikSendiri?: AksiKonten[];
}

/**
 * What each SOP role may do in the content manager. Publishing is granted only to the role the
 * SOP names for it; the document-service guard still decides whether a given item may go out.
 */
const IZIN_PERAN: Record<KodePeran, IzinKonten[]> = {
  // SOP 21 langkah 1 names the activity's team, not one member: any Tim Pelaksana may complete
  // and submit a draft (the stage's editing rule, workflows/sop-21.ts); only its maker deletes it.
  'tim-pelaksana': [
    {
      uid: UID.kontenMedsos,
      aksi: ['create', 'read', 'update', 'delete'],
      milikSendiri: ['delete'],
    },
  ],
  'admin-medsos': [{ uid: UID.kontenMedsos, aksi: ['read', 'update', 'publish'] }],
  'wakil-pemimpin-redaksi': [
    { uid: UID.kontenMedsos, aksi: ['read', 'update'] },
    { uid: UID.liputan, aksi: ['create', 'read', 'update'] },
    { uid: UID.disposisi, aksi: ['read'] },
  ],
  'pemimpin-redaksi': [
    { uid: UID.kontenMedsos, aksi: ['read', 'update'] },
    { uid: UID.liputan, aksi: ['create', 'read', 'update', 'publish'] },
    { uid: UID.disposisi, aksi: ['read'] },
  ],
  'koordinator-liputan': [
    { uid: UID.liputan, aksi: ['create', 'read', 'update', 'delete'], milikSendiri: ['delete'] },
  ],
  'redaktur-pelaksana': [
    { uid: UID.liputan, aksi: ['create', 'read', 'update'] },
    { uid: UID.disposisi, aksi: ['read'] },
  ],
  'sekretaris-redaksi': [
    { uid: UID.liputan, aksi: ['read', 'update'] },
    { uid: UID.disposisi, aksi: ['read'] },
  ],
  verifikator: [{ uid: UID.liputan, aksi: ['read', 'update'] }],
  'tim-peliputan': [{ uid: UID.liputan, aksi: ['read', 'update'] }],
  'tim-pasca-produksi': [{ uid: UID.liputan, aksi: ['read', 'update'] }],
  'staf-sekretariat': [{ uid: UID.liputan, aksi: ['read', 'update', 'publish'] }],
  'ppid-pembantu': [
    { uid: UID.disposisi, aksi: ['create', 'read', 'update', 'delete'], milikSendiri: ['delete'] },
  ],
};

/** Plugin permissions beyond the content manager: the monthly recap is the leadership's. */
const IZIN_PLUGIN: Partial<Record<KodePeran, string[]>> = {
  'pemimpin-redaksi': [AKSI_ADMIN.rekap],
  'wakil-pemimpin-redaksi': [AKSI_ADMIN.rekap],
};

/** Everyone in the newsroom works with photos in the media library. */
const IZIN_MEDIA = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface PermissionLike {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** The parts of the admin plugin's services this one uses (they are untyped in Strapi's public types). */
interface LayananRole {
  create(data: { name: string; code: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: PermissionLike[]): Promise<unknown>;
}
interface LayananPermission {
  actionProvider: { get(uid: string): unknown };
}
interface LayananContentType {
  getPermissionsWithNestedFields(actions: unknown[]): PermissionLike[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const roleService = () => strapi.service('admin::role') as unknown as LayananRole;
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });

  function izinUntuk(kode: KodePeran): PermissionLike[] {
    const permissionService = strapi.service('admin::permission') as unknown as LayananPermission;
    const contentTypeService = strapi.service(
      'admin::content-type',
    ) as unknown as LayananContentType;
    const izin: PermissionLike[] = [];
    for (const { uid, aksi, milikSendiri = [] } of IZIN_PERAN[kode]) {
      if (!strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) continue;
      for (const nama of aksi) {
        const action = permissionService.actionProvider.get(
          `plugin::content-manager.explorer.${nama}`,
        );
        const [permission] = contentTypeService
          .getPermissionsWithNestedFields([action])
          .filter((candidate) => candidate.subject === uid);
        izin.push({
          ...permission,
          conditions: milikSendiri.includes(nama) ? ['admin::is-creator'] : [],
        });
      }
    }
    return [
      ...izin,
      ...[...IZIN_MEDIA, ...(IZIN_PLUGIN[kode] ?? [])].map((action) => ({
        action,
        conditions: [],
      })),
    ];
  }

  return {
    /** The SOP roles (docs/ISTILAH.md) as admin roles, created idempotently (found by `code`). */
    async pastikanPeran(): Promise<Map<KodePeran, number>> {
      // The permissions as this code and these schemas define them (a field's permission included:
      // Strapi grants none for a field a role was not given by name). Their hash is the version:
      // a change of IZIN_PERAN or a new field rewrites the SOP roles' permissions once, and between
      // such changes what an administrator changed by hand in Settings > Roles is left alone.
      const rencana = new Map(PERAN.map((peran) => [peran.kode, izinUntuk(peran.kode)] as const));
      const versi = hashStabil([...rencana]);
      const terakhir = (await store().get({ key: 'versi-izin' })) as string | number | null;
      const perbaruiIzin = terakhir !== versi;
      const ids = new Map<KodePeran, number>();

      for (const peran of PERAN) {
        let role = (await strapi.db
          .query('admin::role')
          .findOne({ where: { code: peran.kode } })) as { id: number } | null;
        const baru = !role;
        if (!role) {
          role = await roleService().create({
            name: peran.nama,
            code: peran.kode,
            description: `Peran SOP ${peran.sop.join(' dan ')}/2025 (${peran.kode})`,
          });
        }
        if (baru || perbaruiIzin)
          await roleService().assignPermissions(role.id, rencana.get(peran.kode) ?? []);
        ids.set(peran.kode, role.id);
      }

      if (perbaruiIzin) await store().set({ key: 'versi-izin', value: versi });
      return ids;
    },
  };
};
