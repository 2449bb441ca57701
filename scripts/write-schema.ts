// Writes copydesk.schema.json, the JSON Schema of a config, from the built-in rules' declarations:
// `npm run schema` after a rule or option changes (a test fails until the file matches).
import fs from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../src/registry';
import { configSchema } from '../src/config/json-schema';

const file = path.join(process.cwd(), 'copydesk.schema.json');
fs.writeFileSync(file, `${JSON.stringify(configSchema(builtinRules), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
