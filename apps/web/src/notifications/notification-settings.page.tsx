import './notifications.css';

import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import { EmailDeliveryNotice } from '../email-delivery/email-delivery-notice';
import { formatInstant } from '../format-time';
import {
  type CommunityNotificationMode,
  type DigestFrequency,
  type NotificationChannel,
  NotificationSettingsDocument,
  type NotificationSettingsQuery,
  SetCommunityNotificationModeDocument,
  UpdateNotificationSettingsDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberOnly } from '../member-only';
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
} from '../ui';
import { type ChannelSetting, useNotificationText } from './messages';

type Settings = NotificationSettingsQuery['notificationSettings'];

const FREQUENCIES: DigestFrequency[] = ['DAILY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'NEVER'];
const CHANNELS: NotificationChannel[] = ['IMMEDIATE', 'DIGEST', 'IN_APP'];
const KINDS: ChannelSetting[] = [
  'mentions',
  'replies',
  'meetingChanges',
  'coffeeDate',
  'intervisionPhases',
];
const MODES: CommunityNotificationMode[] = ['IMMEDIATE', 'DIGEST', 'MUTED'];
const TIMES = Array.from(
  { length: 96 },
  (_, i) =>
    `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
);

/** The API's field names → the id of the form control that shows the error. */
const FIELD_IDS: Record<string, string> = {
  digestFrequency: 'digest-frequency',
  digestWeekday: 'digest-weekday',
  digestTime: 'digest-time',
  emailLanguage: 'email-language',
  ...Object.fromEntries(KINDS.map((kind) => [kind, `channel-${kind}`])),
};

export function NotificationSettingsPage() {
  return (
    <MemberOnly path="/instellingen/meldingen">{() => <NotificationSettingsForm />}</MemberOnly>
  );
}

function NotificationSettingsForm() {
  const { t } = useNotificationText();
  const { data, failed, reload } = useApiQuery(NotificationSettingsDocument);
  // Kept here: saving reloads the settings, which starts the form afresh.
  const [saved, setSaved] = useState(false);
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  return (
    <SettingsForm
      key={JSON.stringify(data)}
      initial={data.notificationSettings}
      saved={saved}
      setSaved={setSaved}
      onSaved={async () => {
        await reload();
        setSaved(true);
      }}
    />
  );
}

function SettingsForm({
  initial,
  saved,
  setSaved,
  onSaved,
}: {
  initial: Settings;
  saved: boolean;
  setSaved: (saved: boolean) => void;
  onSaved: () => Promise<void>;
}) {
  const { n, t, lang } = useNotificationText();
  const [form, setForm] = useState(() => ({
    digestFrequency: initial.digestFrequency,
    digestWeekday: initial.digestWeekday,
    digestTime: initial.digestTime,
    emailLanguage: initial.emailLanguage,
    mentions: initial.mentions,
    replies: initial.replies,
    meetingChanges: initial.meetingChanges,
    coffeeDate: initial.coffeeDate,
    intervisionPhases: initial.intervisionPhases,
  }));
  const [modes, setModes] = useState<Record<string, CommunityNotificationMode>>(() =>
    Object.fromEntries(initial.communities.map((c) => [c.community.id, c.mode])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setSaved(false);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFailure(null);
    setSaved(false);
    const fieldErrors: Record<string, string> = {};
    let failed = false;
    try {
      await request(UpdateNotificationSettingsDocument, { input: form });
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        for (const f of error.fields) fieldErrors[FIELD_IDS[f.field] ?? f.field] = f.message;
      } else {
        failed = true;
        setFailure(error instanceof ApiError ? error.message : t.genericError);
      }
    }
    if (Object.keys(fieldErrors).length === 0 && !failed) {
      for (const setting of initial.communities) {
        const mode = modes[setting.community.id];
        if (mode === setting.mode) continue;
        try {
          await request(SetCommunityNotificationModeDocument, {
            input: { communityId: setting.community.id, mode },
          });
        } catch (error) {
          fieldErrors[`mode-${setting.community.id}`] =
            error instanceof ApiError ? error.message : t.genericError;
        }
      }
    }
    setSaving(false);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0 && !failed) await onSaved();
  }

  const summary: SummaryItem[] = Object.entries(errors).map(([target, message]) => ({
    target,
    message,
  }));
  const weekly = form.digestFrequency !== 'DAILY' && form.digestFrequency !== 'NEVER';

  return (
    <>
      <PageTitle>{n.settingsTitle}</PageTitle>
      <Paragraph lead>{n.settingsIntro}</Paragraph>
      {/* Mail that bounces for good stops every email: say so above the choices. */}
      <EmailDeliveryNotice />
      {summary.length > 0 && (
        <ErrorSummary title={t.errorSummaryTitle} message={t.fixFields} items={summary} />
      )}
      {failure && <Alert type="error">{failure}</Alert>}
      <form onSubmit={(event) => void save(event)} noValidate>
        <Heading level={2}>{n.digestTitle}</Heading>
        <Paragraph>{n.digestIntro}</Paragraph>
        <SelectField
          id="digest-frequency"
          label={n.frequencyLabel}
          error={errors['digest-frequency']}
          value={form.digestFrequency}
          onChange={(event) => set('digestFrequency', event.target.value as DigestFrequency)}
        >
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {n.frequencies[f]}
            </option>
          ))}
        </SelectField>
        {form.digestFrequency !== 'NEVER' && (
          <>
            {weekly && (
              <SelectField
                id="digest-weekday"
                label={n.weekdayLabel}
                description={n.weekdayHint}
                error={errors['digest-weekday']}
                value={form.digestWeekday}
                onChange={(event) => set('digestWeekday', Number(event.target.value))}
              >
                {n.weekdays.map((day, i) => (
                  <option key={day} value={i + 1}>
                    {day}
                  </option>
                ))}
              </SelectField>
            )}
            <SelectField
              id="digest-time"
              label={n.timeLabel}
              description={n.timeHint}
              error={errors['digest-time']}
              value={form.digestTime}
              onChange={(event) => set('digestTime', event.target.value)}
            >
              {TIMES.map((time) => (
                <option key={time} value={time}>
                  {time}
                </option>
              ))}
            </SelectField>
            {initial.nextDigestAt && (
              <Paragraph>
                {n.nextDigest(formatInstant(initial.nextDigestAt, lang, 'moment'))}
              </Paragraph>
            )}
          </>
        )}
        <Fieldset id="email-language" legend={n.languageLegend} error={errors['email-language']}>
          {(['nl', 'en'] as const).map((code) => (
            <Choice
              key={code}
              type="radio"
              id={`email-language-${code}`}
              name="email-language"
              value={code}
              lang={code}
              label={n.languages[code]}
              checked={form.emailLanguage === code}
              onChange={() => set('emailLanguage', code)}
            />
          ))}
        </Fieldset>

        <Heading level={2}>{n.kindsTitle}</Heading>
        {KINDS.map((kind) => (
          <Fieldset
            key={kind}
            id={`channel-${kind}`}
            legend={n.kinds[kind][0]}
            description={n.kinds[kind][1]}
            error={errors[`channel-${kind}`]}
          >
            {CHANNELS.map((channel) => (
              <Choice
                key={channel}
                type="radio"
                id={`channel-${kind}-${channel}`}
                name={`channel-${kind}`}
                value={channel}
                label={n.channels[channel]}
                checked={form[kind] === channel}
                onChange={() => set(kind, channel)}
              />
            ))}
          </Fieldset>
        ))}

        <Heading level={2}>{n.communitiesTitle}</Heading>
        <Paragraph>{n.communitiesIntro}</Paragraph>
        {initial.communities.length === 0 && <Paragraph>{n.communitiesEmpty}</Paragraph>}
        {initial.communities.map(({ community }) => {
          const id = `mode-${community.id}`;
          return (
            <SelectField
              key={community.id}
              id={id}
              label={n.modeLabel(community.name)}
              error={errors[id]}
              value={modes[community.id]}
              onChange={(event) => {
                setModes((current) => ({
                  ...current,
                  [community.id]: event.target.value as CommunityNotificationMode,
                }));
                setSaved(false);
              }}
            >
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {n.modes[mode]}
                </option>
              ))}
            </SelectField>
          );
        })}
        <div className="notification-settings__actions">
          <Button type="submit" disabled={saving}>
            {n.save}
          </Button>
        </div>
        {saved && <Alert type="ok">{n.saved}</Alert>}
      </form>
    </>
  );
}
