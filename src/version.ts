// The copydesk version, from package.json.
import manifest from '../package.json';

export const VERSION: string = manifest.version;
