import { useApiQuery } from '../api-query';
import { SignInProvidersDocument, type SignInProvidersQuery } from '../gql/graphql';
import { useSearchParam } from '../router';
import { ErrorSummary, Heading, Paragraph } from '../ui';
import { useSignInText } from './sign-in-messages';

type Provider = SignInProvidersQuery['signInProviders'][number];

const NO_ITEMS: never[] = [];

/** The organisation accounts (OpenID Connect providers) to sign in with; [] while loading. */
export function useSignInProviders(): Provider[] {
  return useApiQuery(SignInProvidersDocument).data?.signInProviders ?? [];
}

/**
 * Why signing in with a provider failed: the API sends the browser back with
 * ?fout=<code>&aanbieder=<id>. Nothing without ?fout.
 */
export function ProviderFailure({ providers }: { providers: Provider[] }) {
  const text = useSignInText();
  const [failure] = useSearchParam('fout');
  const [providerId] = useSearchParam('aanbieder');
  if (!failure) return null;
  const label = providers.find((p) => p.id === providerId)?.label ?? null;
  const explain = text.failures[failure];
  return (
    <ErrorSummary
      title={text.failedTitle(label)}
      message={explain ? explain(label ?? text.provider) : text.otherFailure}
      items={NO_ITEMS}
    />
  );
}

export function ProviderButtons({ providers }: { providers: Provider[] }) {
  const text = useSignInText();
  return (
    <section aria-labelledby="sign-in-account">
      <Heading level={2} id="sign-in-account">
        {text.accountTitle}
      </Heading>
      <Paragraph>{text.accountIntro}</Paragraph>
      <ul className="sign-in-providers">
        {providers.map((provider) => (
          <li key={provider.id}>
            {/* A full page load: the API sends the browser on to the provider. */}
            <a
              href={provider.startPath}
              className="utrecht-button-link utrecht-button-link--primary-action"
            >
              {text.accountButton(provider.label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
