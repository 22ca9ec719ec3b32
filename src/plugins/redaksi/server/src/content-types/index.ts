import cuplikan from './cuplikan/schema.json';
import jadwalTayang from './jadwal-tayang/schema.json';
import kirimanSurel from './kiriman-surel/schema.json';
import penomoran from './penomoran/schema.json';
import preferensiSurel from './preferensi-surel/schema.json';
import riwayat from './riwayat/schema.json';
import statusAlur from './status-alur/schema.json';

export default {
  'status-alur': { schema: statusAlur },
  riwayat: { schema: riwayat },
  penomoran: { schema: penomoran },
  'kiriman-surel': { schema: kirimanSurel },
  'preferensi-surel': { schema: preferensiSurel },
  cuplikan: { schema: cuplikan },
  'jadwal-tayang': { schema: jadwalTayang },
};
