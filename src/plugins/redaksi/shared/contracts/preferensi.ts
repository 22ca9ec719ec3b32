/**
 * GET and PUT /redaksi/preferences: whether the current admin receives the SOP's notification
 * mails. Answered by the plugin's `notifikasi` service, read by Settings › Redaksi › Pemberitahuan.
 */

/** The body of PUT /redaksi/preferences. */
export interface PreferensiRequest {
  surelAktif: boolean;
}

/** PUT answers `data` alone; GET adds whether the server sends mail at all (SMTP configured). */
export interface PreferensiResponse {
  data: { surelAktif: boolean };
  meta?: { surelServerAktif: boolean };
}
