// Renders the SDK's nunjucks templates (templates/): linker scripts and C glue.

import nunjucks from 'nunjucks';

import { TEMPLATES_DIR } from '../sdk/paths.js';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES_DIR), {
  autoescape: false,
  throwOnUndefined: true,
  trimBlocks: false,
});
env.addFilter('hex', (n) => `0x${Number(n).toString(16).toUpperCase()}`);

export function renderTemplate(name, context) {
  return env.render(name, context);
}
