// The declarative map of issue #23 items 2 and 6 (moves and renames, no behaviour change).
// Read by rename.mjs. Paths are from the repository root. Within a group the order is:
// declaration moves, identifier renames (at the paths as they are BEFORE the group's file moves),
// service-key renames, file moves, text pass over the moved paths, text edits, prettier, commit.
//
// Contract names are never in here: UIDs, fields, stage/action/role codes, routes, JSON keys,
// env vars, npm script names (`npm run cadangan` / `pulihkan` stay; only the compiled paths
// behind them follow the files).

const P = 'src/plugins/redaksi/server/src/';
const A = 'src/plugins/redaksi/admin/src/';

/** `name → to` renames of top-level declarations of one file. */
const top = (file, pairs, opts = {}) =>
  Object.entries(pairs).map(([name, to]) => ({ file, name, to, ...opts }));
/** `member → to` renames of an object member (a service method), found by its declaration. */
const member = (file, pairs, opts = {}) =>
  Object.entries(pairs).map(([name, to]) => ({ file, name, to, member: true, ...opts }));

export const NO_BEHAVIOUR =
  'Names only: files moved and identifiers renamed by the codemod of issue #23; no behaviour changes, and no wire or database name (UID, field, stage/action/role code, route, JSON key, env var, npm script) changes.';

