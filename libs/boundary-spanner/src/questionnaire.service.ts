import { recordEvent } from '@leerhuis/platform-events';
import type { FieldError, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  boundarySpannerProfileTaken,
  boundarySpannerQuestionnairePublished,
} from './boundary-spanner.events';
import { BoundarySpannerErrorCode, BoundarySpannerException } from './boundary-spanner.exception';
import { AnswerEntity, AttemptEntity } from './entities/attempt.entity';
import { ProfileEntity } from './entities/profile.entity';
import { QuestionnaireEntity } from './entities/questionnaire.entity';
import { ProfileRepository } from './profile.repository';
import { normaliseItems, validateQuestionnaireItems } from './questionnaire';
import { QuestionnaireRepository } from './questionnaire.repository';
import { ANSWER_MAX, ANSWER_MIN, scoreAnswers } from './scoring';

export interface AnswerValue {
  itemKey: string;
  value: number;
}

/** An attempt with its answers and the version it belongs to. */
export interface AttemptView {
  attempt: AttemptEntity;
  answers: AnswerEntity[];
  questionnaire: QuestionnaireEntity;
}

@Injectable()
export class QuestionnaireService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly profiles: ProfileRepository,
    private readonly dataSource: DataSource,
  ) {}

  async current(manager?: EntityManager): Promise<QuestionnaireEntity> {
    const questionnaire = await this.questionnaires.current(manager);
    if (!questionnaire) {
      throw new BoundarySpannerException(
        BoundarySpannerErrorCode.QUESTIONNAIRE_NOT_FOUND,
        'No questionnaire has been published.',
      );
    }
    return questionnaire;
  }

  /** The viewer's draft for the current version (a draft for an older version is not shown). */
  async draft(viewer: Viewer, questionnaire: QuestionnaireEntity): Promise<AttemptView | null> {
    const attempt = await this.questionnaires.findDraft(viewer.memberId!);
    if (!attempt || attempt.questionnaireVersion !== questionnaire.version) return null;
    return { attempt, answers: await this.questionnaires.answers(attempt.id), questionnaire };
  }

  /**
   * Saves answers to the viewer's draft for the current version, starting one if needed (a
   * draft left on an older version is replaced). All or nothing.
   */
  async save(
    viewer: Viewer,
    input: { version: number; answers: AnswerValue[] },
  ): Promise<AttemptView> {
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await this.current(manager);
      if (input.version !== questionnaire.version) {
        throw new BoundarySpannerException(
          BoundarySpannerErrorCode.VERSION_NOT_CURRENT,
          `Version ${input.version} is not the current questionnaire (version ${questionnaire.version}).`,
          [
            {
              field: 'version',
              message: `Answer version ${questionnaire.version}; reload the questionnaire.`,
            },
          ],
        );
      }
      checkAnswers(questionnaire, input.answers, 'answers');
      let attempt = await this.questionnaires.lockDraft(viewer.memberId!, manager);
      if (attempt && attempt.questionnaireVersion !== questionnaire.version) {
        await this.questionnaires.deleteAttempt(attempt.id, manager);
        attempt = null;
      }
      attempt ??= await this.questionnaires.startDraft(
        viewer.memberId!,
        questionnaire.version,
        manager,
      );
      await this.questionnaires.saveAnswers(attempt.id, input.answers, manager);
      return {
        attempt: (await this.questionnaires.lockDraft(viewer.memberId!, manager))!,
        answers: await this.questionnaires.answers(attempt.id, manager),
        questionnaire,
      };
    });
  }

  /**
   * Submits the viewer's draft (with any last answers): every item must be answered. Scores it
   * on the version it was answered on and adds a profile; earlier profiles stay as history.
   */
  async submit(
    viewer: Viewer,
    input: { attemptId: string; answers?: AnswerValue[] | null },
  ): Promise<ProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.questionnaires.lockAttempt(
        input.attemptId,
        viewer.memberId!,
        manager,
      );
      if (!attempt) {
        throw new BoundarySpannerException(
          BoundarySpannerErrorCode.ATTEMPT_NOT_FOUND,
          'Questionnaire attempt not found.',
          [{ field: 'attemptId', message: 'No attempt of yours with this id.' }],
        );
      }
      if (attempt.submittedAt) {
        throw new BoundarySpannerException(
          BoundarySpannerErrorCode.ALREADY_SUBMITTED,
          'This questionnaire was already submitted; start again to retake it.',
        );
      }
      const questionnaire = (await this.questionnaires.byVersion(
        attempt.questionnaireVersion,
        manager,
      ))!;
      const last = input.answers ?? [];
      checkAnswers(questionnaire, last, 'answers');
      await this.questionnaires.saveAnswers(attempt.id, last, manager);
      const answers = new Map(
        (await this.questionnaires.answers(attempt.id, manager)).map((a) => [a.itemKey, a.value]),
      );
      const missing = questionnaire.items
        .filter((item) => !answers.has(item.key))
        .map((i) => i.key);
      if (missing.length > 0) {
        throw new BoundarySpannerException(
          BoundarySpannerErrorCode.ANSWERS_MISSING,
          `Answer every statement first: ${missing.length} missing (${missing.join(', ')}).`,
          missing.map((key) => ({ field: `answers.${key}`, message: 'No answer yet.' })),
          { missingItemKeys: missing },
        );
      }
      const { scores, preferredStyles } = scoreAnswers(questionnaire.items, answers);
      await this.questionnaires.markSubmitted(attempt.id, manager);
      const profile = await this.profiles.insert(
        {
          memberId: viewer.memberId!,
          attemptId: attempt.id,
          questionnaireVersion: questionnaire.version,
          scores,
          preferredStyles,
        },
        manager,
      );
      await recordEvent(manager, boundarySpannerProfileTaken, {
        memberId: viewer.memberId!,
        profileId: profile.id,
        questionnaireVersion: questionnaire.version,
        preferredStyles,
      });
      return profile;
    });
  }

  /** A platform admin publishes a new version (validated); it is current from now on. */
  async publish(
    viewer: Viewer,
    items: { key: string; style: string; reverse?: boolean | null; nl: string; en: string }[],
  ): Promise<QuestionnaireEntity> {
    const errors = validateQuestionnaireItems(items);
    if (errors.length > 0) {
      throw new BoundarySpannerException(
        BoundarySpannerErrorCode.INVALID_QUESTIONNAIRE,
        'The questionnaire is not valid.',
        errors,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.publish(
        normaliseItems(items),
        viewer.memberId!,
        manager,
      );
      await recordEvent(manager, boundarySpannerQuestionnairePublished, {
        version: questionnaire.version,
        publishedBy: viewer.memberId!,
        itemCount: questionnaire.items.length,
      });
      return questionnaire;
    });
  }
}

