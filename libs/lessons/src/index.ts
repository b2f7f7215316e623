export { ReadableLessonKind } from './dtos/readable-lesson.dto';
export { LessonsModule } from './lessons.module';
