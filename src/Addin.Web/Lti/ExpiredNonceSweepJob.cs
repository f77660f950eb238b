using Addin.Core.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Lti;

/// <summary>
/// Forgets used nonces and token ids once the token that carried them has expired (clock skew included, as every
/// caller of the nonce store stores it): a replay of such a token is refused for its age, so the row no longer guards
/// anything. Without this the table grows by a row per launch.
/// </summary>
public sealed partial class ExpiredNonceSweepJob(AddinDbContext db, TimeProvider time, ILogger<ExpiredNonceSweepJob> logger)
{
    public const string RecurringJobId = "expired-nonces";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("LTI: forget the nonces of expired tokens")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        int forgotten = await db.UsedNonces.Where(n => n.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        if (forgotten > 0)
        {
            LogForgotten(logger, forgotten);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} used nonces of expired tokens")]
    private static partial void LogForgotten(ILogger logger, int count);
}
