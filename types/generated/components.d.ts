import type { Schema, Struct } from '@strapi/strapi';

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
      'medsos.tautan': MedsosTautan;
    }
  }
}
