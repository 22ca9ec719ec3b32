import penomoran from './penomoran/schema.json';
import riwayat from './riwayat/schema.json';
import statusAlur from './status-alur/schema.json';

export default {
  'status-alur': { schema: statusAlur },
  riwayat: { schema: riwayat },
  penomoran: { schema: penomoran },
};
