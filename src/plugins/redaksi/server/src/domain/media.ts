/** The files of a media field as the conditions and the platform checks read them. */
export interface Media {
  mime?: string | null;
  alternativeText?: string | null;
  url?: string | null;
  width?: number | null;
  height?: number | null;
}

/** The images of a media field (one file or a list), in the field's order: PDFs and videos left out. */
export const gambarDalam = (value: unknown): Media[] =>
  (Array.isArray(value) ? (value as Media[]) : value ? [value as Media] : []).filter(
    (file) => typeof file?.mime === 'string' && file.mime.startsWith('image/'),
  );
