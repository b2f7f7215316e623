export { MemberConnection, MemberDto } from './dtos/member.dto';
export { JobRole, MemberEntity, ProfileVisibility } from './entities/member.entity';
export { memberJoined } from './member.events';
export { MemberErrorCode, MemberException } from './member.exception';
export { MemberLoaders } from './member.loaders';
export { MemberService } from './member.service';
export { type MemberView, viewMember } from './member-view';
export { MembersModule } from './members.module';
export { type MemberHit, MemberSearch } from './member-search';
