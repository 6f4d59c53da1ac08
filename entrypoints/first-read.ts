import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { beginFirstRead } from '../lib/store/first-read';

// The pages' first script (a plain <script> in each page's <head>, before its modules).
export default defineUnlistedScript(() => beginFirstRead());
