import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

import { DomainException } from './domain.exception';

/**
 * Domain exceptions are answers, not failures: hand them to formatError untouched, so Nest
 * does not log each refused input as a server error.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException, _host: ArgumentsHost): DomainException {
    return exception;
  }
}
