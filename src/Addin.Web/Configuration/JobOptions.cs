namespace Addin.Web.Configuration;

/// <summary>The job engine. Configuration section <c>Addin:Jobs</c>.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Addin:Jobs";

    /// <summary>Workers in this process; 0 makes it a web-only node that runs no jobs.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often workers look for queued jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often delayed jobs and retries are moved to the queue.</summary>
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// With PostgreSQL: how long a job whose worker stopped answering (its process was killed, its machine lost) stays
    /// invisible before another worker takes it over. A running job keeps renewing its claim, so a long job is never
    /// taken twice; this only bounds how late the work of a dead worker resumes.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
