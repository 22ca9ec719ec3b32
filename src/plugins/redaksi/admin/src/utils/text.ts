import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';

/** A translation key of this plugin, as react-intl knows it ("redaksi.panel.judul"). */
export const translationKey = (kunci: string) => `${PLUGIN_ID}.${kunci}`;

/**
 * The plugin's labels, from translations/id.json and en.json. The Indonesian text is also the
 * default, so that a missing translation still reads right for the editors.
 */
export function useText() {
  const { formatMessage } = useIntl();
  return (kunci: string, bawaan: string, nilai?: Record<string, string | number>) =>
    formatMessage({ id: translationKey(kunci), defaultMessage: bawaan }, nilai);
}

/** The server's refusal, in its own (Indonesian) words; a generic line only if it gave none. */
export function errorMessage(galat: unknown, bawaan: string): string {
  if (
    galat &&
    typeof galat === 'object' &&
    'message' in galat &&
    typeof galat.message === 'string' &&
    galat.message
  ) {
    return galat.message;
  }
  return bawaan;
}

/**
 * A content type's field as the content manager labels it (`nomorAgenda` → "Nomor agenda"): the
 * codes the server answers with (changed fields, editable fields, the letter's fields) are never
 * shown to people as they are. A unit test keeps every field's label in both languages.
 */
export function useFieldLabel(uid: string) {
  const { formatMessage } = useIntl();
  return (field: string) =>
    formatMessage({ id: `content-manager.content-types.${uid}.${field}`, defaultMessage: field });
}
