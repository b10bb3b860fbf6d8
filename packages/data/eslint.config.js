import config from '@smartcities/eslint-config';

/** The small statistics core shares (src/stats) are held to core's purity rules. */
export default config({ pure: ['src/stats/**/*.ts'] });
