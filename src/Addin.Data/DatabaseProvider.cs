namespace Addin.Data;

/// <summary>The database engines Addin runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one machine.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several web nodes and workers.</summary>
    Postgres,
}
