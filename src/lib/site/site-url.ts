/**
 * Where the site is published. The build takes it from SITE_URL; this placeholder is used when that
 * is unset, so feed addresses and UIDs are the same in every local build.
 */
export const DEFAULT_SITE_URL = 'https://support-handbook.example.gov.uk';

export function siteUrl(fromEnvironment: string | undefined): string {
  return fromEnvironment?.trim() || DEFAULT_SITE_URL;
}
