/**
 * Deadline arithmetic must not depend on the server's zone: the unit tests run in Los Angeles,
 * far from WIB. Set on the worker's real process, before the test file is loaded: the `process`
 * a test (or a setup file) sees is the sandbox's copy, and setting TZ there changes nothing for
 * `Date` (it did, for a while, and the unit tests ran in the machine's zone). The zone is given
 * back on teardown, so a run that goes on with the integration project in the same process is
 * not moved with it. `zona.test.ts` proves the zone holds.
 */
'use strict';

const { TestEnvironment } = require('jest-environment-node');

const ZONA = 'America/Los_Angeles';

class LingkunganZonaAsing extends TestEnvironment {
  async setup() {
    this.zonaSebelum = process.env.TZ;
    process.env.TZ = ZONA;
    this.global.process.env.TZ = ZONA;
    await super.setup();
  }

  async teardown() {
    if (this.zonaSebelum === undefined) delete process.env.TZ;
    else process.env.TZ = this.zonaSebelum;
    await super.teardown();
  }
}

module.exports = LingkunganZonaAsing;
