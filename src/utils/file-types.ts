/**
 * What the SOPs take in as files: photos (dokumentasi, foto), the videos and infographics SOP 21
 * langkah 1 names beside them ("video, infografis"), and letters and attachments as PDF. Anything
 * else is refused by the upload plugin before a byte is stored (config/plugins.ts, upload
 * `security`): an SVG or an HTML page above all, which a browser would run as this site's own
 * page from /uploads, and executables and office documents, which no step of the SOPs asks for.
 */
export const ACCEPTED_FILE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'video/mp4',
  'video/quicktime',
  'video/webm',
  'application/pdf',
];

/** The upload plugin's refusal of a type, in Indonesian: what was sent and what is taken. */
export function rejectedFileTypeMessage(jenis: string | undefined): string {
  return `Jenis berkas ${jenis ? `${jenis} ` : ''}tidak diterima. Yang diterima: foto (JPEG, PNG, WebP, GIF, AVIF), video (MP4, MOV, WebM) dan dokumen PDF.`;
}
