/** One OpenID Connect provider members may sign in with (OIDC_<ID>_* variables). */
export interface OidcProviderConfig {
  /** Lowercase id from OIDC_PROVIDERS; part of the sign-in URLs (/auth/oidc/<id>/…). */
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button: "Inloggen met <label>". */
  label: string;
  /** Email domains whose verified addresses may sign in with this provider (exact match). */
  allowedDomains: string[];
}

const ID = /^[a-z][a-z0-9]{0,29}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The variable holding `field` of provider `id`, e.g. OIDC_MINBZK_CLIENT_ID. */
export function oidcVariable(id: string, field: string): string {
  return `OIDC_${id.toUpperCase()}_${field}`;
}

/**
 * Reads the providers OIDC_PROVIDERS names. Returns every problem at once, like the rest of
 * the configuration; a client secret is never echoed.
 */
export function readOidcProviders(
  list: string,
  env: NodeJS.ProcessEnv,
  production: boolean,
): { providers: OidcProviderConfig[]; problems: string[] } {
  const ids = list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const providers: OidcProviderConfig[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (!ID.test(id)) {
      problems.push(
        `OIDC_PROVIDERS is invalid (got "${id}"): a provider id is lowercase letters and digits, starting with a letter (at most 30)`,
      );
      continue;
    }
    if (seen.has(id)) {
      problems.push(`OIDC_PROVIDERS names "${id}" twice`);
      continue;
    }
    seen.add(id);
    const read = (field: string) => env[oidcVariable(id, field)]?.trim() ?? '';
    const missing = (field: string, what: string) =>
      problems.push(`${oidcVariable(id, field)} is missing (${what}, for OIDC provider "${id}")`);
    const issuer = read('ISSUER');
    const clientId = read('CLIENT_ID');
    const clientSecret = read('CLIENT_SECRET');
    const label = read('LABEL');
    const domains = read('ALLOWED_DOMAINS')
      .split(',')
      .map((domain) => domain.trim().toLowerCase())
      .filter(Boolean);
    const before = problems.length;
    if (!issuer) missing('ISSUER', 'the issuer URL');
    else if (!validIssuer(issuer, production)) {
      problems.push(
        `${oidcVariable(id, 'ISSUER')} is invalid (got "${issuer}"): ${production ? 'an https:// URL in production' : 'an http(s):// URL'}`,
      );
    }
    if (!clientId) missing('CLIENT_ID', 'the client id registered at the provider');
    if (!clientSecret) missing('CLIENT_SECRET', 'the client secret');
    if (!label) missing('LABEL', 'the name on the sign-in button');
    else if (label.length > 60)
      problems.push(`${oidcVariable(id, 'LABEL')} is invalid: at most 60 characters`);
    if (domains.length === 0) {
      missing('ALLOWED_DOMAINS', 'comma-separated email domains that may sign in');
    }
    for (const domain of domains.filter((d) => !DOMAIN.test(d))) {
      problems.push(
        `${oidcVariable(id, 'ALLOWED_DOMAINS')} is invalid (got "${domain}"): list domains like minbzk.nl, separated by commas`,
      );
    }
    if (problems.length === before) {
      providers.push({ id, issuer, clientId, clientSecret, label, allowedDomains: domains });
    }
  }
  return { providers, problems };
}

function validIssuer(issuer: string, production: boolean): boolean {
  try {
    const url = new URL(issuer);
    if (url.search || url.hash) return false;
    return url.protocol === 'https:' || (!production && url.protocol === 'http:');
  } catch {
    return false;
  }
}
