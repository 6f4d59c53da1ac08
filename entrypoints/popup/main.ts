import { localisePage } from '../../lib/i18n/page';
import { t } from '../../lib/i18n/ui';
import { mount } from 'svelte';
import App from './App.svelte';
import '../../components/base.css';

localisePage(document, t('common_extName'));
mount(App, { target: document.getElementById('app')! });
