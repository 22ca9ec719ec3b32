import type { Schema, Struct } from '@strapi/strapi';

export interface InformasiPublikUjiKonsekuensi extends Struct.ComponentSchema {
  collectionName: 'components_informasi_publik_uji_konsekuensi';
  info: {
    description: 'Uji konsekuensi atas informasi yang dikecualikan (UU 14/2008 Pasal 2 ayat 4 dan Pasal 19; Perki 1/2010)';
    displayName: 'Uji konsekuensi';
    icon: 'scale';
  };
  attributes: {
    akibat: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    kepentinganPublik: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    kesimpulan: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface MedsosTautan extends Struct.ComponentSchema {
  collectionName: 'components_medsos_tautan';
  info: {
    description: 'Alamat unggahan konten di satu platform media sosial';
    displayName: 'Tautan unggahan';
    icon: 'link';
  };
  attributes: {
    diunggahPada: Schema.Attribute.DateTime;
    platform: Schema.Attribute.Enumeration<
      ['instagram', 'facebook', 'x', 'youtube', 'tiktok', 'threads']
    > &
      Schema.Attribute.Required;
    url: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'informasi-publik.uji-konsekuensi': InformasiPublikUjiKonsekuensi;
      'medsos.tautan': MedsosTautan;
    }
  }
}
