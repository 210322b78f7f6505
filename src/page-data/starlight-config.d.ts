// Starlight resolves this virtual module for any importer but ships no types for it; we only read
// the edit link base so runbook pages get the same "Edit page" link as docs pages.
declare module 'virtual:starlight/user-config' {
  const config: { editLink: { baseUrl?: string | undefined } };
  export default config;
}
