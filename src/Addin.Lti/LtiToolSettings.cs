namespace Addin.Lti;

/// <summary>How this tool is reachable and how strict it is about time.</summary>
public sealed record LtiToolSettings
{
    /// <summary>The redirect_uri the tool registered with every platform: where id_tokens are posted.</summary>
    public required Uri LaunchUrl { get; init; }

    /// <summary>
    /// The tool's own base URLs. A target_link_uri is accepted only when it has the same scheme, host and port
    /// as one of these and its path is at or below that URL's path.
    /// </summary>
    public required IReadOnlyList<Uri> ToolUrls { get; init; }

    /// <summary>How long a login may take between initiation and the launch POST.</summary>
    public TimeSpan LoginStateLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Tolerance for clock differences between platform and tool, applied to exp and iat.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An id_token issued longer ago than this (plus <see cref="ClockSkew"/>) is refused.</summary>
    public TimeSpan MaxTokenAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Lists what is wrong with these settings, each naming the property; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (LaunchUrl is null || !LaunchUrl.IsAbsoluteUri || !IsHttp(LaunchUrl))
        {
            problems.Add($"{nameof(LaunchUrl)} must be an absolute http(s) URL.");
        }

        if (ToolUrls is null || ToolUrls.Count == 0)
        {
            problems.Add($"{nameof(ToolUrls)} must list at least one absolute http(s) URL of this tool.");
        }
        else if (ToolUrls.Any(u => u is null || !u.IsAbsoluteUri || !IsHttp(u)))
        {
            problems.Add($"Every entry of {nameof(ToolUrls)} must be an absolute http(s) URL.");
        }

        AddIfNotPositive(problems, nameof(LoginStateLifetime), LoginStateLifetime);
        AddIfNotPositive(problems, nameof(MaxTokenAge), MaxTokenAge);
        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(5))
        {
            problems.Add($"{nameof(ClockSkew)} must be between 0 and 5 minutes.");
        }

        return problems;
    }

    internal void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid LTI tool settings: " + string.Join(" ", problems), "settings");
        }
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;

    private static void AddIfNotPositive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} must be positive.");
        }
    }
}
