import { adminApi } from '@strapi/strapi/admin';
import type {
  AlurResponse,
  AntreanRequestQuery,
  AntreanResponse,
  DefinisiAlur,
  DokumenResponse,
  KalenderRequestQuery,
  KalenderResponse,
  MasukanTransisi,
  PreferensiRequest,
  PreferensiResponse,
  Rekap,
  TampilanDokumen,
} from '../types';

/**
 * The plugin's admin routes as RTK Query endpoints on Strapi's own admin API, so that the
 * panel, the document actions and the pages share one cache, and a transition refreshes
 * everything that shows the item: the SOP panel, the queue, and the content manager's own
 * copy of the document (its `Document` tag), since an action may unpublish or create content.
 */
const api = adminApi.enhanceEndpoints({
  addTagTypes: ['RedaksiDokumen', 'RedaksiAntrean', 'RedaksiPreferensi', 'Document', 'Relations'],
});

type Kunci = { uid: string; documentId: string };
const tagDokumen = ({ uid, documentId }: Kunci) => [
  { type: 'RedaksiDokumen' as const, id: `${uid}_${documentId}` },
  // The content manager tags its documents this way: a save or Publish there refreshes the panel.
  { type: 'Document' as const, id: `${uid}_${documentId}` },
];

export const redaksiApi = api.injectEndpoints({
  endpoints: (builder) => ({
    getAlur: builder.query<{ alur: DefinisiAlur[]; peran: { kode: string; nama: string }[] }, void>(
      {
        query: () => '/redaksi/workflows',
        transformResponse: (res: AlurResponse) => ({
          alur: res.data,
          peran: res.meta.peran,
        }),
      },
    ),
    getTampilan: builder.query<TampilanDokumen, Kunci>({
      query: ({ uid, documentId }) => `/redaksi/documents/${uid}/${documentId}`,
      transformResponse: (res: DokumenResponse) => res.data,
      providesTags: (_res, _err, kunci) => tagDokumen(kunci),
    }),
    // The item's view after the action, and the item the action created for its taker to open.
    jalankanAksi: builder.mutation<
      { tampilan: TampilanDokumen; dibuat: NonNullable<DokumenResponse['meta']>['dibuat'] },
      Kunci & MasukanTransisi
    >({
      query: ({ uid, documentId, ...masukan }) => ({
        url: `/redaksi/documents/${uid}/${documentId}/transitions`,
        method: 'POST',
        data: masukan,
      }),
      transformResponse: (res: DokumenResponse) => ({
        tampilan: res.data,
        dibuat: res.meta?.dibuat ?? null,
      }),
      // An action may link documents (a child sheet, the article a disposition asks for): the edit
      // view's relation fields are refetched too.
      invalidatesTags: (_res, _err, kunci) => [...tagDokumen(kunci), 'RedaksiAntrean', 'Relations'],
    }),
    getAntrean: builder.query<AntreanResponse, AntreanRequestQuery>({
      query: (params) => ({ url: '/redaksi/queue', config: { params } }),
      providesTags: ['RedaksiAntrean'],
    }),
    // The month at a glance; refreshed with the queue, since an action moves deadlines.
    getKalender: builder.query<KalenderResponse, KalenderRequestQuery>({
      query: (params) => ({ url: '/redaksi/kalender', config: { params } }),
      providesTags: ['RedaksiAntrean'],
    }),
    getRekap: builder.query<Rekap, string>({
      query: (bulan) => ({
        url: '/redaksi/recap',
        config: { params: { month: bulan, format: 'json' } },
      }),
      transformResponse: (res: { data: Rekap }) => res.data,
    }),
    getPreferensi: builder.query<{ surelAktif: boolean; surelServerAktif: boolean }, void>({
      query: () => '/redaksi/preferences',
      transformResponse: (res: PreferensiResponse) => ({
        ...res.data,
        surelServerAktif: res.meta?.surelServerAktif ?? false,
      }),
      providesTags: ['RedaksiPreferensi'],
    }),
    aturPreferensi: builder.mutation<PreferensiRequest, PreferensiRequest>({
      query: (data) => ({ url: '/redaksi/preferences', method: 'PUT', data }),
      transformResponse: (res: PreferensiResponse) => res.data,
      invalidatesTags: ['RedaksiPreferensi'],
    }),
  }),
  overrideExisting: false,
});

export const {
  useGetAlurQuery,
  useGetTampilanQuery,
  useJalankanAksiMutation,
  useGetAntreanQuery,
  useGetKalenderQuery,
  useGetRekapQuery,
  useGetPreferensiQuery,
  useAturPreferensiMutation,
} = redaksiApi;
