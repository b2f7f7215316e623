import type { ReadableLessonItemFragment } from '../gql/graphql';
import type { Language } from '../i18n';
import { type LessonsMessages } from './messages';

/** A lesson's title; an intervisie lesson has none, so it is named by method and month. */
export function lessonTitle(
  lesson: ReadableLessonItemFragment,
  l: LessonsMessages,
  lang: Language,
): string {
  if (lesson.title) return lesson.title;
  const i = lesson.intervision!;
  return l.intervisionTitle(lang === 'nl' ? i.methodNameNl : i.methodNameEn, i.closedMonth, lang);
}

export const lessonHref = (id: string) => `/oogst/${encodeURIComponent(id)}`;

/** "Uit Open Kring" or "Gedeeld met heel Leerhuis". */
export function lessonOrigin(lesson: ReadableLessonItemFragment, l: LessonsMessages): string {
  return lesson.community ? l.inCommunity(lesson.community.name) : l.platformWide;
}
