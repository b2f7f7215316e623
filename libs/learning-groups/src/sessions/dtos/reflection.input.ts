import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class LearningGroupReflectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field({ description: 'What happened in the session.' })
  @IsString()
  @Length(2, 4000, { message: 'happened must be 2 to 4000 characters' })
  happened: string;

  @Field({ description: 'What did it yield?' })
  @IsString()
  @Length(2, 4000, { message: 'yielded must be 2 to 4000 characters' })
  yielded: string;

  @Field({ description: 'What do we adjust?' })
  @IsString()
  @Length(2, 4000, { message: 'adjust must be 2 to 4000 characters' })
  adjust: string;
}
