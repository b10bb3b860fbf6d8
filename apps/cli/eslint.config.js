import config from '@smartcities/eslint-config';

export default config();
