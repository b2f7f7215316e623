import {
  createValidationPipe,
  CurrentViewer,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { ReadableLessonConnection, ReadableLessonDto } from './dtos/readable-lesson.dto';
import { ReadableLessonArgs, ReadableLessonsArgs } from './dtos/readable-lessons.args';
import { ReadableLessonsService } from './readable-lessons.service';

@Resolver(() => ReadableLessonDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class ReadableLessonsResolver {
  constructor(private readonly service: ReadableLessonsService) {}

  @Query(() => ReadableLessonConnection, {
    description:
      "Every lesson you may read (/oogst): your CoPs' harvests, lessons shared with the " +
      'platform, published leergroep articles and consented intervisie lessons; newest first.',
  })
  lessons(@Args() args: ReadableLessonsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer, args);
  }

  @Query(() => ReadableLessonDto, {
    description: 'One lesson as you open it on /oogst/<id>; digests then leave it out.',
  })
  readableLesson(@Args() args: ReadableLessonArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.open(viewer, args.id);
  }
}
