import type { Aktor } from './aktor';

/**
 * What the engine tells once a transition is committed: the mail (services/mail/) listens, the
 * engine does not know who.
 */

/** A document that reached a stage through a transition: its own, or one an effect created (a child sheet, an article). */
export interface Kedatangan {
  uid: string;
  documentId: string;
}

/** What a committed transition tells people. */
export interface PeristiwaTransisi {
  uid: string;
  documentId: string;
  kodeAksi: string;
  /** The stage the action left, and the one it led to. */
  dari: string;
  ke: string;
  aktor: Aktor;
  note: string | null;
  /** Every document that arrived at a new stage, the acted-on one included when it moved. */
  tiba: Kedatangan[];
}
