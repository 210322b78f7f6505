/**
 * Links into the git host's web editor. `EDIT_BASE_URL` (also Starlight's "Edit page" link) is the
 * address a file's path is added to; `ROTA_EDIT_URL`, when set, is a whole template for the rota
 * builder's link, with {path}, {message} (the commit message) and {value} (the file's new text)
 * filled in, URL-encoded, for hosts whose editor reads other parameters.
 */

export const DEFAULT_EDIT_BASE_URL = 'https://github.com/support-handbook/support-handbook/edit/main/';

export function editBaseUrl(env: Record<string, string | undefined>): string {
  return env.EDIT_BASE_URL || DEFAULT_EDIT_BASE_URL;
}

export function rotaEditTemplate(env: Record<string, string | undefined>): string {
  return env.ROTA_EDIT_URL || `${editBaseUrl(env)}{path}?message={message}&value={value}`;
}

export function fileEditUrl(template: string, fields: { path: string; message: string; value?: string | undefined }): string {
  const url = template
    .replaceAll('{path}', fields.path)
    .replaceAll('{message}', encodeURIComponent(fields.message))
    .replaceAll('{value}', fields.value === undefined ? '' : encodeURIComponent(fields.value));
  // Without the file's text, leave out an empty value rather than ask the editor to empty the file.
  return fields.value === undefined ? url.replace(/[?&]value=(?=&|$)/, '').replace(/\?&/, '?') : url;
}
