namespace Addin.Core.Institutions;

/// <summary>A school or tutoring company. Reviewers see every session of their institution and nothing else.</summary>
public sealed class Institution
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public List<Platform> Platforms { get; } = [];
}