/** Every answer names an item of this version once, with a value on the scale. */
function checkAnswers(questionnaire: QuestionnaireEntity, answers: AnswerValue[], path: string) {
  const keys = new Set(questionnaire.items.map((item) => item.key));
  const seen = new Set<string>();
  const unknown: FieldError[] = [];
  const duplicate: FieldError[] = [];
  const range: FieldError[] = [];
  answers.forEach((answer, index) => {
    if (!keys.has(answer.itemKey)) {
      unknown.push({
        field: `${path}.${index}.itemKey`,
        message: `"${answer.itemKey}" is not a statement of version ${questionnaire.version}.`,
      });
    } else if (seen.has(answer.itemKey)) {
      duplicate.push({ field: `${path}.${index}.itemKey`, message: 'Answered twice.' });
    }
    seen.add(answer.itemKey);
    if (!Number.isInteger(answer.value) || answer.value < ANSWER_MIN || answer.value > ANSWER_MAX) {
      range.push({ field: `${path}.${index}.value`, message: 'value must be from 1 to 5' });
    }
  });
  if (unknown.length > 0) {
    throw new BoundarySpannerException(
      BoundarySpannerErrorCode.UNKNOWN_ITEM,
      `Answers for statements that are not in version ${questionnaire.version}.`,
      unknown,
    );
  }
  if (duplicate.length > 0) {
    throw new BoundarySpannerException(
      BoundarySpannerErrorCode.DUPLICATE_ANSWER,
      'A statement was answered twice.',
      duplicate,
    );
  }
  if (range.length > 0) {
    throw new BoundarySpannerException(
      BoundarySpannerErrorCode.ANSWER_OUT_OF_RANGE,
      'Answers must be from 1 to 5.',
      range,
    );
  }
}
