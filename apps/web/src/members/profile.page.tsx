import './members.css';

import { type FormEvent, useState } from 'react';

import { refreshQueries, useApiQuery } from '../api-query';
import {
  type JobRole,
  MemberDirectoryDocument,
  MemberPageDocument,
  MyProfileDocument,
  type MyProfileQuery,
  type ProfileVisibility,
  UpdateMyProfileDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { type Language, THEMES, useLanguage } from '../i18n';
import { MemberOnly } from '../member-only';
import { type ChosenOrganisation, OrganisationPicker } from '../pages/organisation-picker';
import { Link } from '../router';
import { useSession } from '../session';
import {
  Alert,
  Button,
  Choice,
  ErrorSummary,
  Fieldset,
  Heading,
  PageTitle,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextAreaField,
  TextField,
} from '../ui';
import { PROFILE_PARTS, type ProfilePart, useMemberText } from './messages';
import { JobRoleField, LanguageFieldset } from './profile-fields';

type Profile = MyProfileQuery['member'];

/** /profiel: a member edits every part of their profile and who may see each part. */
export function ProfilePage() {
  return <MemberOnly path="/profiel">{() => <LoadedProfile />}</MemberOnly>;
}

function LoadedProfile() {
  const { t } = useMemberText();
  const { viewer } = useSession();
  const id = viewer!.member!.id;
  const { data, failed } = useApiQuery(MyProfileDocument, { id });
  if (failed) return <Alert type="error">{t.genericError}</Alert>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  // Keyed on the member, so a fresh form starts from what is stored.
  return <ProfileForm key={data.member.id} profile={data.member} />;
}

const organisationLabel = (o: { name: string; abbreviation?: string | null }) =>
  o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name;

// The API's field paths, mapped to the element a summary link jumps to.
const FIELD_TARGETS: Record<string, string> = {
  name: 'name',
  organisationId: 'organisation-search',
  jobRole: 'jobRole',
  themes: 'themes',
  bio: 'bio',
  offer: 'offer',
  seeking: 'seeking',
  language: 'language',
};

function ProfileForm({ profile }: { profile: Profile }) {
  const { m, t, lang } = useMemberText();
  const { setLang } = useLanguage();
  const { reload } = useSession();
  const [name, setName] = useState(profile.name);
  const [organisation, setOrganisation] = useState<ChosenOrganisation | null>(
    profile.organisation
      ? { id: profile.organisation.id, name: organisationLabel(profile.organisation) }
      : null,
  );
  const [jobRole, setJobRole] = useState<JobRole | ''>(profile.jobRole ?? '');
  const [themes, setThemes] = useState<string[]>(profile.themes ?? []);
  const [bio, setBio] = useState(profile.bio ?? '');
  const [offer, setOffer] = useState(profile.offer ?? '');
  const [seeking, setSeeking] = useState(profile.seeking ?? '');
  const [language, setLanguage] = useState<Language>(profile.language === 'en' ? 'en' : 'nl');
  const [visibility, setVisibility] = useState(
    () =>
      Object.fromEntries(
        PROFILE_PARTS.map((part) => [part, profile.visibility?.[part] ?? 'MEMBERS']),
      ) as Record<ProfilePart, ProfileVisibility>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  // Themes from the list, plus any the member added elsewhere (kept, so saving loses none).
  const themeChoices = [
    ...THEMES.map((theme) => ({
      value: theme.value,
      label: lang === 'nl' ? theme.value : theme.en,
    })),
    ...(profile.themes ?? [])
      .filter((theme) => !THEMES.some((known) => known.value === theme))
      .map((theme) => ({ value: theme, label: theme })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (name.trim().length < 2) {
      setErrors({ name: m.nameRequired });
      setSummary(t.fixFields);
      return;
    }
    setBusy(true);
    try {
      await request(UpdateMyProfileDocument, {
        input: {
          name: name.trim(),
          organisationId: organisation?.id ?? null,
          jobRole: jobRole || null,
          themes,
          bio,
          offer,
          seeking,
          language,
          visibility,
        },
      });
      setErrors({});
      setSummary(null);
      setSaved(true);
      if (language !== lang) setLang(language);
      await Promise.all([
        reload(),
        refreshQueries(MyProfileDocument, MemberPageDocument, MemberDirectoryDocument),
      ]);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'BAD_USER_INPUT' && caught.fields.length) {
        setErrors(Object.fromEntries(caught.fields.map((f) => [f.field, f.message])));
        setSummary(t.fixFields);
      } else {
        setErrors({});
        setSummary(t.genericError);
      }
    } finally {
      setBusy(false);
    }
  }

  const labelOf = (field: string): string => {
    if (field === 'name') return t.nameLabel;
    if (field === 'organisationId') return t.organisationLegend;
    if (field === 'jobRole') return t.jobRoleLabel;
    if (field === 'language') return m.languageLegend;
    const part = field.replace(/^visibility\./, '') as ProfilePart;
    if (field.startsWith('visibility.')) return m.visibilityLabel(m.parts[part]);
    return m.parts[part] ?? field;
  };
  const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    target: FIELD_TARGETS[field] ?? `visibility-${field.replace(/^visibility\./, '')}`,
    message: `${labelOf(field)}: ${message}`,
  }));

  return (
    <>
      <PageTitle>{m.editTitle}</PageTitle>
      {summary && <ErrorSummary title={t.errorSummaryTitle} message={summary} items={items} />}
      {saved && (
        <Alert type="ok">
          <Paragraph>{m.saved}</Paragraph>
        </Alert>
      )}
      <Paragraph lead>{m.editIntro}</Paragraph>
      <Paragraph>
        <Link href={`/leden/${profile.id}`}>{m.viewMine}</Link>
      </Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <TextField
          id="name"
          label={t.nameLabel}
          description={t.nameDescription}
          error={errors.name}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id="email"
          label={m.parts.email}
          name="email"
          readOnly
          value={profile.email ?? ''}
        />
        <OrganisationPicker
          value={organisation}
          onChange={setOrganisation}
          error={errors.organisationId}
        />
        <JobRoleField value={jobRole} onChange={setJobRole} error={errors.jobRole} />
        <Fieldset
          id="themes"
          legend={t.themesLegend}
          description={t.themesDescription}
          error={errors.themes}
        >
          {themeChoices.map((theme, index) => (
            <Choice
              key={theme.value}
              type="checkbox"
              id={`theme-${index}`}
              name="themes"
              value={theme.value}
              label={theme.label}
              checked={themes.includes(theme.value)}
              onChange={(checked) =>
                setThemes(
                  checked ? [...themes, theme.value] : themes.filter((v) => v !== theme.value),
                )
              }
            />
          ))}
        </Fieldset>
        <TextAreaField
          id="bio"
          label={m.bioLabel}
          description={m.bioDescription}
          error={errors.bio}
          value={bio}
          onChange={setBio}
        />
        <TextAreaField
          id="offer"
          label={m.offerLabel}
          description={m.offerDescription}
          error={errors.offer}
          value={offer}
          onChange={setOffer}
          rows={3}
        />
        <TextAreaField
          id="seeking"
          label={m.seekingLabel}
          description={m.seekingDescription}
          error={errors.seeking}
          value={seeking}
          onChange={setSeeking}
          rows={3}
        />
        <LanguageFieldset
          legend={m.languageLegend}
          description={m.languageDescription}
          error={errors.language}
          value={language}
          onChange={setLanguage}
        />
        <section aria-labelledby="visibility-title">
          <Heading level={2} id="visibility-title">
            {m.visibilityTitle}
          </Heading>
          <Paragraph>{m.visibilityIntro}</Paragraph>
          {PROFILE_PARTS.map((part) => (
            <SelectField
              key={part}
              id={`visibility-${part}`}
              label={m.visibilityLabel(m.parts[part])}
              error={errors[`visibility.${part}`]}
              name={`visibility-${part}`}
              value={visibility[part]}
              onChange={(event) =>
                setVisibility({
                  ...visibility,
                  [part]: event.target.value as ProfileVisibility,
                })
              }
            >
              {(['MEMBERS', 'PRIVATE'] as const).map((choice) => (
                <option key={choice} value={choice}>
                  {m.visibilities[choice]}
                </option>
              ))}
            </SelectField>
          ))}
          <Paragraph>
            {m.boundarySpannerHint} <Link href="/grenswerkers">{m.boundarySpannerLink}</Link>.
          </Paragraph>
        </section>
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {m.save}
        </Button>
      </form>
    </>
  );
}
