/**
 * The engine's only source of "now". Tests replace `sekarang` to act at 23:59 or 00:01 WIB;
 * nothing else in the plugin calls `new Date()` for a decision.
 */
export default () => ({
  now(): Date {
    return new Date();
  },
});
