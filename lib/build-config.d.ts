// Build-time configuration injected by wxt.config.ts (`vite.define`).
declare const __GOOGLE_CLIENT_ID__: string;
declare const __GOOGLE_AUTH_URL__: string;
declare const __GOOGLE_API_URL__: string;
declare const __GMAIL_API_URL__: string;
