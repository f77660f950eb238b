namespace Addin.Data;

/// <summary>Which database Addin uses. Configuration section <c>Addin:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Addin:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string. For SQLite it defaults to <c>addin.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