export default [
  {
    id: 'operations',
    title: 'src/operations -> src/operations: the operator plumbing named in English',
    renames: [
      ...top('src/operations/write-tracking.ts', {
        pasangJejakPerubahan: 'installWriteTracking',
        perubahanMungkinTersimpan: 'changesMayBeSaved',
      }),
      ...top('src/operations/readiness.ts', { pasangRuteKesiapan: 'installReadinessRoute' }),
      ...top('src/operations/pool-connections.ts', {
        pasangKoneksiBaru: 'installPoolConnectionGuard',
      }),
      ...top('src/operations/unhandled-rejection.ts', {
        tanganiPenolakanLatar: 'handleUnhandledRejection',
        pasangPenolakanLatar: 'installUnhandledRejectionHandler',
        lepasPenolakanLatar: 'removeUnhandledRejectionHandler',
      }),
      ...top('src/operations/graceful-shutdown.ts', {
        permintaanMulai: 'requestStarted',
        permintaanSelesai: 'requestEnded',
        sedangMenguras: 'isDraining',
        berhentiDenganAnggun: 'shutDownGracefully',
        pasangPenutupanAnggun: 'installGracefulShutdown',
      }),
      ...top('src/operations/prepare-lock.ts', {
        KUNCI_PERSIAPAN: 'PREPARE_LOCK_KEYS',
        BATAS_TUNGGU_BAKU_MS: 'DEFAULT_WAIT_MS',
        PESAN_MENUNGGU: 'WAITING_MESSAGE',
        batasTungguMs: 'waitLimitMs',
        pesanBatasTerlampaui: 'waitExceededMessage',
        ambilKunciPersiapan: 'acquirePrepareLock',
        pasangPersiapanBergiliran: 'installPrepareLock',
      }),
      ...top('src/operations/default-tokens.ts', {
        TOKEN_BAWAAN_STRAPI: 'STRAPI_DEFAULT_TOKENS',
        BarisToken: 'TokenRow',
        pilahTokenBawaan: 'partitionDefaultTokens',
        hapusTokenBawaanStrapi: 'removeStrapiDefaultTokens',
      }),
      ...top('src/operations/settled-transactions.ts', {
        pasangTransaksiTuntas: 'installSettledTransactions',
      }),
      ...top('src/operations/atomic-upload.ts', { pasangUnggahanUtuh: 'installAtomicUpload' }),
      ...top('src/operations/backup.ts', { buatCadangan: 'createBackup' }),
      // `pulihkan` is also the npm script's name: the word in comments and strings stays.
      ...top(
        'src/operations/restore.ts',
        { pulihkan: 'restore', OpsiPulihkan: 'RestoreOptions' },
        { comments: false },
      ),
      // The rest of the `pasang*` family, outside this folder but installed beside it in src/index.ts.
      ...top('src/api/liputan/document-middleware.ts', { pasangAturanSlug: 'installSlugRule' }),
      ...top('src/demo/index.ts', { pasangDemo: 'installDemo' }),
    ],
    moves: [
      ['src/operations/archive.ts', 'src/operations/archive.ts'],
      ['src/operations/backup.ts', 'src/operations/backup.ts'],
      ['src/operations/restore.ts', 'src/operations/restore.ts'],
      ['src/operations/write-tracking.ts', 'src/operations/write-tracking.ts'],
      ['src/operations/readiness.ts', 'src/operations/readiness.ts'],
      ['src/operations/pool-connections.ts', 'src/operations/pool-connections.ts'],
      ['src/operations/unhandled-rejection.ts', 'src/operations/unhandled-rejection.ts'],
      ['src/operations/graceful-shutdown.ts', 'src/operations/graceful-shutdown.ts'],
      ['src/operations/prepare-lock.ts', 'src/operations/prepare-lock.ts'],
      ['src/operations/default-tokens.ts', 'src/operations/default-tokens.ts'],
      ['src/operations/settled-transactions.ts', 'src/operations/settled-transactions.ts'],
      ['src/operations/atomic-upload.ts', 'src/operations/atomic-upload.ts'],
      ['src/operations/__tests__/archive.test.ts', 'src/operations/__tests__/archive.test.ts'],
      [
        'src/operations/__tests__/unhandled-rejection.test.ts',
        'src/operations/__tests__/unhandled-rejection.test.ts',
      ],
      [
        'src/operations/__tests__/prepare-lock.test.ts',
        'src/operations/__tests__/prepare-lock.test.ts',
      ],
      [
        'src/operations/__tests__/default-tokens.test.ts',
        'src/operations/__tests__/default-tokens.test.ts',
      ],
    ],
    dirs: [['src/operations', 'src/operations']],
    textEdits: [
      // `const { pasangDemo } = await import('./demo')`: the rename keeps the local name; the local follows.
      { file: 'src/index.ts', find: /\{ installDemo: pasangDemo \}/, replace: '{ installDemo }' },
      { file: 'src/index.ts', find: /\bpasangDemo\(/g, replace: 'installDemo(', all: true },
    ],
  },

  {
    id: 'app-utils-middlewares',
    title:
      'src/utils and src/middlewares: request context, errors, file types, secrets, body depth named in English',
    renames: [
      ...top('src/utils/errors.ts', {
        Penolakan: 'Refusal',
        basisDataTidakTersedia: 'databaseUnavailable',
        KeadaanPermintaan: 'RequestState',
        PenyimpananBerkasGagal: 'FileStorageError',
        kodePenyimpananBerkas: 'fileStorageCode',
        klasifikasiGalat: 'classifyError',
        jawabPenolakan: 'sendRefusal',
      }),
      ...top('src/utils/request-context.ts', {
        KonteksPermintaan: 'RequestContext',
        idPermintaan: 'requestId',
        jalankanDalamPermintaan: 'runInRequest',
        permintaanSekarang: 'currentRequest',
      }),
      ...top('src/utils/file-types.ts', {
        JENIS_BERKAS_DITERIMA: 'ACCEPTED_FILE_TYPES',
        pesanJenisDitolak: 'rejectedFileTypeMessage',
      }),
      ...top('src/utils/koa.ts', { pasangRuteServer: 'addServerRoute' }),
      ...top(
        'src/middlewares/body-depth.ts',
        { KEDALAMAN_MAKSIMUM: 'MAX_DEPTH', kedalaman: 'depthOf' },
        { comments: false },
      ),
      ...top('src/middlewares/request.ts', { alamatTercatat: 'loggedUrl' }),
    ],
    moves: [
      ['src/utils/errors.ts', 'src/utils/errors.ts'],
      ['src/utils/__tests__/errors.test.ts', 'src/utils/__tests__/errors.test.ts'],
      ['src/utils/request-context.ts', 'src/utils/request-context.ts'],
      ['src/utils/file-types.ts', 'src/utils/file-types.ts'],
      ['src/utils/secrets.ts', 'src/utils/secrets.ts'],
      ['src/utils/__tests__/secrets.test.ts', 'src/utils/__tests__/secrets.test.ts'],
      ['src/middlewares/request-errors.ts', 'src/middlewares/request-errors.ts'],
      ['src/middlewares/request.ts', 'src/middlewares/request.ts'],
      ['src/middlewares/__tests__/request.test.ts', 'src/middlewares/__tests__/request.test.ts'],
      ['src/middlewares/body-depth.ts', 'src/middlewares/body-depth.ts'],
      ['src/middlewares/pembaca-rate-limit.ts', 'src/middlewares/pembaca-rate-limit.ts'],
    ],
    // A Strapi middleware's name is its file name: the config and the routes that name it follow.
    globalReplace: [
      ['global::request', 'global::request'],
      ['global::request-errors', 'global::request-errors'],
      ['global::body-depth', 'global::body-depth'],
      ['global::pembaca-rate-limit', 'global::pembaca-rate-limit'],
    ],
  },

  {
    id: 'publik',
    title:
      'src/publik: the response cache store and the public-response helpers named for what they hold; the reader count goes to the Liputan controller, its only user',
    declMoves: [
      {
        from: 'src/publik/response.ts',
        names: ['denganJumlahPembaca'],
        to: 'src/api/liputan/controllers/liputan.ts',
        exportInSource: ['Hasil'],
        imports: [
          "import type { Core } from '@strapi/strapi';",
          "import type { Hasil } from '../../../publik/response';",
        ],
      },
    ],
    renames: [
      ...top('src/publik/cache-store.ts', {
        EntriTembolok: 'CacheEntry',
        tembolokRespons: 'responseCache',
        buatTembolok: 'createResponseCache',
      }),
      ...member('src/publik/cache-store.ts', { ambil: 'get', simpan: 'set' }),
      ...top('src/publik/response.ts', {
        tanpaIdBaris: 'withoutRowIds',
        jawabanPublik: 'publicResponse',
        terapkanKueriPublik: 'applyPublicQuery',
      }),
      ...top('src/api/liputan/controllers/liputan.ts', {
        denganJumlahPembaca: 'withJumlahPembaca',
      }),
      // The rest of the `pasang*` family and the other installers src/index.ts calls.
      ...top('src/publik/openapi.ts', { pasangRuteOpenApi: 'installOpenApiRoute' }),
      ...top('src/publik/version.ts', { pasangVersiPublik: 'installPublicVersion' }),
      ...top('src/publik/redis.ts', { siapkanRedis: 'connectRedis', tutupRedis: 'closeRedis' }),
      ...top('src/publik/permissions.ts', {
        pastikanIzinPublik: 'ensurePublicPermissions',
        aturPendaftaranPengguna: 'configureUserRegistration',
      }),
      ...top('src/publik/cache.ts', {
        cocokIfNoneMatch: 'matchesIfNoneMatch',
        kunciRespons: 'responseKey',
        layaniRespons: 'serveResponse',
        cachePublik: 'publicCache',
      }),
    ],
    moves: [
      ['src/publik/cache-store.ts', 'src/publik/cache-store.ts'],
      ['src/publik/response.ts', 'src/publik/response.ts'],
    ],
    textEdits: [
      {
        file: 'docs/ISTILAH.md',
        find: /^\| `tembolok` \| cache \(the response cache\) \|[^\n]*$/m,
        replace:
          '| `tembolok` | cache (the response cache) | `src/publik/cache.ts` (keys, validators, serving), `src/publik/cache-store.ts` (where entries live: memory or Redis) |',
      },
    ],
  },

  {
    id: 'plugin-utils-guards',
    title:
      'redaksi server utils and document guards named in English (raw document, document service, admin links, files, conflict errors, guard installers)',
    renames: [
      ...top(P + 'utils/raw-document.ts', { muatDrafMentah: 'loadRawDraft' }),
      ...top(P + 'utils/document-service.ts', { kondisiDraf: 'draftFilter' }),
      ...top(P + 'utils/admin-links.ts', {
        tautanAdmin: 'adminUrl',
        tautanDokumen: 'documentUrl',
      }),
      ...top(P + 'utils/files.ts', {
        BerkasTersimpan: 'StoredFile',
        bukaIsiBerkas: 'openFileContent',
        hashIsiBerkas: 'hashFileContent',
      }),
      ...top(P + 'utils/errors.ts', {
        galatKonflik: 'conflictError',
        adalahKonflikSerentak: 'isConcurrentConflict',
      }),
      ...top(P + 'document-middleware/index.ts', { pasangPenjagaDokumen: 'installDocumentGuard' }),
      ...top(P + 'document-middleware/file-guard.ts', {
        pasangPenjagaBerkas: 'installFileGuard',
      }),
    ],
    moves: [
      [P + 'utils/raw-document.ts', P + 'utils/raw-document.ts'],
      [P + 'utils/document-service.ts', P + 'utils/document-service.ts'],
      [P + 'utils/admin-links.ts', P + 'utils/admin-links.ts'],
      [P + 'utils/files.ts', P + 'utils/files.ts'],
      [P + 'document-middleware/file-guard.ts', P + 'document-middleware/file-guard.ts'],
    ],
  },

  {
    id: 'plugin-services',
    title:
      "redaksi services grouped by what they answer (engine, read-models, reports, mail); the two strays and the actor move into the engine, the transition's events move to the engine that emits them",
    declMoves: [
      {
        from: P + 'services/mail/notifications.ts',
        names: ['Kedatangan', 'PeristiwaTransisi'],
        to: P + 'services/engine/events.ts',
        header:
          '/**\n * What the engine tells once a transition is committed: the mail (services/mail/) listens, the\n * engine does not know who.\n */\n',
        imports: ["import type { Aktor } from '../aktor';"],
        sourceImport: "import type { Kedatangan, PeristiwaTransisi } from '%TARGET%';",
      },
    ],
    renames: [
      ...member(P + 'services/engine/clock.ts', { sekarang: 'now' }, { service: 'jam' }),
      ...member(
        P + 'services/engine/status.ts',
        {
          baca: 'findOne',
          bacaBanyak: 'findMany',
          hapus: 'delete',
          catatKontributor: 'addContributor',
        },
        { service: 'status' },
      ),
      ...member(
        P + 'services/engine/riwayat.ts',
        { tambah: 'append', daftar: 'list', hitung: 'count' },
        { service: 'riwayat' },
      ),
      ...top(P + 'services/engine/load-document.ts', {
        muatDokumen: 'loadDocument',
        sidikUntuk: 'sidikForAction',
      }),
      ...top(P + 'services/engine/engine-permission.ts', {
        denganIzinMesin: 'withEnginePermission',
        adaIzinMesin: 'hasEnginePermission',
      }),
      ...top(P + 'services/engine/aktor.ts', {
        aktorDariAdmin: 'aktorFromAdmin',
        aktorDariRequest: 'aktorFromRequest',
      }),
    ],
    // getService('old') / plugin('redaksi').service('old') keys: internal to the plugin.
    serviceKeys: {
      alur: 'workflows',
      antrean: 'queue',
      jam: 'clock',
      notifikasi: 'notifications',
      pengingat: 'reminders',
      surel: 'mailer',
      tampilan: 'view',
      transisi: 'transition',
    },
    // services/index.ts is written anew from this: [key, path from services/, section].
    serviceIndex: {
      file: P + 'services/index.ts',
      sections: [
        [
          'The engine: a transition, the state it moves, its history, effects and fingerprint, and what they stand on.',
          'engine/',
        ],
        ['Read models: what the panel shows.', 'read-models/'],
        ['Reports: the recap, the printable disposition sheet, the upload package.', 'reports/'],
        ['Mail: who is told what, the daily reminders, the mailer.', 'mail/'],
        ["The plugin's surface for the application (src/publik/redaksi.ts).", ''],
      ],
    },
    moves: [
      [P + 'services/engine/transition.ts', P + 'services/engine/transition.ts'],
      [P + 'services/engine/status.ts', P + 'services/engine/status.ts'],
      [P + 'services/engine/riwayat.ts', P + 'services/engine/riwayat.ts'],
      [P + 'services/engine/efek.ts', P + 'services/engine/efek.ts'],
      [P + 'services/engine/sidik.ts', P + 'services/engine/sidik.ts'],
      [P + 'services/engine/clock.ts', P + 'services/engine/clock.ts'],
      [P + 'services/engine/workflows.ts', P + 'services/engine/workflows.ts'],
      [P + 'services/engine/penomoran.ts', P + 'services/engine/penomoran.ts'],
      [P + 'services/engine/peran.ts', P + 'services/engine/peran.ts'],
      [P + 'services/engine/aktor.ts', P + 'services/engine/aktor.ts'],
      [
        P + 'services/engine/engine/__tests__/aktor.test.ts',
        P + 'services/engine/engine/__tests__/aktor.test.ts',
      ],
      [
        P + 'services/engine/engine/__tests__/efek.test.ts',
        P + 'services/engine/engine/__tests__/efek.test.ts',
      ],
      [P + 'services/engine/load-document.ts', P + 'services/engine/load-document.ts'],
      [P + 'services/engine/engine-permission.ts', P + 'services/engine/engine-permission.ts'],
      [P + 'services/read-models/view.ts', P + 'services/read-models/view.ts'],
      [P + 'services/read-models/queue.ts', P + 'services/read-models/queue.ts'],
      [P + 'services/reports/rekap.ts', P + 'services/reports/rekap.ts'],
      [P + 'services/reports/rekap-export.ts', P + 'services/reports/rekap-export.ts'],
      [
        P + 'services/reports/__tests__/rekap-export.test.ts',
        P + 'services/reports/__tests__/rekap-export.test.ts',
      ],
      [P + 'services/reports/lembar-disposisi.ts', P + 'services/reports/lembar-disposisi.ts'],
      [P + 'services/reports/paket-unggahan.ts', P + 'services/reports/paket-unggahan.ts'],
      [P + 'services/mail/notifications.ts', P + 'services/mail/notifications.ts'],
      [P + 'services/mail/reminders.ts', P + 'services/mail/reminders.ts'],
      [P + 'services/mail/mailer.ts', P + 'services/mail/mailer.ts'],
    ],
    textEdits: [
      // The tests' clock: the service is untyped there (strapi.plugin(...).service(...)).
      { file: 'tests/helpers/sop.ts', find: /\bjam\.sekarang\b/g, replace: 'clock.now', all: true },
      { file: 'tests/helpers/sop.ts', find: /const jam = /g, replace: 'const clock = ', all: true },
      {
        file: 'docs/ISTILAH.md',
        find: /`rekap-ekspor\.ts`/g,
        replace: '`reports/rekap-export.ts`',
        all: true,
      },
      {
        file: 'docs/ISTILAH.md',
        find: /`redaksi\/server\/src\/services\/engine\/riwayat\.ts` \(`tambah`\)/,
        replace: '`redaksi/server/src/services/engine/riwayat.ts` (`append`)',
      },
      {
        file: 'docs/ISTILAH.md',
        find: /^\| `jam`, `sekarang` \| clock, now: the engine's only source of time \|[^\n]*$/m,
        replace:
          "| `jam`, `sekarang` | clock, now: the engine's only source of time | service `clock` (`now`), `redaksi/server/src/services/engine/clock.ts` |",
      },
      {
        file: 'docs/ISTILAH.md',
        find: /^### Services of the plugin \(`redaksi\/server\/src\/services\/`\)\n\n\| Service \| English \| Notes \|\n\| --- \| --- \| --- \|\n(?:\|[^\n]*\n)+/m,
        replace: `### Services of the plugin (\`redaksi/server/src/services/\`)

Grouped by what they answer: \`engine/\` (the write path and the state it keeps), \`read-models/\`
(what the panel reads), \`reports/\` (recap and printables), \`mail/\`. The key is the name in
\`getService('…')\`; an Indonesian key is a domain noun, an English one a mechanic.

| Service | English | Notes |
| --- | --- | --- |
| \`workflows\` | workflows (\`alur\`) | \`engine/workflows.ts\`: \`semua\`, \`untukUid\`, \`wajib\`, \`konfigurasi\` |
| \`transition\` | transition (\`transisi\`) | \`engine/transition.ts\`; its events (\`Kedatangan\`, \`PeristiwaTransisi\`) in \`engine/events.ts\` |
| \`status\` | workflow state | \`engine/status.ts\`: \`findOne\`, \`findMany\`, \`ensure\`, \`compareAndSet\`, \`addContributor\`, \`delete\` |
| \`riwayat\` | history | \`engine/riwayat.ts\`: \`append\`, \`list\`, \`count\`, \`periksaRantai\` |
| \`efek\` | effects | \`engine/efek.ts\` |
| \`sidik\` | fingerprint | \`engine/sidik.ts\` |
| \`clock\` | clock (\`jam\`) | \`engine/clock.ts\`: \`now\` |
| \`penomoran\` | numbering | \`engine/penomoran.ts\` |
| \`peran\` | roles | \`engine/peran.ts\`: \`pastikanPeran\`, \`IZIN_PERAN\`, \`milikSendiri\` (own items only) |
| \`view\` | view (\`tampilan\`: the side panel's answer) | \`read-models/view.ts\`, \`GET /redaksi/documents/:uid/:documentId\` |
| \`queue\` | queue (\`antrean\`, "Meja Redaksi") | \`read-models/queue.ts\`, \`GET /redaksi/queue\`: \`ringkasan\` (summary: \`jumlah\`, \`lewat\`), \`perTahap\` (per stage) |
| \`rekap\` | recap | \`reports/rekap.ts\`; its export (CSV, XLSX, PDF) is \`reports/rekap-export.ts\`. Sheets (\`lembar\`): Ringkasan (summary), Website, Media Sosial, Disposisi, Register |
| \`lembar-disposisi\` | disposition sheet (PDF) | \`reports/lembar-disposisi.ts\` |
| \`paket-unggahan\` | upload package (ZIP) | \`reports/paket-unggahan.ts\` |
| \`notifications\` | notifications (\`notifikasi\`) | \`mail/notifications.ts\`: who is told what after commit |
| \`reminders\` | reminders (\`pengingat\`: daily digest, cron) | \`mail/reminders.ts\`: \`slot\` (WIB date and hour) |
| \`mailer\` | e-mail (\`surel\`) | \`mail/mailer.ts\`: \`JenisSurel\`: \`tiba\` (arrived at your stage), \`dikembalikan\` (returned), \`ditolak\` (rejected), \`pengingat\` (reminder); templates \`redaksi/server/templates/surel/\` |
| \`publik\` | the plugin's surface for the application | \`publik.ts\`, \`LayananPublikRedaksi\` in \`redaksi/shared/contracts/publik.ts\` |
`,
      },
      {
        file: 'README.md',
        find: /^ {2}services\/ +satu pertanyaan per layanan:[^\n]*\n(?: {32}[^\n]*\n)*/m,
        replace: `  services/                     satu pertanyaan per layanan, dikelompokkan: engine/ (transition, status
                                compare-and-set, riwayat, efek, sidik, clock, workflows, penomoran, peran, aktor,
                                izin mesin, muat dokumen, events), read-models/ (view: panel; queue: Meja Redaksi),
                                reports/ (rekap + ekspornya, lembar-disposisi PDF, paket-unggahan ZIP), mail/
                                (notifications, reminders, mailer); publik.ts: permukaan plugin untuk aplikasi
`,
      },
    ],
  },

  {
    id: 'admin',
    title: 'redaksi admin: shared components, hooks and utils named in English',
    renames: [
      ...top(A + 'components/Card.tsx', { Kartu: 'Card' }),
      ...top(A + 'components/PluginPage.tsx', { Halaman: 'PluginPage' }),
      ...top(A + 'components/DismissibleAlert.tsx', {
        Pesan: 'DismissibleAlert',
        PesanProps: 'DismissibleAlertProps',
      }),
      ...top(A + 'components/ToolbarSelect.tsx', {
        Pilihan: 'ToolbarSelect',
        Opsi: 'ToolbarOption',
      }),
      ...top(A + 'components/TableHeader.tsx', { KepalaTabel: 'TableHeader' }),
      ...top(A + 'components/BarChart.tsx', { GrafikBatang: 'BarChart', Batang: 'Bar' }),
      ...top(A + 'hooks/useDownload.ts', { useUnduhan: 'useDownload' }),
      ...top(A + 'utils/download.ts', { unduhBerkas: 'downloadFile' }),
      ...top(A + 'utils/text.ts', {
        useTeks: 'useText',
        kunciTeks: 'translationKey',
        pesanGalat: 'errorMessage',
      }),
    ],
    moves: [
      [A + 'components/Card.tsx', A + 'components/Card.tsx'],
      [A + 'components/PluginPage.tsx', A + 'components/PluginPage.tsx'],
      [A + 'components/DismissibleAlert.tsx', A + 'components/DismissibleAlert.tsx'],
      [A + 'components/ToolbarSelect.tsx', A + 'components/ToolbarSelect.tsx'],
      [A + 'components/TableHeader.tsx', A + 'components/TableHeader.tsx'],
      [A + 'components/BarChart.tsx', A + 'components/BarChart.tsx'],
      [A + 'hooks/useDownload.ts', A + 'hooks/useDownload.ts'],
      [A + 'utils/download.ts', A + 'utils/download.ts'],
      [A + 'utils/text.ts', A + 'utils/text.ts'],
    ],
    textEdits: [
      // The translation test reads the keys the code asks for by the helper's name.
      {
        file: A + '__tests__/terjemahan.test.ts',
        find: /kunciTeks/g,
        replace: 'translationKey',
        all: true,
      },
    ],
  },
];
