/**
 * The plugin's admin routes (docs/ISTILAH.md, "Admin routes of the plugin redaksi"), served
 * under /redaksi. Each needs an authenticated admin; the SOP role is checked by the engine.
 */
import { AKSI_ADMIN } from '../constants';

const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/workflows', handler: 'redaksi.workflows', config: authenticated },
    {
      method: 'GET',
      path: '/documents/:uid/:documentId',
      handler: 'redaksi.document',
      config: authenticated,
    },
    {
      method: 'POST',
      path: '/documents/:uid/:documentId/transitions',
      handler: 'redaksi.transition',
      config: authenticated,
    },
    // An action taken by downloading what its step works from (SOP 21's upload package).
    {
      method: 'GET',
      path: '/documents/:uid/:documentId/downloads/:action',
      handler: 'redaksi.download',
      config: authenticated,
    },
    { method: 'GET', path: '/queue', handler: 'redaksi.queue', config: authenticated },
    // The month at a glance; each content type only for those who may read it in the content manager.
    { method: 'GET', path: '/kalender', handler: 'redaksi.kalender', config: authenticated },
    // Each admin's own notification preference (no one else's: the user comes from the session).
    { method: 'GET', path: '/preferences', handler: 'redaksi.preferences', config: authenticated },
    {
      method: 'PUT',
      path: '/preferences',
      handler: 'redaksi.updatePreferences',
      config: authenticated,
    },
    {
      method: 'GET',
      path: '/recap',
      handler: 'redaksi.recap',
      config: {
        policies: [
          'admin::isAuthenticatedAdmin',
          { name: 'admin::hasPermissions', config: { actions: [AKSI_ADMIN.rekap] } },
        ],
      },
    },
    {
      method: 'GET',
      path: '/disposisi/:documentId/lembar.pdf',
      handler: 'redaksi.lembarDisposisi',
      config: authenticated,
    },
  ],
};
