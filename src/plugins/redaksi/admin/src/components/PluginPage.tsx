import type * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';

/**
 * One of the plugin's pages as Strapi lays out its own: the browser tab's title, the header with
 * its subtitle (and, where there is one, the page's main action), then the content.
 */
export function PluginPage({
  judul,
  subjudul,
  tindakan,
  children,
}: {
  judul: string;
  subjudul: string;
  tindakan?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Page.Main>
      <Page.Title>{judul}</Page.Title>
      <Layouts.Header title={judul} subtitle={subjudul} primaryAction={tindakan} />
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
}
