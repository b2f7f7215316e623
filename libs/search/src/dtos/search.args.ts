import { ArgsType, Field, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { MAX_QUERY_LENGTH } from '../search-text';
import { SearchKind } from './search.dto';

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Words to find (Dutch stemming, typos tolerated). Operators and quotes are ignored; ' +
      `at most ${MAX_QUERY_LENGTH} characters.`,
  })
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH, {
    message: `query must be at most ${MAX_QUERY_LENGTH} characters`,
  })
  query: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Kinds to search; all when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'Results per kind (1–20).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  first?: number | null;
}
