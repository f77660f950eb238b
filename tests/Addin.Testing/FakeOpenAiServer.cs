using System.Globalization;
using System.Net;

namespace Addin.Testing;

/// <summary>
/// An OpenAI-compatible API on 127.0.0.1 (its root is <see cref="ApiBaseUrl"/>, <c>/v1/</c>): answers can be scripted
/// ahead (429, 500, a bad key, any body) before it answers normally, with OpenAI's documented error bodies.
/// </summary>
public abstract class FakeOpenAiServer : LocalHttpServer
{
    private readonly Queue<LocalResponse> scripted = new();

    /// <summary>The API root, ending with <c>/v1/</c>.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "v1/");

    /// <summary>The next requests get these answers, in order; then it answers normally again.</summary>
    public void AnswerNext(params LocalResponse[] responses)
    {
        lock (scripted)
        {
            foreach (var response in responses)
            {
                scripted.Enqueue(response);
            }
        }
    }

    public static LocalResponse RateLimited(int retryAfterSeconds) => new(
        HttpStatusCode.TooManyRequests, "application/json",
        """{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}""",
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    public static LocalResponse ServerError() => new(
        HttpStatusCode.InternalServerError, "application/json", """{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}""");

    public static LocalResponse InvalidKey() => new(
        HttpStatusCode.Unauthorized, "application/json",
        """{"error":{"message":"Incorrect API key provided: sk-wrong. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""");

    /// <summary>Answers a request that no scripted answer took.</summary>
    protected abstract Task<LocalResponse> Answer(RecordedRequest request);

    protected sealed override Task<LocalResponse> Handle(RecordedRequest request)
    {
        lock (scripted)
        {
            if (scripted.Count > 0)
            {
                return Task.FromResult(scripted.Dequeue());
            }
        }

        return Answer(request);
    }
}
