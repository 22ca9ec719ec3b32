import { useParams } from 'react-router-dom';
import { useGetAlurQuery } from '../services/api';
import { TombolBuat } from './TombolAntrean';

/**
 * The content manager's list of a workflow's type (Liputan, Konten Medsos) offers the same "Buat
 * Liputan" / "Buat Konten Medsos" as Meja Redaksi, to the same people (injection zone
 * `listView.actions`); other types' lists show nothing.
 */
export function TombolBuatDaftar() {
  const { slug } = useParams<{ slug: string }>();
  const { data } = useGetAlurQuery();
  const daftarAlur = data?.alur.filter((alur) => alur.uid === slug) ?? [];
  return <TombolBuat daftarAlur={daftarAlur} />;
}
