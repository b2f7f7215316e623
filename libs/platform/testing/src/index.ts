export { GraphqlClient, type GraphqlError, type GraphqlResponse } from './graphql-client';
export { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from './test-database';
export { TEST_REDIS_URL, testRedisPrefix } from './test-redis';
export { waitFor } from './wait-for';
