import config from 'virtual:starlight/user-config';

/** The "Edit page" URL for a file, built like Starlight builds it for docs pages. */
export function editUrlFor(filePath: string | undefined): string | false {
  const base = config.editLink.baseUrl;
  if (!base || !filePath) return false;
  return `${base.replace(/\/?$/, '/')}${filePath.replace(/^\.\//, '')}`;
}
