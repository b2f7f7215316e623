import { Module } from '@nestjs/common';

import { BoundarySpannerProfilesModule } from './boundary-spanner-profiles.module';

/** API side of the grenswerkersprofiel: questionnaire, profiles, style pages, team profiles. */
@Module({
  imports: [BoundarySpannerProfilesModule],
  exports: [BoundarySpannerProfilesModule],
})
export class BoundarySpannerModule {}
