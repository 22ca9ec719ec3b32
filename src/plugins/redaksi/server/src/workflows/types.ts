/** The workflow definitions' types live with the admin panel's contract (shared/contracts/alur.ts). */
export * from '../../../shared/contracts/alur';
