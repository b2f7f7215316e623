import { Module } from '@nestjs/common';

/** API side of digests: what a member has seen on the web, the digest schedule for admins. */
@Module({})
export class DigestsModule {}
