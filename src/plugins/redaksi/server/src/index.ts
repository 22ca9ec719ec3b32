import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';
import { getService } from './utils/get-service';

/** The schedule trigger's Redis connections close with the server (tests start and stop many). */
const destroy = () => getService('jadwal-tayang').pemicu.tutup();

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  routes,
  services,
};
