import { PLUGIN_ID } from '../constants';
import type services from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;

/** A typed handle on one of this plugin's services. */
export function getService<Name extends ServiceName>(name: Name): ReturnType<Services[Name]> {
  return strapi.plugin(PLUGIN_ID).service<ReturnType<Services[Name]>>(name);
}
