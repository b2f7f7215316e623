export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    fields?: { field: string; message: string }[];
    [key: string]: unknown;
  };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
  headers: Headers;
}

/** GraphQL over HTTP, as a client sends it. */
export class GraphqlClient {
  constructor(
    readonly url: string,
    private readonly auth: { bearer?: string; cookie?: string } = {},
  ) {}

  withBearer(token: string): GraphqlClient {
    return new GraphqlClient(this.url, { bearer: token });
  }

  withCookie(cookie: string): GraphqlClient {
    return new GraphqlClient(this.url, { cookie });
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    return this.send<T>({ query, variables }, headers);
  }

  /**
   * A persisted operation by its hash (Apollo's protocol), as the web app sends it;
   * `query` sends the document along, as a client that registers would.
   */
  async persisted<T = Record<string, unknown>>(
    sha256Hash: string,
    variables: Record<string, unknown> = {},
    query?: string,
  ): Promise<GraphqlResponse<T>> {
    return this.send<T>({
      query,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
  }

  private async send<T>(
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.auth.bearer ? { authorization: `Bearer ${this.auth.bearer}` } : {}),
        ...(this.auth.cookie ? { cookie: this.auth.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: T; errors?: GraphqlError[] };
    return {
      status: response.status,
      data: json.data ?? null,
      errors: json.errors,
      headers: response.headers,
    };
  }

  /** For the happy path: throws with the errors when there are any. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }
}
