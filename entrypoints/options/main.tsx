import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import '../../src/ui/options/options-entry.css';
import { Options } from '../../src/ui/options/Options';

const app = document.getElementById('app');
if (app) render(<Options />, app);
