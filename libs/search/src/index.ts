export { SearchKind } from './dtos/search.dto';
export { SearchErrorCode, SearchException } from './search.exception';
export { SearchModule } from './search.module';
